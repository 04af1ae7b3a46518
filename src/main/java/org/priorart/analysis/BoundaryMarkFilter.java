package org.priorart.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns the sentence placeholders inserted by {@link SentenceBreakCharFilter} into
 * {@link BoundaryMarks#SENTENCE} and writes a {@link BoundaryMarks#PARAGRAPH} after the last token
 * of each field value. Marks are keywords, so no later filter stems, copies or drops them.
 */
final class BoundaryMarkFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private boolean sawToken;
    private boolean paragraphWritten;
    private int lastEnd;

    BoundaryMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (input.incrementToken()) {
            sawToken = true;
            lastEnd = offset.endOffset();
            if (term.length() == BoundaryMarks.SENTENCE_PLACEHOLDER.length()
                    && BoundaryMarks.SENTENCE_PLACEHOLDER.contentEquals(term)) {
                term.setEmpty().append(BoundaryMarks.SENTENCE);
                keyword.setKeyword(true);
            }
            return true;
        }
        if (sawToken && !paragraphWritten) {
            paragraphWritten = true;
            clearAttributes();
            term.setEmpty().append(BoundaryMarks.PARAGRAPH);
            keyword.setKeyword(true);
            posInc.setPositionIncrement(1);
            offset.setOffset(lastEnd, lastEnd);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        sawToken = false;
        paragraphWritten = false;
        lastEnd = 0;
    }
}
