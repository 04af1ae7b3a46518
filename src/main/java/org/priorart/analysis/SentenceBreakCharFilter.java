package org.priorart.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Inserts a placeholder word between sentences, which {@link BoundaryMarkFilter} turns into a
 * sentence mark. Offsets of the real words are corrected by the underlying char filter, so
 * highlighting is unaffected.
 *
 * <p>A sentence ends at {@code . ! ?} followed by space and a capital letter, unless the period ends
 * one of the abbreviations patent text is full of ("FIG. 2", "U.S. Pat. No. 5,123,456", "e.g. The"),
 * or at the CJK full stops {@code 。！？．}. A claim is one sentence however long, and is one field
 * value, so its end is a paragraph end.
 */
final class SentenceBreakCharFilter {

    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[\\p{Ll}0-9)\\]%\"'][.!?])"
                    + "(?<!\\b(?:Pat|No|Nos|Fig|Figs|al|etc|approx|Ser|vol|Inc|Corp|Co|Ltd|Dr|Mr|Mrs|Ms|St|ca|cf|resp|viz|vs|Eq|Ref|Ex|Nr|pp|ca|Appl|Publ|Vol)\\.)"
                    + "\\s+(?=[\"'(\\[]?\\p{Lu})"
                    + "|(?<=[。！？．])\\s*(?=\\S)");

    private static final String REPLACEMENT = " " + BoundaryMarks.SENTENCE_PLACEHOLDER + " ";

    private SentenceBreakCharFilter() {
    }

    static Reader wrap(Reader reader) {
        return new PatternReplaceCharFilter(SENTENCE_END, REPLACEMENT, reader);
    }
}
