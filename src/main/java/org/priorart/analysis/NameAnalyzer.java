package org.priorart.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis of applicant and inventor names: words, lower-cased and accent-folded, no stemming and no
 * stop words: names are short and every word of them can matter.
 */
public final class NameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return PatentAnalyzer.VALUE_GAP;
    }
}
