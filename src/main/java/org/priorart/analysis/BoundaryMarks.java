package org.priorart.analysis;

/**
 * The terms that mark sentence and paragraph ends in the text fields. They sit at their own
 * positions after the last word of a sentence (paragraph), so "two words in one sentence" is "an
 * interval holding both words and no sentence mark": the WITH operator; SAME uses the paragraph
 * mark. Their text starts with a control character that no analyzer ever produces from a query.
 */
public final class BoundaryMarks {

    /** Written after each sentence. */
    public static final String SENTENCE = "\u0001s";
    /** Written after each paragraph (each value of a multi-valued text field: a claim, a paragraph). */
    public static final String PARAGRAPH = "\u0001p";
    /** The prefix of exact surface forms ("=batteries" next to the stem "batteri"). */
    public static final String EXACT_PREFIX = "=";

    /** The word the sentence splitter inserts and {@link BoundaryMarkFilter} turns into {@link #SENTENCE}. */
    static final String SENTENCE_PLACEHOLDER = "xqsentencebreakqx";

    private BoundaryMarks() {
    }

    /** True for a boundary mark term (which a highlighter or a term listing should skip). */
    public static boolean isMark(String term) {
        return term.startsWith("\u0001");
    }
}
