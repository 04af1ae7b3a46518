package org.priorart.search;

/**
 * One search.
 *
 * @param query   the query text
 * @param size    how many hits to return (1..1000)
 * @param from    how many hits to skip (paging)
 * @param filters restrictions on the hits
 * @param snippets whether to find the best passage of each hit (costs a read of its stored text;
 *                 batch evaluation turns it off)
 */
public record SearchRequest(String query, int size, int from, SearchFilters filters, boolean snippets) {

    public static final int MAX_SIZE = 1000;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (from < 0) {
            throw new IllegalArgumentException("from must be >= 0, was " + from);
        }
        filters = filters == null ? SearchFilters.NONE : filters;
    }

    public SearchRequest(String query, int size, int from, SearchFilters filters) {
        this(query, size, from, filters, true);
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, size, 0, SearchFilters.NONE);
    }

    /** The same request without snippets. */
    public SearchRequest withoutSnippets() {
        return new SearchRequest(query, size, from, filters, false);
    }
}
