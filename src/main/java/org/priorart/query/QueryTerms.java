package org.priorart.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.analysis.PatentAnalyzer;

/**
 * The index terms of a query's words, phrases and truncations: words through the analysis chains
 * the index was built with (so they meet the indexed terms), truncation patterns expanded against
 * the index's term dictionary within the {@link QueryLimits}. One instance serves one query build,
 * and remembers its expansions so a pattern used twice is expanded once.
 */
final class QueryTerms {

    /** A term with its position relative to the first term of its word or phrase. */
    record Positioned(String term, int position) {
    }

    private final IndexReader reader;
    private final AnalysisLanguage language;
    private final QueryLimits limits;
    private final String query;
    private final Map<String, SortedSet<String>> expansions = new HashMap<>();
    private final Map<String, Integer> patternTotals = new HashMap<>();
    private int totalExpansions;

    QueryTerms(IndexReader reader, AnalysisLanguage language, QueryLimits limits, String query) {
        this.reader = reader;
        this.language = language;
        this.limits = limits;
        this.query = query;
    }

    /** The language the words are analyzed in. */
    AnalysisLanguage language() {
        return language;
    }

    /**
     * The terms of a plain word: stems for text fields (QUERY analysis, stop words removed), the
     * folded name words for applicant and inventor fields. A word such as "lithium-ion" gives
     * several terms, which are searched as a phrase.
     */
    List<Positioned> word(String text, FieldCode.Kind kind) {
        return kind == FieldCode.Kind.NAME ? analyze(Analyzers.names(), text)
                : analyze(Analyzers.get(language, PatentAnalyzer.Mode.QUERY), text);
    }

    /** The terms of a quoted phrase: the words as written ({@code =}-prefixed exact forms, stop words kept). */
    List<Positioned> exact(String text, FieldCode.Kind kind) {
        return kind == FieldCode.Kind.NAME ? analyze(Analyzers.names(), text)
                : analyze(Analyzers.get(language, PatentAnalyzer.Mode.EXACT), text);
    }

    private static List<Positioned> analyze(Analyzer analyzer, String text) {
        List<Positioned> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                int increment = inc.getPositionIncrement();
                if (increment == 0 && !out.isEmpty()) {
                    // a stacked alternative (kuromoji's compound over its parts): the parts suffice,
                    // and a sequence of single positions is what phrases and intervals expect
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

    /**
     * The index terms of {@code field} that a truncation matches, sorted. Text fields are matched on
     * their exact forms ({@code =batteries}), names on their words.
     *
     * @throws QueryLimitException when the pattern (over all fields it is searched in) or the query's
     *                             patterns together expand beyond the limits
     */
    SortedSet<String> expand(QueryNode.Truncation truncation, String field, FieldCode.Kind kind)
            throws QueryLimitException, IOException {
        String prefix = kind == FieldCode.Kind.NAME ? "" : BoundaryMarks.EXACT_PREFIX;
        String key = truncation.pattern().text() + '\u0000' + prefix + '\u0000' + field;
        SortedSet<String> cached = expansions.get(key);
        if (cached != null) {
            return cached;
        }
        SortedSet<String> found = new TreeSet<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                Automaton automaton = truncation.pattern().automaton(prefix);
                TermsEnum e = new CompiledAutomaton(automaton, false, true, false).getTermsEnum(terms);
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    found.add(t.utf8ToString());
                    if (found.size() > limits.maxExpansionsPerPattern()) {
                        throw tooMany(truncation);
                    }
                }
            }
        } catch (TooComplexToDeterminizeException e) {
            throw new QueryLimitException("truncation '" + truncation.pattern().text() + "' is too complex",
                    truncation.position(), query);
        }
        SortedSet<String> result = Collections.unmodifiableSortedSet(found);
        expansions.put(key, result);
        account(truncation, prefix, result);
        return result;
    }

    /** Counts distinct terms per pattern across the fields it searches, and across the query. */
    private void account(QueryNode.Truncation truncation, String prefix, SortedSet<String> terms)
            throws QueryLimitException {
        String pattern = truncation.pattern().text() + '\u0000' + prefix;
        TreeSet<String> union = new TreeSet<>();
        expansions.forEach((k, v) -> {
            if (k.startsWith(pattern + '\u0000')) {
                union.addAll(v);
            }
        });
        if (union.size() > limits.maxExpansionsPerPattern()) {
            throw tooMany(truncation);
        }
        int before = patternTotals.getOrDefault(pattern, 0);
        patternTotals.put(pattern, union.size());
        totalExpansions += union.size() - before;
        if (totalExpansions > limits.maxExpansionsPerQuery()) {
            throw new QueryLimitException("the truncations of the query expand to more than "
                    + limits.maxExpansionsPerQuery() + " words in all", truncation.position(), query);
        }
    }

    private QueryLimitException tooMany(QueryNode.Truncation truncation) {
        return new QueryLimitException("truncation '" + truncation.pattern().text() + "' expands to more than "
                + limits.maxExpansionsPerPattern() + " words: add letters", truncation.position(), query);
    }
}
