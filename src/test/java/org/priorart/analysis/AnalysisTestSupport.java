package org.priorart.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and lists its terms with their positions ("term@pos"). */
final class AnalysisTestSupport {

    private AnalysisTestSupport() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        for (String t : termsWithPositions(analyzer, text)) {
            out.add(t.substring(0, t.lastIndexOf('@')));
        }
        return out;
    }

    static List<String> termsWithPositions(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
