package org.priorart.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param totalHits    number of matching documents (a lower bound when {@code totalIsExact} is false;
 *                     in semantic and hybrid mode, the number of candidates ranked)
 * @param totalIsExact whether {@code totalHits} was counted exactly
 * @param hits         the requested page of hits
 * @param tookMillis   time spent in the search service
 * @param embedMillis  of which embedding the query took (semantic and hybrid), else null
 * @param mode         the mode that ranked the hits
 * @param notes        what the user should know about this result (e.g. semantic coverage incomplete)
 */
public record SearchResult(long totalHits, boolean totalIsExact, List<SearchHit> hits, double tookMillis,
                           Double embedMillis, String mode, List<String> notes) {

    public SearchResult {
        hits = List.copyOf(hits);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
