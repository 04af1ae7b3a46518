package org.priorart.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@link QueryLimits} on truncation expansions for one query build, whichever engine looks the
 * terms up: each pattern's distinct terms across the fields it searches, and all patterns' terms
 * together, with the messages that say which pattern and where. It also remembers each expansion,
 * so a pattern used twice in a field is looked up once.
 */
public final class ExpansionBudget {

    private final QueryLimits limits;
    private final String query;
    private final Map<String, SortedSet<String>> expansions = new HashMap<>();
    private final Map<String, Integer> patternTotals = new HashMap<>();
    private int totalExpansions;

    public ExpansionBudget(QueryLimits limits, String query) {
        this.limits = limits;
        this.query = query;
    }

    /** The most terms one pattern may expand to. */
    public int perPattern() {
        return limits.maxExpansionsPerPattern();
    }

    /** What the pattern expanded to in the field before (its terms matched with {@code prefix}), or null. */
    public SortedSet<String> remembered(QueryNode.Truncation truncation, String prefix, String field) {
        return expansions.get(key(truncation, prefix, field));
    }

    /**
     * Records what the pattern expanded to in the field and checks the limits.
     *
     * @return the terms, unmodifiable
     * @throws QueryLimitException when the pattern (over all fields it is searched in) or the query's
     *                             patterns together expand beyond the limits
     */
    public SortedSet<String> record(QueryNode.Truncation truncation, String prefix, String field, SortedSet<String> found)
            throws QueryLimitException {
        if (found.size() > limits.maxExpansionsPerPattern()) {
            throw tooMany(truncation);
        }
        SortedSet<String> result = Collections.unmodifiableSortedSet(found);
        expansions.put(key(truncation, prefix, field), result);
        String pattern = truncation.pattern().text() + '\u0000' + prefix;
        TreeSet<String> union = new TreeSet<>();
        expansions.forEach((k, v) -> {
            if (k.startsWith(pattern + '\u0000')) {
                union.addAll(v);
            }
        });
        if (union.size() > limits.maxExpansionsPerPattern()) {
            throw tooMany(truncation);
        }
        int before = patternTotals.getOrDefault(pattern, 0);
        patternTotals.put(pattern, union.size());
        totalExpansions += union.size() - before;
        if (totalExpansions > limits.maxExpansionsPerQuery()) {
            throw new QueryLimitException("the truncations of the query expand to more than "
                    + limits.maxExpansionsPerQuery() + " words in all", truncation.position(), query);
        }
        return result;
    }

    /** The pattern expands to more terms than one pattern may. */
    public QueryLimitException tooMany(QueryNode.Truncation truncation) {
        return new QueryLimitException("truncation '" + truncation.pattern().text() + "' expands to more than "
                + limits.maxExpansionsPerPattern() + " words: add letters", truncation.position(), query);
    }

    private static String key(QueryNode.Truncation truncation, String prefix, String field) {
        return truncation.pattern().text() + '\u0000' + prefix + '\u0000' + field;
    }
}
