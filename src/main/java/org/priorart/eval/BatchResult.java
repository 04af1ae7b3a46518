package org.priorart.eval;

import java.util.Map;

/**
 * The outcome of searching all topics in one mode.
 *
 * @param run              the rankings, named after the mode
 * @param failures         topics that could not be searched, with the reason (topic id to message)
 * @param wallNanos        wall-clock time of the whole batch
 * @param searchNanosSum   the per-topic search times added up (exceeds the wall time when threads overlap)
 * @param threads          threads that searched
 */
public record BatchResult(Run run, Map<String, String> failures, long wallNanos, long searchNanosSum, int threads) {

    /** Topics searched per second of wall time. */
    public double topicsPerSecond() {
        int topics = run.topics().size() + failures.size();
        return wallNanos == 0 ? 0 : topics / (wallNanos / 1e9);
    }
}
