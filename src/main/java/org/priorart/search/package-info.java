/**
 * Searching: the one {@link org.priorart.search.SearchService} behind the CLI, the API, the page and
 * the evaluator. It orchestrates one search through one engine view; each part of the work has its
 * home:
 * <ul>
 *   <li>{@link org.priorart.search.RequestRanker}: the ranking per {@link org.priorart.search.SearchMode}
 *       (the engine's keyword ranking, its nearest-neighbour ranking of the query embedded by
 *       {@link org.priorart.search.QueryEmbedder}, or both), with the fallbacks and notes;</li>
 *   <li>{@link org.priorart.search.FusionRanker}: hybrid fusion of rankings by patent key
 *       ({@link org.priorart.search.Fusion}: z-score, min-max or RRF);</li>
 *   <li>{@link org.priorart.search.FamilyGrouping}: one hit per family;</li>
 *   <li>{@link org.priorart.search.HitBuilder}: the page's {@link org.priorart.search.SearchHit}s
 *       with their {@link org.priorart.search.Explanation}s and snippets;</li>
 *   <li>{@link org.priorart.search.SimilarRequest}: the prior art of an indexed document, one
 *       template for every caller.</li>
 * </ul>
 *
 * <p>A {@link org.priorart.search.SearchRequest} goes in; a {@link org.priorart.search.SearchResult}
 * comes out, each hit with a snippet whose highlights are character ranges, never markup, so every
 * front end renders them safely in its own way. A search run under a
 * {@link org.priorart.search.SearchDeadline} (each API request has one) stops where it is when the
 * deadline passes and fails with {@link org.priorart.search.SearchTimeoutException}.
 */
package org.priorart.search;
