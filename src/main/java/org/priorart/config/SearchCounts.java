package org.priorart.config;

/**
 * How far a search's hit count is exact, in one place. An examiner builds a strategy out of set
 * sizes ("L3: 412 documents, L4 = L1 AND L3: 37"), so examiner queries are counted exactly up to a
 * large bound; beyond it the count is a lower bound and is shown as one ("≥ 10,000"). Counting
 * costs time only for broad queries, which pass the bound quickly and stop there.
 */
public final class SearchCounts {

    /** Matches counted exactly at most; above this a count is "at least". */
    public static final int EXACT_UP_TO = 10_000;

    private SearchCounts() {
    }
}
