package org.priorart.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of one language in one mode (see the package documentation).
 *
 * <p>Multi-valued text fields (claims, description paragraphs) get a position gap of
 * {@value #VALUE_GAP} between values, so phrases and proximity never match across two claims.
 */
public final class PatentAnalyzer extends Analyzer {

    /** What the chain produces. */
    public enum Mode {
        /** Normalized terms, exact forms and boundary marks: what the index holds. */
        INDEX,
        /** Normalized terms only: plain query words. */
        QUERY,
        /** Exact forms only: words inside quotes and truncation patterns. */
        EXACT
    }

    /** Positions between two values of one field. */
    public static final int VALUE_GAP = 100;

    private final AnalysisLanguage language;
    private final Mode mode;

    public PatentAnalyzer(AnalysisLanguage language, Mode mode) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.language = language;
        this.mode = mode;
    }

    public AnalysisLanguage language() {
        return language;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        Reader r = mode == Mode.INDEX ? SentenceBreakCharFilter.wrap(reader) : reader;
        if (language == AnalysisLanguage.JAPANESE) {
            r = new CJKWidthCharFilter(r);
        }
        return r;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return switch (language) {
            case ENGLISH -> english();
            case GERMAN, FRENCH, INDONESIAN, VIETNAMESE, FILIPINO, THAI -> LatinChains.of(language, mode);
            case JAPANESE -> japanese();
            case KOREAN -> korean();
            case CHINESE -> chinese();
        };
    }

    private TokenStreamComponents english() {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(tokenizer);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = marksAndExactForms(ts);
        if (mode != Mode.EXACT) {
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            ts = new PorterStemFilter(ts);
        }
        return new TokenStreamComponents(tokenizer, ts);
    }

    private TokenStreamComponents japanese() {
        Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream ts = marksAndExactForms(tokenizer);
        // Particles and auxiliaries carry no content; dropped from both forms so positions agree.
        ts = new JapanesePartOfSpeechStopFilter(ts, JapaneseAnalyzer.getDefaultStopTags());
        if (mode != Mode.EXACT) {
            ts = new JapaneseBaseFormFilter(ts);
            ts = new StopFilter(ts, JapaneseAnalyzer.getDefaultStopSet());
            ts = new JapaneseKatakanaStemFilter(ts);
        }
        ts = new LowerCaseFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }

    private TokenStreamComponents korean() {
        Tokenizer tokenizer = new KoreanTokenizer();
        TokenStream ts = marksAndExactForms(tokenizer);
        ts = new KoreanPartOfSpeechStopFilter(ts);
        if (mode != Mode.EXACT) {
            ts = new KoreanReadingFormFilter(ts);
        }
        ts = new LowerCaseFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }

    private TokenStreamComponents chinese() {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream ts = new LowerCaseFilter(tokenizer);
        ts = marksAndExactForms(ts);
        if (mode != Mode.EXACT) {
            ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
            ts = new PorterStemFilter(ts);
        } else {
            // smartcn's stop set is mostly punctuation, which the tokenizer emits as tokens.
            ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
        }
        return new TokenStreamComponents(tokenizer, ts);
    }

    /** The boundary marks and exact forms the mode wants (see {@link Mode}); shared by every chain. */
    static TokenStream marksAndExactForms(TokenStream ts, Mode mode) {
        return switch (mode) {
            case INDEX -> new ExactFormFilter(new BoundaryMarkFilter(ts), true);
            case EXACT -> new ExactFormFilter(ts, false);
            case QUERY -> ts;
        };
    }

    private TokenStream marksAndExactForms(TokenStream ts) {
        return switch (mode) {
            case INDEX -> new ExactFormFilter(new BoundaryMarkFilter(ts), true);
            case EXACT -> new ExactFormFilter(ts, false);
            case QUERY -> ts;
        };
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}
