package org.priorart.bench.growth;

import org.priorart.bench.Latency;

/**
 * What one backend measured at one size of the keyword side.
 *
 * @param docs    patents in the index after the step
 * @param added   patents this step ingested
 * @param seconds the step's ingest time (read, analyze, write, commit)
 * @param skipped documents the ingester refused (0 for generated ones)
 * @param bytes   the index's size after the step
 * @param page    a page of 10 hits with snippets
 * @param ids     1000 ids only, as an evaluation ranks
 */
public record KeywordStep(String backend, long docs, long added, double seconds, long skipped, long bytes, Latency page,
                          Latency ids) {

    public double docsPerSecond() {
        return added / Math.max(1e-9, seconds);
    }

    public double bytesPerDoc() {
        return docs == 0 ? 0 : (double) bytes / docs;
    }
}
