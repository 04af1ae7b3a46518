package org.priorart.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Writes the exact surface form of each word as {@code =word}, marked as a keyword so that later
 * stemmers and base-form filters leave it alone. With {@code keepNormalized} (indexing) the word
 * follows again at the same position for normalization; without it (quoted query phrases) only the
 * exact form is given. Marks and other keywords pass through unchanged.
 */
final class ExactFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final boolean keepNormalized;
    private State pending;

    ExactFormFilter(TokenStream input, boolean keepNormalized) {
        super(input);
        this.keepNormalized = keepNormalized;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        if (keepNormalized) {
            pending = captureState();
        }
        term.resizeBuffer(term.length() + 1);
        char[] buffer = term.buffer();
        System.arraycopy(buffer, 0, buffer, 1, term.length());
        buffer[0] = BoundaryMarks.EXACT_PREFIX.charAt(0);
        term.setLength(term.length() + 1);
        keyword.setKeyword(true);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
