package org.priorart.query;

import java.io.IOException;
import java.util.SortedSet;

/** What a truncation expands to in one engine's terms (for {@code --explain-query}). */
@FunctionalInterface
public interface TruncationExpander {

    /**
     * The terms of {@code field} that the truncation matches, sorted.
     *
     * @throws QueryLimitException when it (or the query's truncations together) expands beyond the limits
     */
    SortedSet<String> expand(QueryNode.Truncation truncation, String field, FieldCode.Kind kind)
            throws QueryLimitException, IOException;
}
