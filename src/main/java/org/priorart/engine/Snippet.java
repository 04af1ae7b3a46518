package org.priorart.engine;

import java.util.List;

/**
 * A passage of a hit's text with the query matches in it, as character ranges of {@link #text}.
 * Front ends escape the text and mark the ranges themselves; the snippet never carries markup.
 *
 * @param field      the field the passage comes from (abstract, claims, description, title)
 * @param valueIndex 0-based index of the value in a multi-valued field (which claim or paragraph)
 * @param location   where that is, for people: "abstract", "claim 3", "description paragraph 12"
 * @param text       the passage text
 * @param highlights match ranges {@code [start, end)} in {@code text}, in order, not overlapping
 */
public record Snippet(String field, int valueIndex, String location, String text, List<Range> highlights) {

    /** A highlighted range of a snippet's text. */
    public record Range(int start, int end) {
    }

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The same snippet with its location named. */
    public Snippet withLocation(String where) {
        return new Snippet(field, valueIndex, where, text, highlights);
    }

    /** The same snippet with other text of the same length (e.g. with control characters blanked). */
    public Snippet withText(String sameLengthText) {
        if (sameLengthText.length() != text.length()) {
            throw new IllegalArgumentException("replacement text must keep the length, so ranges stay valid");
        }
        return new Snippet(field, valueIndex, location, sameLengthText, highlights);
    }

    /** The text with each highlight wrapped in the given markers (for plain-text output). */
    public String marked(String open, String close) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (Range r : highlights) {
            s.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return s.append(text.substring(at)).toString();
    }
}
