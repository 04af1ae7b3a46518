package org.priorart.engine.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.IndexFields;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.FieldCode;
import org.priorart.query.QueryLimitException;
import org.priorart.query.QueryLimits;
import org.priorart.query.QueryNode;
import org.priorart.query.QueryNode.And;
import org.priorart.query.QueryNode.Classification;
import org.priorart.query.QueryNode.DateClause;
import org.priorart.query.QueryNode.FieldScope;
import org.priorart.query.QueryNode.Not;
import org.priorart.query.QueryNode.Or;
import org.priorart.query.QueryNode.Phrase;
import org.priorart.query.QueryNode.Proximity;
import org.priorart.query.QueryNode.Truncation;
import org.priorart.query.QueryNode.Word;

/**
 * Builds the Lucene query of an examiner query's parse tree.
 *
 * <p>Scoring follows plain keyword search ({@link FreeTextQueries}): a word
 * is a term query in each field it searches, boosted by that field's {@link FieldWeights} weight,
 * the field scores summed; phrases are phrase queries and truncations synonym queries over their
 * expansions, weighted alike, so both rank by BM25. Proximity clauses are interval queries per field
 * (scored by Lucene's interval frequency), also field-weighted. NOT clauses, classification codes,
 * dates and names are filters: they decide what matches, never the order. A weight of 0 ranks a
 * field out but never stops it from matching.
 *
 * <p>A word that analysis drops entirely (a stop word such as "the") constrains nothing and is left
 * out; a truncation that matches no index word matches nothing.
 */
public final class ExaminerQueryCompiler {

    /** What a built clause does to its parent. */
    private enum Role {
        /** Must match and adds to the score. */
        SCORING,
        /** Must match, adds nothing to the score. */
        FILTER,
        /** The built query must NOT match (a NOT clause, built as its positive inner query). */
        NEGATED,
        /** Nothing to search (only stop words): no constraint at all. */
        EMPTY
    }

    private record Built(Query query, Role role) {
        static final Built EMPTY = new Built(null, Role.EMPTY);
    }

    private final FieldWeights weights;
    private final QueryTerms terms;
    private final IntervalsBuilder intervals;
    private final String query;
    private final int maxClauses;
    private final QueryTimeout timeout;

    /**
     * @param terms   the query's terms in this index ({@link #terms})
     * @param timeout when the search's time is up, for its proximity clauses to stop; null for none
     */
    private ExaminerQueryCompiler(FieldWeights weights, QueryTerms terms, ExaminerQuery parsed, QueryTimeout timeout) {
        this.weights = weights;
        this.timeout = timeout;
        this.query = parsed.text();
        QueryLimits limits = parsed.options().limits();
        this.terms = terms;
        this.intervals = new IntervalsBuilder(terms, query, limits);
        this.maxClauses = limits.maxClauses();
    }

    /** The terms of a query in an index: its words analyzed in the language told among the index's. */
    public static QueryTerms terms(ExaminerQuery parsed, IndexReader reader, Set<AnalysisLanguage> indexLanguages) {
        return new QueryTerms(reader, parsed.language(indexLanguages), parsed.options().limits(), parsed.text());
    }

    /**
     * The Lucene query of an examiner query over an index. It matches patents and passages alike; the
     * caller adds its own filters (the patent type filter, request filters) as FILTER clauses around it.
     *
     * @param weights how much a match in each text field counts (as in plain keyword search)
     * @param terms   the query's terms in the index ({@link #terms}): truncations expand against it
     * @param timeout the search's deadline for its proximity clauses (the part whose cost grows with
     *                the positions of frequent words), which stop with Lucene's ExitingReaderException;
     *                null for none
     * @throws QueryLimitException when a truncation expands too far or the query needs more clauses
     *                             than allowed; the message says which and where
     */
    public static Query compile(ExaminerQuery parsed, FieldWeights weights, QueryTerms terms, QueryTimeout timeout)
            throws QueryLimitException, IOException {
        return new ExaminerQueryCompiler(weights, terms, parsed, timeout).build(parsed.root());
    }

    private Query build(QueryNode root) throws QueryLimitException, IOException {
        Query q;
        try {
            Built built = build(root, FieldCode.ALL);
            q = switch (built.role()) {
                case EMPTY -> new MatchNoDocsQuery("the query has no searchable words");
                case NEGATED -> new BooleanQuery.Builder()
                        .add(MatchAllDocsQuery.INSTANCE, Occur.FILTER)
                        .add(built.query(), Occur.MUST_NOT)
                        .build();
                case FILTER -> new ConstantScoreQuery(built.query());
                case SCORING -> built.query();
            };
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses();
        }
        if (ClauseCount.of(q, maxClauses) > maxClauses) {
            throw tooManyClauses();
        }
        return q;
    }

    private QueryLimitException tooManyClauses() {
        return new QueryLimitException("the query needs more than " + maxClauses + " search clauses (each word is "
                + "looked up in every field it searches): use fewer words, or name the fields (TI=, AB=, CL=, DE=)",
                0, query);
    }

    private Built build(QueryNode node, FieldCode scope) throws QueryLimitException, IOException {
        return switch (node) {
            case Word w -> word(w, scope);
            case Phrase p -> terms(terms.exact(p.text(), scope.kind()), scope);
            case Truncation t -> truncation(t, scope);
            case And a -> and(a, scope);
            case Or o -> or(o, scope);
            case Not n -> not(n, scope);
            case Proximity p -> proximity(p, scope);
            case FieldScope f -> build(f.clause(), f.field());
            case Classification c -> new Built(c.scheme() == FieldCode.LA
                    ? new TermQuery(new Term(IndexFields.LANGUAGE, c.code()))
                    : new PrefixQuery(new Term(c.scheme().indexFields().get(0), c.prefix())), Role.FILTER);
            case DateClause d -> new Built(date(d), Role.FILTER);
        };
    }

    private Built word(Word w, FieldCode scope) {
        return terms(terms.word(w.text(), scope.kind()), scope);
    }

    /** A term, or several in a row (a phrase, or a word the analyzer splits), in each field of the scope. */
    private Built terms(List<AnalyzedTerms.Positioned> words, FieldCode scope) {
        if (words.isEmpty()) {
            return Built.EMPTY;
        }
        return perField(scope, field -> {
            if (words.size() == 1) {
                return new TermQuery(new Term(field, words.get(0).term()));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (AnalyzedTerms.Positioned p : words) {
                phrase.add(new Term(field, p.term()), p.position());
            }
            return phrase.build();
        });
    }

    private Built truncation(Truncation t, FieldCode scope) throws QueryLimitException, IOException {
        List<Query> perField = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String field : scope.indexFields()) {
            SortedSet<String> expanded = terms.expand(t, field, scope.kind());
            if (expanded.isEmpty()) {
                continue;
            }
            // one concept with many spellings: BM25 over the summed frequencies of its expansions
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            expanded.forEach(term -> synonyms.addTerm(new Term(field, term)));
            perField.add(synonyms.build());
            fields.add(field);
        }
        if (perField.isEmpty()) {
            return new Built(new MatchNoDocsQuery("truncation " + t + " matches no word in the index"), role(scope));
        }
        return combine(fields, perField, scope);
    }

    private Built proximity(Proximity p, FieldCode scope) throws QueryLimitException, IOException {
        List<Query> perField = new ArrayList<>();
        for (String field : scope.indexFields()) {
            IntervalsSource source = intervals.source(p, field, scope.kind());
            perField.add(new IntervalQuery(field, timeout == null ? source : new StoppableIntervalsSource(source, timeout)));
        }
        return combine(scope.indexFields(), perField, scope);
    }

    private interface FieldQuery {
        Query on(String field);
    }

    private Built perField(FieldCode scope, FieldQuery q) {
        List<Query> perField = new ArrayList<>();
        for (String field : scope.indexFields()) {
            perField.add(q.on(field));
        }
        return combine(scope.indexFields(), perField, scope);
    }

    /** The per-field queries, each boosted by its field weight, any one enough. */
    private Built combine(List<String> fields, List<Query> perField, FieldCode scope) {
        Role role = role(scope);
        if (role == Role.FILTER) {
            return new Built(anyOf(perField), role);
        }
        List<Query> weighted = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            weighted.add(new BoostQuery(perField.get(i), weight(fields.get(i))));
        }
        return new Built(anyOf(weighted), role);
    }

    private static Query anyOf(List<Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** Text scores; names, like codes and dates, only filter. */
    private static Role role(FieldCode scope) {
        return scope.kind() == FieldCode.Kind.TEXT ? Role.SCORING : Role.FILTER;
    }

    private float weight(String field) {
        return switch (field) {
            case IndexFields.TITLE -> weights.title();
            case IndexFields.ABSTRACT -> weights.abstractText();
            case IndexFields.CLAIMS -> weights.claims();
            case IndexFields.DESCRIPTION -> weights.description();
            default -> 1f;
        };
    }

    private Built and(And a, FieldCode scope) throws QueryLimitException, IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<Query> negated = new ArrayList<>();
        List<Built> positive = new ArrayList<>();
        boolean scoring = false;
        for (QueryNode clause : a.clauses()) {
            Built b = build(clause, scope);
            switch (b.role()) {
                case EMPTY -> {
                }
                case SCORING -> {
                    all.add(b.query(), Occur.MUST);
                    positive.add(b);
                    scoring = true;
                }
                case FILTER -> {
                    all.add(b.query(), Occur.FILTER);
                    positive.add(b);
                }
                case NEGATED -> {
                    all.add(b.query(), Occur.MUST_NOT);
                    negated.add(b.query());
                }
            }
        }
        if (positive.isEmpty()) {
            // NOT a AND NOT b is NOT (a OR b): the parent decides what it is subtracted from
            return negated.isEmpty() ? Built.EMPTY : new Built(anyOf(negated), Role.NEGATED);
        }
        if (positive.size() == 1 && negated.isEmpty()) {
            return positive.get(0);
        }
        return new Built(all.build(), scoring ? Role.SCORING : Role.FILTER);
    }

    private Built or(Or o, FieldCode scope) throws QueryLimitException, IOException {
        List<Built> built = new ArrayList<>();
        boolean scoring = false;
        for (QueryNode clause : o.clauses()) {
            Built b = build(clause, scope);
            if (b.role() == Role.EMPTY) {
                continue;
            }
            built.add(b);
            scoring |= b.role() == Role.SCORING;
        }
        if (built.isEmpty()) {
            return Built.EMPTY;
        }
        if (built.size() == 1) {
            return built.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Built b : built) {
            Query q = switch (b.role()) {
                case SCORING -> b.query();
                // "a OR NOT b": everything that is not b, without a score of its own
                case NEGATED -> new BooleanQuery.Builder()
                        .add(MatchAllDocsQuery.INSTANCE, Occur.FILTER)
                        .add(b.query(), Occur.MUST_NOT)
                        .build();
                default -> b.query();
            };
            if (scoring && b.role() != Role.SCORING) {
                q = new BoostQuery(new ConstantScoreQuery(q), 0f);
            }
            any.add(q, Occur.SHOULD);
        }
        return new Built(any.build(), scoring ? Role.SCORING : Role.FILTER);
    }

    private Built not(Not n, FieldCode scope) throws QueryLimitException, IOException {
        Built inner = build(n.clause(), scope);
        return switch (inner.role()) {
            case EMPTY -> Built.EMPTY;
            case NEGATED -> new Built(inner.query(), Role.FILTER); // NOT NOT a is a, as a filter
            default -> new Built(inner.query(), Role.NEGATED);
        };
    }

    private static Query date(DateClause d) {
        String field = d.field().indexFields().get(0);
        int from = d.from() == null ? Integer.MIN_VALUE : (int) d.from().toEpochDay();
        int to = d.to() == null ? Integer.MAX_VALUE : (int) d.to().toEpochDay();
        return IntPoint.newRangeQuery(field, from, to);
    }
}
