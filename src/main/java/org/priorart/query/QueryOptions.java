package org.priorart.query;

/**
 * How queries are read: the operator between terms written side by side, and the limits.
 */
public record QueryOptions(DefaultOperator defaultOperator, QueryLimits limits) {

    public static final QueryOptions DEFAULT = new QueryOptions(DefaultOperator.AND, QueryLimits.DEFAULT);

    public QueryOptions {
        if (defaultOperator == null || limits == null) {
            throw new IllegalArgumentException("default operator and limits are required");
        }
    }

    public QueryOptions withDefaultOperator(DefaultOperator operator) {
        return new QueryOptions(operator, limits);
    }

    public QueryOptions withLimits(QueryLimits newLimits) {
        return new QueryOptions(defaultOperator, newLimits);
    }
}
