package org.priorart.server.session;

import java.time.Instant;

/**
 * A query the examiner saved to run again later (an alert, a strategy to repeat after the
 * application is amended); each run makes a new numbered set with a fresh count.
 *
 * @param number    1, 2, ... in the order saved
 * @param name      what the examiner called it
 * @param search    the search, its set references expanded (so it runs the same in any later state of the case)
 * @param saved     when it was saved
 * @param lastSet   the set its last run made, or null
 * @param lastHits  that run's count, or null
 * @param lastRelation "eq" or "gte", or null
 * @param lastRun   when it last ran, or null
 */
public record SavedQuery(int number, String name, RecordedSearch search, Instant saved, Integer lastSet, Long lastHits,
                         String lastRelation, Instant lastRun) {
}
