package org.priorart.config;

/**
 * How far a search's hit count is exact, in one place, for every engine. An examiner builds a
 * strategy out of set sizes ("L3: 412 documents, L4 = L1 AND L3: 37"), so examiner queries are
 * counted exactly up to a large bound; beyond it the count is a lower bound and is shown as one
 * ("≥ 10,000"). Free text alone (a pasted claim or abstract, ranked by relevance) matches most of
 * the collection by some word, so its count says nothing: it is exact only up to
 * {@link #RANKED_EXACT_UP_TO}. Counting is not free: until the bound is reached Lucene must score
 * every match, and only past it can it skip the documents that cannot enter the top hits (block-max
 * WAND), which is most of a long free-text query's work.
 */
public final class SearchCounts {

    /** Matches of an examiner query counted exactly at most; above this a count is "at least". */
    public static final int EXACT_UP_TO = 10_000;
    /** Matches of free text alone counted exactly at most (the deepest ranking a search returns). */
    public static final int RANKED_EXACT_UP_TO = 1_000;

    private SearchCounts() {
    }

    /** The bound for a query: examiner syntax (alone or with free text) or free text alone. */
    public static int exactUpTo(boolean examinerQuery) {
        return examinerQuery ? EXACT_UP_TO : RANKED_EXACT_UP_TO;
    }
}
