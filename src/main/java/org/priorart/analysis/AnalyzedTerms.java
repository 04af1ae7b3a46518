package org.priorart.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms a text becomes under PriorArt's analysis, for callers that reason about terms without
 * touching a token stream: the query language (the stems a word searches), the free-text ranking
 * (how often each term occurs) and truncation (letters folded as the index folds them). Every
 * engine sees the same terms, because they all come from here.
 */
public final class AnalyzedTerms {

    /** A term with its position relative to the first term of its text. */
    public record Positioned(String term, int position) {
    }

    private AnalyzedTerms() {
    }

    /** The terms of a text in a language and mode, with their positions (see {@link #positioned(Analyzer, String)}). */
    public static List<Positioned> positioned(AnalysisLanguage language, PatentAnalyzer.Mode mode, String text) {
        return positioned(Analyzers.get(language, mode), text);
    }

    /** The words of a name (applicant, inventor), folded as the index folds them, with their positions. */
    public static List<Positioned> namePositions(String text) {
        return positioned(Analyzers.names(), text);
    }

    /**
     * The terms of a text, each with its position counted from the first term's (0): boundary marks
     * are left out, and a stacked alternative (kuromoji's compound over its parts) too, since the
     * parts suffice and a sequence of single positions is what phrases and proximity expect.
     */
    private static List<Positioned> positioned(Analyzer analyzer, String text) {
        List<Positioned> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                int increment = inc.getPositionIncrement();
                if (increment == 0 && !out.isEmpty()) {
                    continue;
                }
                position += out.isEmpty() ? Math.max(increment, 1) : increment;
                if (!BoundaryMarks.isMark(term.toString())) {
                    out.add(new Positioned(term.toString(), position));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        if (!out.isEmpty() && out.get(0).position() != 0) {
            int first = out.get(0).position();
            out.replaceAll(p -> new Positioned(p.term(), p.position() - first));
        }
        return out;
    }

    /** The analyzed terms of a text with their number of occurrences, in first-seen order. */
    public static Map<String, Integer> counts(AnalysisLanguage language, PatentAnalyzer.Mode mode, String text) {
        Analyzer analyzer = Analyzers.get(language, mode);
        Map<String, Integer> terms = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string cannot fail", e);
        }
        return terms;
    }

    /** Lower case and ASCII folding: what every analysis chain does to Latin letters before indexing. */
    public static String fold(String s) {
        char[] in = s.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
