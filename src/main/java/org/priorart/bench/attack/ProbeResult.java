package org.priorart.bench.attack;

/**
 * What one probe found.
 *
 * @param item         the item ("2", "10")
 * @param name         what the probe does
 * @param tries        hostile requests (or runs) it made
 * @param undocumented answers with a status the OpenAPI document does not give that operation, or a 5xx
 * @param victim       the normal client's searches meanwhile, or null when none ran
 * @param serverMb     the server's peak resident memory during the probe, in MB (NaN: not known)
 * @param dataLost     documents lost or damaged (-1: not a question for this probe)
 * @param outcome      whether the probe's defect is gone
 * @param detail       the figures behind the outcome, in words
 * @param goal         the goal this probe counts towards, or null
 * @param goalValue    its count for that goal
 */
public record ProbeResult(String item, String name, int tries, int undocumented, Victim.Latencies victim, double serverMb,
                          int dataLost, Outcome outcome, String detail, Goal goal, double goalValue) {

    /** Whether the defect the probe looks for is gone. */
    public enum Outcome { PASS, FAIL, SKIPPED }

    /** The goals the issue sets for the whole run. */
    public enum Goal {
        /** Requests over 1 s of CPU for a refused query (goal 0). */
        REFUSED_QUERY_CPU,
        /** Answers without a key after the keys file disappears or holds no key (goal 0). */
        KEYLESS_ANSWERS,
        /** Writes a page of another site got through (goal 0). */
        CROSS_SITE_WRITES,
        /** The normal client's search p95 under the probe's load, against its p95 just before (goal at most 2). */
        LOAD_P95_RATIO
    }

    static ProbeResult skipped(String item, String name, String why) {
        return new ProbeResult(item, name, 0, 0, null, Double.NaN, -1, Outcome.SKIPPED, why, null, 0);
    }
}
