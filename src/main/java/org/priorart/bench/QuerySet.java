package org.priorart.bench;

import java.util.List;

/**
 * Queries measured together: paper titles (short), a paper's title and abstract (long), or the
 * independent claims of real patents (a pasted claim).
 *
 * @param name   what the queries are, for the table ("short", "long", "claims", or a file's name)
 * @param source where they come from, for the table
 * @param texts  the query texts, in file order
 */
public record QuerySet(String name, String source, List<String> texts) {

    public QuerySet {
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("query set " + name + " (" + source + ") has no queries");
        }
    }

    /** The first {@code limit} queries. */
    public QuerySet first(int limit) {
        return texts.size() <= limit ? this : new QuerySet(name, source, texts.subList(0, limit));
    }

    /** The mean length in characters, for the table. */
    public double meanChars() {
        return texts.stream().mapToInt(String::length).average().orElse(0);
    }
}
