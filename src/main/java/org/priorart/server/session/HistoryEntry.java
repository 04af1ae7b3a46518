package org.priorart.server.session;

import java.time.Instant;

/**
 * One search of a session's history.
 *
 * @param number        1, 2, 3 ... in the order run (kept when old entries are dropped)
 * @param at            when it was recorded
 * @param search        what was searched
 * @param hits          how many documents it found
 * @param hitsRelation  "eq" when counted exactly, "gte" when a lower bound (as the search said)
 */
public record HistoryEntry(int number, Instant at, RecordedSearch search, long hits, String hitsRelation) {
}
