package org.priorart.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Terms already analyzed, with their positions, read back as a token stream: {@code "0:=solid
 * 2:=battery"} is two terms two positions apart, {@code "0:a 0:b"} two terms at one position. A
 * search cluster analyzes query text with this analyzer when the client has analyzed it with
 * PriorArt's own chains (the query's terms, the expansions of a truncation): a phrase then becomes
 * the same phrase query, and terms at one position the same synonym query, as in the embedded index.
 */
public final class PositionedTermsAnalyzer extends Analyzer {

    /** The terms in this analyzer's notation; positions relative to the first. */
    public static String encode(List<AnalyzedTerms.Positioned> terms) {
        StringBuilder s = new StringBuilder();
        for (AnalyzedTerms.Positioned t : terms) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(t.position()).append(':').append(t.term());
        }
        return s.toString();
    }

    /** Terms at one position (the spellings a truncation expands to), in this analyzer's notation. */
    public static String samePosition(Iterable<String> terms) {
        StringBuilder s = new StringBuilder();
        for (String t : terms) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append("0:").append(t);
        }
        return s.toString();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        return new TokenStreamComponents(tokenizer, new Positions(tokenizer));
    }

    /** Strips each token's position and sets the increment from it. */
    private static final class Positions extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int last;
        private boolean first;

        Positions(TokenStream in) {
            super(in);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            first = true;
            last = 0;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String token = term.toString();
            int colon = token.indexOf(':');
            int position = 0;
            if (colon > 0) {
                try {
                    position = Integer.parseInt(token.substring(0, colon));
                    term.setEmpty().append(token, colon + 1, token.length());
                } catch (NumberFormatException e) {
                    position = last + 1; // a term of its own that holds a colon
                }
            }
            increment.setPositionIncrement(first ? 1 : Math.max(0, position - last));
            first = false;
            last = position;
            return true;
        }
    }
}
