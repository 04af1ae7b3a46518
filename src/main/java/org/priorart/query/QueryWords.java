package org.priorart.query;

import java.util.List;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.PatentAnalyzer;

/**
 * The terms a query's words and phrases search, in the language its words are analyzed in: the
 * analysis chains the index was built with, so they meet the indexed terms in every engine.
 */
public final class QueryWords {

    private final AnalysisLanguage language;

    public QueryWords(AnalysisLanguage language) {
        this.language = language;
    }

    /** The language the words are analyzed in. */
    public AnalysisLanguage language() {
        return language;
    }

    /**
     * The terms of a plain word: stems for text fields (QUERY analysis, stop words removed), the
     * folded name words for applicant and inventor fields. A word such as "lithium-ion" gives
     * several terms, which are searched as a phrase.
     */
    public List<AnalyzedTerms.Positioned> word(String text, FieldCode.Kind kind) {
        return kind == FieldCode.Kind.NAME ? AnalyzedTerms.namePositions(text)
                : AnalyzedTerms.positioned(language, PatentAnalyzer.Mode.QUERY, text);
    }

    /** The terms of a quoted phrase: the words as written ({@code =}-prefixed exact forms, stop words kept). */
    public List<AnalyzedTerms.Positioned> exact(String text, FieldCode.Kind kind) {
        return kind == FieldCode.Kind.NAME ? AnalyzedTerms.namePositions(text)
                : AnalyzedTerms.positioned(language, PatentAnalyzer.Mode.EXACT, text);
    }
}
