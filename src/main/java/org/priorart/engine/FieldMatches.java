package org.priorart.engine;

import java.util.List;

/**
 * The matches of a query in one value of a document's text field, as character ranges of that
 * value's text (never markup): what the document view marks.
 *
 * @param field      title, abstract, claims or description
 * @param valueIndex 0-based index of the value (which claim or description paragraph; 0 otherwise)
 * @param highlights match ranges {@code [start, end)}, in order, not overlapping
 */
public record FieldMatches(String field, int valueIndex, List<Snippet.Range> highlights) {

    public FieldMatches {
        highlights = List.copyOf(highlights);
    }
}
