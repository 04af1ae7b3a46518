package org.priorart.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The index analysis of a text field whose values may be in different languages, for an engine that
 * gives a field one analyzer (a search cluster): each value starts with a tag naming its language
 * ({@link #tag}), and the value is analyzed by that language's {@link PatentAnalyzer} in
 * {@link PatentAnalyzer.Mode#INDEX} mode, so the terms are the embedded index's, value by value
 * (the embedded index picks the analyzer per value itself). A value without a tag is English.
 * Offsets count from the start of the tagged value.
 */
public final class LanguageTaggedAnalyzer extends Analyzer {

    /** Opens and closes a tag: characters no patent text holds (control characters are blanked at ingest). */
    static final char TAG_OPEN = '\u0002';
    static final char TAG_CLOSE = '\u0003';

    public LanguageTaggedAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The value as this analyzer reads it: the language's tag, then the text. */
    public static String tag(AnalysisLanguage language, String text) {
        return TAG_OPEN + language.code() + TAG_CLOSE + text;
    }

    /** The text of a tagged value without its tag. */
    public static String untag(String value) {
        return value.indexOf(TAG_OPEN) == 0 && value.indexOf(TAG_CLOSE) > 0
                ? value.substring(value.indexOf(TAG_CLOSE) + 1) : value;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Switching stream = new Switching(fieldName);
        return new TokenStreamComponents(stream::setReader, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return PatentAnalyzer.VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }

    /** Reads a whole value, then passes on the tokens of its language's chain. */
    private static final class Switching extends TokenStream {
        private final String field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private Reader input;
        private TokenStream delegate;
        private int shift;
        private CharTermAttribute dTerm;
        private PositionIncrementAttribute dIncrement;
        private PositionLengthAttribute dLength;
        private OffsetAttribute dOffset;
        private TypeAttribute dType;

        Switching(String field) {
            this.field = field;
        }

        void setReader(Reader reader) {
            this.input = reader;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            String value = read(input);
            AnalysisLanguage language = AnalysisLanguage.ENGLISH;
            shift = 0;
            int close = value.indexOf(TAG_CLOSE);
            if (!value.isEmpty() && value.charAt(0) == TAG_OPEN && close > 0) {
                language = AnalysisLanguage.forCode(value.substring(1, close));
                shift = close + 1;
            }
            delegate = Analyzers.get(language, PatentAnalyzer.Mode.INDEX).tokenStream(field, value.substring(shift));
            dTerm = delegate.addAttribute(CharTermAttribute.class);
            dIncrement = delegate.addAttribute(PositionIncrementAttribute.class);
            dLength = delegate.addAttribute(PositionLengthAttribute.class);
            dOffset = delegate.addAttribute(OffsetAttribute.class);
            dType = delegate.addAttribute(TypeAttribute.class);
            delegate.reset();
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (!delegate.incrementToken()) {
                return false;
            }
            term.setEmpty().append(dTerm);
            increment.setPositionIncrement(dIncrement.getPositionIncrement());
            length.setPositionLength(dLength.getPositionLength());
            offset.setOffset(dOffset.startOffset() + shift, dOffset.endOffset() + shift);
            type.setType(dType.type());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            delegate.end();
            increment.setPositionIncrement(dIncrement.getPositionIncrement());
            offset.setOffset(dOffset.startOffset() + shift, dOffset.endOffset() + shift);
        }

        @Override
        public void close() throws IOException {
            super.close();
            if (delegate != null) {
                delegate.close();
                delegate = null;
            }
            if (input != null) {
                input.close();
            }
        }

        private static String read(Reader reader) {
            try {
                StringBuilder s = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    s.append(buffer, 0, n);
                }
                return s.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
