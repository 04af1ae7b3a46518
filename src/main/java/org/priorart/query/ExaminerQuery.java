package org.priorart.query;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Query;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.LanguageDetector;
import org.priorart.config.FieldWeights;

/**
 * A parsed examiner query: what {@link QueryParser#parse(String)} gives.
 *
 * <ul>
 *   <li>{@link #root()}: the parse tree; {@link #toString()} prints it in canonical form;</li>
 *   <li>{@link #toLuceneQuery(FieldWeights, IndexReader)}: the Lucene query for an index;</li>
 *   <li>{@link #freeText()}: the plain words and phrases for the semantic embedder;</li>
 *   <li>{@link #explain()}: the readable tree for {@code --explain-query}.</li>
 * </ul>
 *
 * @param text    the query as written
 * @param root    its parse tree
 * @param options how it was read (default operator, limits)
 */
public record ExaminerQuery(String text, QueryNode root, QueryOptions options) {

    /**
     * The free text for the semantic embedder: the plain words and quoted phrases outside NOT and
     * outside bibliographic field codes (CPC, IPC, dates, PA, IN), in query order; truncations are
     * left out. {@code CPC=H01M AND (lithium W/3 anode)} gives {@code "lithium anode"}. Empty when
     * the query has no such words.
     */
    public String freeText() {
        return FreeText.of(root);
    }

    /** The analysis chain for the query's words: its LA= language, else as their script tells (see below). */
    public AnalysisLanguage language() {
        return language(Set.of(AnalysisLanguage.ENGLISH));
    }

    /**
     * The analysis chain for the query's words: the language an LA= clause asks for (the words must
     * meet the terms of documents in that language), else the words' own language told among the
     * candidates (the languages of the index searched).
     */
    public AnalysisLanguage language(Set<AnalysisLanguage> candidates) {
        String asked = FreeText.language(root);
        return asked != null ? AnalysisLanguage.forCode(asked) : LanguageDetector.detect(FreeText.sample(root), candidates);
    }

    /**
     * The Lucene query over an index. It matches patents and passages alike; the caller adds its
     * own filters (the patent type filter, request filters) as FILTER clauses around it.
     *
     * @param weights how much a match in each text field counts (as in plain keyword search)
     * @param reader  the index, for expanding truncations against its term dictionary
     * @throws QueryLimitException when a truncation expands too far or the query needs more
     *                             clauses than Lucene allows; the message says which and where
     */
    public Query toLuceneQuery(FieldWeights weights, IndexReader reader) throws QueryLimitException, IOException {
        return toLuceneQuery(weights, reader, null);
    }

    /**
     * The Lucene query over an index, for a search with a deadline: its proximity clauses (the part
     * whose cost grows with the positions of frequent words) stop when {@code timeout} says so, with
     * Lucene's {@link org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException}.
     *
     * @param timeout the search's deadline, or null for none
     */
    public Query toLuceneQuery(FieldWeights weights, IndexReader reader, QueryTimeout timeout)
            throws QueryLimitException, IOException {
        return new LuceneQueryBuilder(weights, reader, this, timeout).build(root);
    }

    /** The tree rendered for people, one node a line with what it matches. */
    public String explain() {
        return QueryExplainer.explain(this);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
