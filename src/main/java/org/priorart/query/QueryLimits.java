package org.priorart.query;

import org.priorart.analysis.PatentAnalyzer;

/**
 * The bounds that keep any query, however written, within bounded time and memory: a query beyond
 * one of them fails with a {@link QueryLimitException} naming the limit and where it was crossed,
 * before anything is searched.
 *
 * @param maxLength               characters in the query text (a pasted claim fits comfortably)
 * @param maxDepth                nesting: parentheses, NOT, field codes and chained proximity operators
 * @param maxLeaves               words, phrase words, truncations, codes and dates in the query
 * @param maxExpansionsPerPattern distinct index terms one truncation pattern may expand to
 * @param maxExpansionsPerQuery   distinct index terms all truncation patterns together may expand to
 * @param maxDistance             the largest n of W/n and NEAR/n; below the 100-position gap between
 *                                field values, so proximity never spans two claims or two names
 * @param maxLeftTruncations      truncations that start with a wildcard ({@code *charg*}): each walks
 *                                the whole term dictionary of every field it searches, whatever it
 *                                finds, so their number is what bounds the time they take
 * @param maxClauses              search clauses the built query may need: one per word, phrase or
 *                                truncation in each field it searches (4 without a field code), and
 *                                in a proximity clause one per operand occurrence in Lucene's interval
 *                                tree, where each NEAR/n, WITH and SAME holds its operands twice. It is
 *                                checked as the query is built, operator by operator, so a query over
 *                                it is refused before its expansion is made; at most Lucene's own
 *                                clause limit, which the searcher checks again
 */
public record QueryLimits(int maxLength, int maxDepth, int maxLeaves, int maxExpansionsPerPattern,
                          int maxExpansionsPerQuery, int maxDistance, int maxLeftTruncations, int maxClauses) {

    /**
     * The most clauses any engine takes in one query: Lucene's default clause limit, and OpenSearch's
     * {@code indices.query.bool.max_clause_count} default. Clause and expansion limits stay within it;
     * an engine that allows fewer refuses to open.
     */
    public static final int CLAUSE_CEILING = 1024;

    public static final QueryLimits DEFAULT = new QueryLimits(20_000, 32, 1024, 500, 5000, 99, 5, 1024);

    public QueryLimits {
        if (maxLength < 1 || maxDepth < 1 || maxLeaves < 1 || maxExpansionsPerPattern < 1
                || maxExpansionsPerQuery < maxExpansionsPerPattern || maxDistance < 1 || maxLeftTruncations < 0
                || maxClauses < 1) {
            throw new IllegalArgumentException("query limits must be positive (and the per-query expansion "
                    + "limit at least the per-pattern one)");
        }
        if (maxDistance >= PatentAnalyzer.VALUE_GAP) {
            throw new IllegalArgumentException("maxDistance must stay below the position gap between field values ("
                    + PatentAnalyzer.VALUE_GAP + ")");
        }
        if (maxClauses > CLAUSE_CEILING) {
            throw new IllegalArgumentException("maxClauses cannot exceed the engines' clause limit (" + CLAUSE_CEILING + ")");
        }
        if (maxExpansionsPerPattern > CLAUSE_CEILING) {
            // a truncation is one synonym query per field, which holds at most that many terms
            throw new IllegalArgumentException("maxExpansionsPerPattern cannot exceed the engines' clause limit ("
                    + CLAUSE_CEILING + ")");
        }
    }
}
