package org.priorart.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits      number of matching documents (a lower bound when {@code totalIsExact} is false)
 * @param totalIsExact   whether {@code totalHits} was counted exactly
 * @param hits           the requested page of hits
 * @param tookMillis     time spent in the search service
 */
public record SearchResult(long totalHits, boolean totalIsExact, List<SearchHit> hits, double tookMillis) {
}
