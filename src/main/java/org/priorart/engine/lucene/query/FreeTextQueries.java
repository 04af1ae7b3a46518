package org.priorart.engine.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.LanguageDetector;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.config.FieldWeights;

/**
 * Turns free text (a few words, or a pasted claim or abstract) into a BM25 query: every distinct
 * term of the text, analyzed with the chain of the text's language, is looked up in each text field;
 * the field scores are weighted by {@link FieldWeights} and summed. A term repeated in the text
 * counts once per occurrence, so a pasted claim weighs its own key terms.
 *
 * <p>Long texts are cut to the {@value #MAX_TERMS} terms with the highest weight (occurrences times
 * inverse document frequency): the rare, repeated terms that carry the invention, and a query that
 * stays fast and within Lucene's clause limit.
 */
public final class FreeTextQueries {

    static final int MAX_TERMS = 200;

    private final FieldWeights weights;

    public FreeTextQueries(FieldWeights weights) {
        this.weights = weights;
    }

    /**
     * The query for a text, or null when the text has no searchable term (only stop words or
     * punctuation).
     *
     * @param languages the languages the index has text in: the text's language is told among them
     */
    public Query build(String text, IndexReader reader, Set<AnalysisLanguage> languages) {
        return build(terms(text, LanguageDetector.detect(text, languages)), reader);
    }

    private Query build(Map<String, Integer> terms, IndexReader reader) {
        if (terms.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Integer>> chosen = new ArrayList<>(terms.entrySet());
        if (chosen.size() > MAX_TERMS) {
            chosen.sort(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * idf(reader, e.getKey())));
            chosen = chosen.subList(0, MAX_TERMS);
        }
        // One flat disjunction of a clause per term and field, boosted by the field's weight times the
        // term's occurrences: the same BM25 sum as a clause per term of its fields (the boosts multiply
        // into the same term scorers), but Lucene's MaxScore skips over flat term scorers, whose
        // maximum scores it knows, far better than over nested disjunctions: 1.3-1.5x faster on long
        // queries (docs/performance-notes.md, 3.2 and "Gains").
        Map<String, Float> fields = weights.asMap();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Integer> term : chosen) {
            for (Map.Entry<String, Float> field : fields.entrySet()) {
                Query q = new TermQuery(new Term(field.getKey(), term.getKey()));
                query.add(new BoostQuery(q, field.getValue() * term.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    /**
     * Words that rank (BM25 gives them little weight) but are not worth marking in a snippet or a
     * document: English function words beyond the analyzer's short stop list, and the boilerplate
     * of claims. A pasted claim or a "find similar" query holds them all, and marking every "at
     * least one", "from" and "comprising" hides the words that matter.
     */
    private static final List<String> UNMARKED = List.of(
            "about", "above", "after", "again", "against", "all", "also", "am", "any", "because", "been", "before",
            "being", "below", "between", "both", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "either", "else", "few", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
            "his", "how", "i", "its", "itself", "least", "less", "may", "me", "might", "more", "most", "much", "must", "my",
            "nor", "now", "off", "once", "one", "only", "other", "our", "out", "over", "own", "same", "shall", "she",
            "should", "so", "some", "than", "thereby", "therefrom", "therein", "thereof", "thereon", "thereto", "those",
            "through", "thus", "too", "under", "until", "up", "upon", "us", "very", "via", "we", "were", "what", "when",
            "where", "whereby", "wherein", "which", "while", "who", "whom", "why", "within", "without", "would", "you",
            "your", "yet", "claim", "claims", "claimed", "comprise", "comprises", "comprising", "consisting", "said",
            "including", "includes", "plurality", "first", "second", "according", "characterized", "characterised");

    /** {@link #UNMARKED} as the English analyzer indexes them (stemmed). */
    private static final Set<String> UNMARKED_TERMS =
            Set.copyOf(terms(String.join(" ", UNMARKED), AnalysisLanguage.ENGLISH).keySet());

    /**
     * The query whose matches are marked in snippets and documents for a free text: the ranking
     * query ({@link #build}) without the {@link #UNMARKED} words (English texts), or the ranking
     * query itself when nothing else is left.
     */
    public Query marking(String text, IndexReader reader, Set<AnalysisLanguage> languages) {
        AnalysisLanguage language = LanguageDetector.detect(text, languages);
        if (language != AnalysisLanguage.ENGLISH) {
            return build(terms(text, language), reader);
        }
        // A pasted claim's own number ("1. A battery ...") is not one of its words either.
        Map<String, Integer> terms = terms(text.replaceFirst("^\\s*\\d{1,4}\\s*[.)]\\s", " "), language);
        Map<String, Integer> marked = new LinkedHashMap<>(terms);
        marked.keySet().removeAll(UNMARKED_TERMS);
        return build(marked.isEmpty() ? terms : marked, reader);
    }

    /** The analyzed terms of the text with their number of occurrences, in first-seen order. */
    static Map<String, Integer> terms(String text) {
        return terms(text, LanguageDetector.detect(text));
    }

    /** The same, for a text whose language is known. */
    private static Map<String, Integer> terms(String text, AnalysisLanguage language) {
        return AnalyzedTerms.counts(language, PatentAnalyzer.Mode.QUERY, text);
    }

    private double idf(IndexReader reader, String term) {
        try {
            int df = 0;
            for (String field : weights.asMap().keySet()) {
                df = Math.max(df, reader.docFreq(new Term(field, term)));
            }
            return Math.log(1 + (reader.maxDoc() - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
