package org.priorart.bench.growth;

import java.nio.file.Path;
import java.util.List;

/**
 * What the growth benchmark measures and how.
 *
 * @param sizes         patent counts of the keyword side, ascending (each step adds up to the next)
 * @param vectorSizes   passage-vector counts of the nearest-neighbour side, ascending; empty to skip it
 * @param queries       keyword queries timed per step and backend
 * @param knnQueries    real vectors kept out of the index as nearest-neighbour queries
 * @param warmup        queries run before timing at each step (JIT, caches)
 * @param seed          the generator's seed: the same seed gives the same patents and vectors
 * @param noise         expected length of the noise added to a real unit vector
 * @param perPatent     passages per generated vector patent
 * @param realVectors   real vectors to derive from (besides the query vectors)
 * @param budgetMillis  the p95 a search may take before one machine counts as not enough
 * @param ingester      write through the product's ingester (a look-up per patent) instead of the engines' bulk write
 * @param threads       the ingester's writer threads, the same for both backends, and the vector side's
 * @param together      ingest into the backends at once, each on a thread of its own (each step's docs/s then under the other's load)
 * @param work          where the generated files and the scratch indices go
 * @param deadline      a step whose predicted end (from the rate of the step before) is past this is left out; null for none
 */
public record GrowthSettings(List<Long> sizes, List<Long> vectorSizes, int queries, int knnQueries, int warmup, long seed,
                             double noise, int perPatent, int realVectors, double budgetMillis, boolean ingester, int threads, boolean together, Path work,
                             java.time.Instant deadline) {

    public GrowthSettings {
        sizes = ascending(sizes, "--sizes");
        vectorSizes = ascending(vectorSizes, "--vectors");
        if (queries < 1 || knnQueries < 1) {
            throw new org.priorart.error.UserInputException("--queries and --knn-queries must be at least 1");
        }
        if (perPatent < 1 || realVectors < 1 || noise < 0 || budgetMillis <= 0) {
            throw new org.priorart.error.UserInputException(
                    "--per-patent and --real must be at least 1, --noise at least 0, --budget-ms above 0");
        }
    }

    /**
     * Whether a step predicted to take {@code seconds} from now ends before the deadline; if not, says so.
     */
    public boolean fits(double seconds, String step, java.io.PrintWriter out) {
        if (deadline == null || java.time.Instant.now().plusSeconds((long) seconds).isBefore(deadline)) {
            return true;
        }
        out.printf("  %s left out: predicted %.0f min from the step before, past the deadline %s%n", step, seconds / 60, deadline);
        out.flush();
        return false;
    }

    private static List<Long> ascending(List<Long> sizes, String option) {
        List<Long> s = sizes.stream().filter(n -> n > 0).toList();
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i) <= s.get(i - 1)) {
                throw new org.priorart.error.UserInputException(option + " must be ascending, was " + sizes);
            }
        }
        return s;
    }
}
