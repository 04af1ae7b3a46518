package org.priorart.engine.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.priorart.analysis.AnalysisLanguage;

/**
 * The languages an index has text in ({@link IndexFields#TEXT_LANGUAGE}): the candidates a query's
 * language is told among. A query can only meet words of these languages, and an index of English
 * documents alone never needs the language models loaded. Reading them costs a walk over a handful
 * of terms.
 */
final class TextLanguages {

    private TextLanguages() {
    }

    static Set<AnalysisLanguage> of(IndexReader reader) {
        Set<AnalysisLanguage> languages = EnumSet.of(AnalysisLanguage.ENGLISH);
        try {
            Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT_LANGUAGE);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    AnalysisLanguage l = AnalysisLanguage.known(t.utf8ToString());
                    if (l != null) {
                        languages.add(l);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's languages", e);
        }
        return languages;
    }
}
