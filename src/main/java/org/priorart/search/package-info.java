/**
 * Searching the index: the one {@link org.priorart.search.SearchService} behind the CLI, the API,
 * the page and the evaluator.
 *
 * <p>A {@link org.priorart.search.SearchRequest} (query text, filters, paging) goes in; a
 * {@link org.priorart.search.SearchResult} of {@link org.priorart.search.SearchHit}s comes out, each
 * with a {@link org.priorart.search.Snippet} whose highlights are character ranges, never markup,
 * so every front end renders them safely in its own way.
 * {@link org.priorart.search.KeywordQueryBuilder} turns free text into a weighted BM25 query over
 * the text fields; {@link org.priorart.search.SearchFilters} become filter clauses. A search run
 * under a {@link org.priorart.search.SearchDeadline} (each API request has one) stops where it is
 * when the deadline passes and fails with {@link org.priorart.search.SearchTimeoutException}.
 */
package org.priorart.search;
