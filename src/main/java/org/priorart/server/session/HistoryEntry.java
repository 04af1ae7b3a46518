package org.priorart.server.session;

import java.time.Instant;

/**
 * One search of a session's history; in a case, the numbered result set {@code L<number>}.
 *
 * @param number        1, 2, 3 ... in the order run (kept when old entries are dropped): the set's number
 * @param at            when it was recorded
 * @param search        what was searched (as typed: set references such as L1 kept)
 * @param hits          how many documents it found
 * @param hitsRelation  "eq" when counted exactly, "gte" when a lower bound (as the search said)
 * @param ranked        the mode that actually ranked (hybrid falls back to keyword), or null when not told
 * @param definition    the set as a query of its own (references expanded, its CPC and date filters as
 *                      field codes), what a later {@code L<number>} stands for; null for a ranked free
 *                      text or a "find similar", which are no Boolean sets
 */
public record HistoryEntry(int number, Instant at, RecordedSearch search, long hits, String hitsRelation, String ranked,
                           String definition) {

    public HistoryEntry(int number, Instant at, RecordedSearch search, long hits, String hitsRelation) {
        this(number, at, search, hits, hitsRelation, null, null);
    }
}
