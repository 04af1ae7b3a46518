package org.priorart.search;

/**
 * One search.
 *
 * @param query         the query text
 * @param size          how many hits to return (1..1000)
 * @param from          how many hits to skip (paging)
 * @param filters       restrictions on the hits
 * @param snippets      whether to find the best matching passage of each hit (costs a read of its
 *                      stored text; batch evaluation turns it off)
 * @param mode          keyword, semantic or hybrid
 * @param fusion        how hybrid mode fuses the two rankings
 * @param groupFamilies one hit per patent family, the other members listed with it
 */
public record SearchRequest(String query, int size, int from, SearchFilters filters, boolean snippets,
                            SearchMode mode, Fusion fusion, boolean groupFamilies) {

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
        if (from + size > 10_000) {
            throw new IllegalArgumentException("from + size must be at most 10000 (deep paging), was " + (from + size));
        }
        filters = filters == null ? SearchFilters.NONE : filters;
        mode = mode == null ? SearchMode.KEYWORD : mode;
        fusion = fusion == null ? Fusion.DEFAULT : fusion;
    }

    public SearchRequest(String query, int size, int from, SearchFilters filters, boolean snippets) {
        this(query, size, from, filters, snippets, SearchMode.KEYWORD, Fusion.DEFAULT, false);
    }

    public SearchRequest(String query, int size, int from, SearchFilters filters) {
        this(query, size, from, filters, true);
    }

    /** A keyword search of the first {@code size} hits. */
    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, size, 0, SearchFilters.NONE);
    }

    public SearchRequest withoutSnippets() {
        return new SearchRequest(query, size, from, filters, false, mode, fusion, groupFamilies);
    }

    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, size, from, filters, snippets, m, fusion, groupFamilies);
    }

    public SearchRequest withFusion(Fusion f) {
        return new SearchRequest(query, size, from, filters, snippets, mode, f, groupFamilies);
    }

    public SearchRequest withFilters(SearchFilters f) {
        return new SearchRequest(query, size, from, f, snippets, mode, fusion, groupFamilies);
    }

    public SearchRequest withFamilyGrouping(boolean group) {
        return new SearchRequest(query, size, from, filters, snippets, mode, fusion, group);
    }
}
