package org.priorart.query;

/**
 * A query that is well formed but beyond one of the {@link QueryLimits} (too long, too deeply nested,
 * too many terms, a truncation that expands to too many words): refused before anything is searched,
 * so no query can take the server down.
 */
public class QueryLimitException extends QuerySyntaxException {

    private static final long serialVersionUID = 1L;

    public QueryLimitException(String problem, int position, String query) {
        super(problem, position, query);
    }

    public QueryLimitException(String problem, int position, String query, String detail) {
        super(problem, position, query, detail);
    }
}
