package org.priorart.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The chains of the languages added for the EP documents and the offices PriorArt serves, each from
 * Lucene's own components for that language:
 * <ul>
 *   <li>German: lower case, German normalization (ä to a, ß to ss), German stop words, Lucene's light
 *       German stemmer ("Verschlüsse" and "Verschluss" meet); compounds are not split;</li>
 *   <li>French: elision (l'anode), lower case, accents folded, French stop words, light French stemmer;</li>
 *   <li>Indonesian: Indonesian stop words and Lucene's Indonesian stemmer (prefixes and suffixes:
 *       "pengering" and "pengeringan" meet; without a dictionary it cannot restore the dropped first
 *       letter of the root, so "kering" itself does not);</li>
 *   <li>Vietnamese: words as written (syllables), no stemming and no stop words; the exact forms keep
 *       their diacritics (a quoted "máy" is not "may") and the plain words are folded, so a query
 *       typed without marks finds them;</li>
 *   <li>Filipino: standard tokenizer, lower case, accents folded, no stemming (Lucene has no Tagalog
 *       stemmer; its affixes and reduplication would need one of their own);</li>
 *   <li>Thai: Lucene's Thai tokenizer (dictionary word breaks: Thai is written without spaces) and
 *       Thai stop words.</li>
 * </ul>
 * Normalizations that must hold for the exact forms too (German umlauts, French accents, Filipino
 * accents) come before the exact forms are taken, so an exact query form and an indexed one always
 * agree; stemming and stop words come after, on the normalized form only.
 */
final class LatinChains {

    private static final CharArraySet GERMAN_STOP =
            normalized(GermanAnalyzer.getDefaultStopSet(), ts -> new GermanNormalizationFilter(new LowerCaseFilter(ts)));
    private static final CharArraySet FRENCH_STOP =
            normalized(FrenchAnalyzer.getDefaultStopSet(), ts -> new ASCIIFoldingFilter(new LowerCaseFilter(ts)));

    private LatinChains() {
    }

    static Analyzer.TokenStreamComponents of(AnalysisLanguage language, PatentAnalyzer.Mode mode) {
        return switch (language) {
            case GERMAN -> german(mode);
            case FRENCH -> french(mode);
            case INDONESIAN -> indonesian(mode);
            case VIETNAMESE -> vietnamese(mode);
            case FILIPINO -> filipino(mode);
            case THAI -> thai(mode);
            default -> throw new IllegalArgumentException("no Latin chain for " + language);
        };
    }

    private static Analyzer.TokenStreamComponents german(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new GermanNormalizationFilter(new LowerCaseFilter(tokenizer));
        ts = PatentAnalyzer.marksAndExactForms(ts, mode);
        if (mode != PatentAnalyzer.Mode.EXACT) {
            ts = new GermanLightStemFilter(new StopFilter(ts, GERMAN_STOP));
        }
        return new Analyzer.TokenStreamComponents(tokenizer, ts);
    }

    private static Analyzer.TokenStreamComponents french(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        ts = new ASCIIFoldingFilter(new LowerCaseFilter(ts));
        ts = PatentAnalyzer.marksAndExactForms(ts, mode);
        if (mode != PatentAnalyzer.Mode.EXACT) {
            ts = new FrenchLightStemFilter(new StopFilter(ts, FRENCH_STOP));
        }
        return new Analyzer.TokenStreamComponents(tokenizer, ts);
    }

    private static Analyzer.TokenStreamComponents indonesian(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = PatentAnalyzer.marksAndExactForms(new LowerCaseFilter(tokenizer), mode);
        if (mode != PatentAnalyzer.Mode.EXACT) {
            ts = new IndonesianStemFilter(new StopFilter(ts, IndonesianAnalyzer.getDefaultStopSet()));
        }
        return new Analyzer.TokenStreamComponents(tokenizer, ts);
    }

    private static Analyzer.TokenStreamComponents vietnamese(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = PatentAnalyzer.marksAndExactForms(new LowerCaseFilter(tokenizer), mode);
        if (mode != PatentAnalyzer.Mode.EXACT) {
            ts = new FoldUnlessKeyword(ts);
        }
        return new Analyzer.TokenStreamComponents(tokenizer, ts);
    }

    private static Analyzer.TokenStreamComponents filipino(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new Analyzer.TokenStreamComponents(tokenizer, PatentAnalyzer.marksAndExactForms(ts, mode));
    }

    private static Analyzer.TokenStreamComponents thai(PatentAnalyzer.Mode mode) {
        Tokenizer tokenizer = new ThaiTokenizer();
        TokenStream ts = PatentAnalyzer.marksAndExactForms(new LowerCaseFilter(tokenizer), mode);
        if (mode != PatentAnalyzer.Mode.EXACT) {
            ts = new StopFilter(ts, ThaiAnalyzer.getDefaultStopSet());
        }
        return new Analyzer.TokenStreamComponents(tokenizer, ts);
    }

    /** Folds diacritics of the normalized words only; exact forms (keywords) and marks keep theirs. */
    private static final class FoldUnlessKeyword extends ConditionalTokenFilter {
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        FoldUnlessKeyword(TokenStream input) {
            super(input, ASCIIFoldingFilter::new);
        }

        @Override
        protected boolean shouldFilter() {
            return !keyword.isKeyword();
        }
    }

    /** A stop set as the chain's own normalization writes its words (the German set has "für", the chain "fur"). */
    private static CharArraySet normalized(CharArraySet words, Function<TokenStream, TokenStream> normalization) {
        CharArraySet out = new CharArraySet(words.size(), false);
        for (Object w : words) {
            String word = new String((char[]) w);
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setReader(new java.io.StringReader(word));
            try (TokenStream ts = normalization.apply(tokenizer)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
            }
        }
        return CharArraySet.unmodifiableSet(out);
    }
}
