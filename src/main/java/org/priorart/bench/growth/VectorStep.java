package org.priorart.bench.growth;

import org.priorart.bench.Latency;

/**
 * What the nearest-neighbour side measured at one size.
 *
 * @param passages      passage vectors in the index after the step
 * @param patents       patents holding them
 * @param buildSeconds  the step's write time, through the writer's close (graph building, merges, commit)
 * @param segments      segments after the step (each one graph searched)
 * @param diskBytes     the vector files on disk: floats, int8 codes and graph
 * @param ramBytes      what a graph search reads: int8 codes and graph (the floats stay on disk)
 * @param knn           a nearest ranking of 10 patents through the engine's view
 * @param recall        mean recall@10 of that ranking against exact search over the floats
 */
public record VectorStep(long passages, long patents, double buildSeconds, int segments, long diskBytes, long ramBytes,
                         Latency knn, double recall) {

    public double diskBytesPerVector() {
        return passages == 0 ? 0 : (double) diskBytes / passages;
    }

    public double ramBytesPerVector() {
        return passages == 0 ? 0 : (double) ramBytes / passages;
    }

    public double vectorsPerSecond(long added) {
        return added / Math.max(1e-9, buildSeconds);
    }
}
