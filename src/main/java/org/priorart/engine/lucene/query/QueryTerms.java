package org.priorart.engine.lucene.query;

import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.query.ExpansionBudget;
import org.priorart.query.FieldCode;
import org.priorart.query.QueryLimitException;
import org.priorart.query.QueryLimits;
import org.priorart.query.QueryNode;
import org.priorart.query.QueryWords;
import org.priorart.query.TruncationExpander;

/**
 * The index terms of a query's words, phrases and truncations: words through the analysis chains
 * the index was built with ({@link QueryWords}, so they meet the indexed terms), truncation patterns
 * expanded against the index's term dictionary within the {@link QueryLimits}. One instance serves
 * one query build, and remembers its expansions so a pattern used twice is expanded once.
 */
public final class QueryTerms implements TruncationExpander {

    private final IndexReader reader;
    private final QueryWords words;
    private final String query;
    private final ExpansionBudget budget;

    public QueryTerms(IndexReader reader, AnalysisLanguage language, QueryLimits limits, String query) {
        this.reader = reader;
        this.words = new QueryWords(language);
        this.query = query;
        this.budget = new ExpansionBudget(limits, query);
    }

    /** How the query's words are analyzed. */
    public QueryWords words() {
        return words;
    }

    List<AnalyzedTerms.Positioned> word(String text, FieldCode.Kind kind) {
        return words.word(text, kind);
    }

    List<AnalyzedTerms.Positioned> exact(String text, FieldCode.Kind kind) {
        return words.exact(text, kind);
    }

    /**
     * The index terms of {@code field} that a truncation matches, sorted. Text fields are matched on
     * their exact forms ({@code =batteries}), names on their words.
     *
     * @throws QueryLimitException when the pattern (over all fields it is searched in) or the query's
     *                             patterns together expand beyond the limits
     */
    @Override
    public SortedSet<String> expand(QueryNode.Truncation truncation, String field, FieldCode.Kind kind)
            throws QueryLimitException, IOException {
        String prefix = kind == FieldCode.Kind.NAME ? "" : BoundaryMarks.EXACT_PREFIX;
        SortedSet<String> cached = budget.remembered(truncation, prefix, field);
        if (cached != null) {
            return cached;
        }
        SortedSet<String> found = new TreeSet<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum e = new CompiledAutomaton(TruncationAutomata.of(truncation.pattern(), prefix), false, true, false)
                        .getTermsEnum(terms);
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    found.add(t.utf8ToString());
                    if (found.size() > budget.perPattern()) {
                        throw budget.tooMany(truncation);
                    }
                }
            }
        } catch (TooComplexToDeterminizeException e) {
            throw new QueryLimitException("truncation '" + truncation.pattern().text() + "' is too complex",
                    truncation.position(), query);
        }
        return budget.record(truncation, prefix, field, found);
    }
}
