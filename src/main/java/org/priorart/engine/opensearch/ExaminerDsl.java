package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.analysis.PositionedTermsAnalyzer;
import org.priorart.config.FieldWeights;
import org.priorart.patent.PatentFields;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.FieldCode;
import org.priorart.query.ProximityOperator;
import org.priorart.query.QueryLimitException;
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
 * The examiner query language compiled to OpenSearch's query DSL: clause for clause the Lucene query
 * the embedded engine builds ({@code engine.lucene.query.ExaminerQueryCompiler}), so both score
 * alike. A word is a term query per field it searches, boosted by the field's weight; a phrase a
 * phrase query; a truncation a synonym query over its expansions (looked up in the cluster,
 * {@link ClusterTerms}); W/n, NEAR/n, WITH and SAME are {@code intervals} queries ({@code all_of}
 * ordered or {@code unordered_no_overlap} with {@code max_gaps}; WITH and SAME as
 * {@code not_containing} the sentence or paragraph mark); codes are prefix queries, LA= a term, dates
 * ranges of epoch days; NOT, codes, dates and names filter and never score.
 */
final class ExaminerDsl {

    private enum Role { SCORING, FILTER, NEGATED, EMPTY }

    private record Built(ObjectNode query, Role role) {
        static final Built EMPTY = new Built(null, Role.EMPTY);
    }

    /** The intervals rule that matches nothing: a mark no analyzer writes. */
    private static final String NO_TERM = "\u0001none";

    private final FieldWeights weights;
    private final ClusterTerms terms;
    private final String query;
    private final int maxClauses;
    private int clauses;

    private ExaminerDsl(FieldWeights weights, ClusterTerms terms, ExaminerQuery parsed) {
        this.weights = weights;
        this.terms = terms;
        this.query = parsed.text();
        this.maxClauses = parsed.options().limits().maxClauses();
    }

    /** The DSL query of an examiner query (matches patents; the caller adds its filters around it). */
    static ObjectNode compile(ExaminerQuery parsed, FieldWeights weights, ClusterTerms terms)
            throws QueryLimitException, IOException {
        ExaminerDsl c = new ExaminerDsl(weights, terms, parsed);
        Built built = c.build(parsed.root(), FieldCode.ALL);
        ObjectNode q = switch (built.role()) {
            case EMPTY -> Dsl.matchNone();
            case NEGATED -> new Dsl.Bool().filter(Dsl.matchAll()).mustNot(built.query()).build();
            case FILTER -> Dsl.constantScore(built.query(), 1f);
            case SCORING -> built.query();
        };
        if (c.clauses > c.maxClauses) {
            throw c.tooManyClauses();
        }
        return q;
    }

    private QueryLimitException tooManyClauses() {
        return new QueryLimitException("the query needs more than " + maxClauses + " search clauses (each word is "
                + "looked up in every field it searches): use fewer words, or name the fields (TI=, AB=, CL=, DE=)",
                0, query);
    }

    private void count(int n) throws QueryLimitException {
        clauses += n;
        if (clauses > maxClauses) {
            throw tooManyClauses();
        }
    }

    private Built build(QueryNode node, FieldCode scope) throws QueryLimitException, IOException {
        return switch (node) {
            case Word w -> terms(terms.word(w.text(), scope.kind()), scope);
            case Phrase p -> terms(terms.exact(p.text(), scope.kind()), scope);
            case Truncation t -> truncation(t, scope);
            case And a -> and(a, scope);
            case Or o -> or(o, scope);
            case Not n -> not(n, scope);
            case Proximity p -> proximity(p, scope);
            case FieldScope f -> build(f.clause(), f.field());
            case Classification c -> new Built(c.scheme() == FieldCode.LA
                    ? Dsl.term(PatentFields.LANGUAGE, c.code(), 1f)
                    : Dsl.prefix(c.scheme().indexFields().get(0), c.prefix()), Role.FILTER);
            case DateClause d -> new Built(Dsl.range(d.field().indexFields().get(0),
                    d.from() == null ? null : (int) d.from().toEpochDay(),
                    d.to() == null ? null : (int) d.to().toEpochDay()), Role.FILTER);
        };
    }

    private Built terms(List<AnalyzedTerms.Positioned> words, FieldCode scope) throws QueryLimitException {
        if (words.isEmpty()) {
            return Built.EMPTY;
        }
        List<ObjectNode> perField = new ArrayList<>();
        for (String field : scope.indexFields()) {
            float boost = role(scope) == Role.FILTER ? 1f : weight(field);
            perField.add(words.size() == 1 ? Dsl.term(field, words.get(0).term(), boost)
                    : Dsl.phrase(field, PositionedTermsAnalyzer.encode(words), boost));
            count(words.size());
        }
        return new Built(anyOf(perField), role(scope));
    }

    private Built truncation(Truncation t, FieldCode scope) throws QueryLimitException, IOException {
        List<ObjectNode> perField = new ArrayList<>();
        for (String field : scope.indexFields()) {
            SortedSet<String> expanded = terms.expand(t, field, scope.kind());
            if (expanded.isEmpty()) {
                continue;
            }
            perField.add(Dsl.synonyms(field, expanded, role(scope) == Role.FILTER ? 1f : weight(field)));
            count(1);
        }
        if (perField.isEmpty()) {
            return new Built(Dsl.matchNone(), role(scope));
        }
        return new Built(anyOf(perField), role(scope));
    }

    private Built proximity(Proximity p, FieldCode scope) throws QueryLimitException, IOException {
        List<ObjectNode> perField = new ArrayList<>();
        for (String field : scope.indexFields()) {
            ObjectNode rule = source(p, field, scope.kind());
            perField.add(Dsl.intervals(field, rule, role(scope) == Role.FILTER ? 1f : weight(field)));
        }
        return new Built(anyOf(perField), role(scope));
    }

    /** The intervals rule of a proximity operand (see IntervalsBuilder of the embedded engine). */
    private ObjectNode source(QueryNode node, String field, FieldCode.Kind kind) throws QueryLimitException, IOException {
        return switch (node) {
            case Word w -> {
                List<AnalyzedTerms.Positioned> stems = terms.word(w.text(), kind);
                yield sequence(stems.isEmpty() ? terms.exact(w.text(), kind) : stems);
            }
            case Phrase p -> sequence(terms.exact(p.text(), kind));
            case Truncation t -> {
                SortedSet<String> expanded = terms.expand(t, field, kind);
                if (expanded.isEmpty()) {
                    yield match(List.of(new AnalyzedTerms.Positioned(NO_TERM, 0)));
                }
                count(expanded.size());
                if (expanded.size() == 1) {
                    yield match(List.of(new AnalyzedTerms.Positioned(expanded.first(), 0)));
                }
                List<ObjectNode> each = new ArrayList<>();
                for (String term : expanded) {
                    each.add(match(List.of(new AnalyzedTerms.Positioned(term, 0))));
                }
                yield anyOfIntervals(each);
            }
            case Or o -> {
                List<ObjectNode> alternatives = new ArrayList<>();
                for (QueryNode clause : o.clauses()) {
                    alternatives.add(source(clause, field, kind));
                }
                yield anyOfIntervals(alternatives);
            }
            case Proximity p -> proximityRule(p, field, kind);
            default -> throw new IllegalStateException("the parser admits no " + node.getClass().getSimpleName()
                    + " as a proximity operand");
        };
    }

    private ObjectNode proximityRule(Proximity p, String field, FieldCode.Kind kind) throws QueryLimitException, IOException {
        ObjectNode left = source(p.left(), field, kind);
        ObjectNode right = source(p.right(), field, kind);
        ProximityOperator op = p.operator();
        ObjectNode rule = Dsl.object();
        ObjectNode all = rule.putObject("all_of");
        all.putArray("intervals").add(left).add(right);
        switch (op.kind()) {
            case ORDERED -> all.put("mode", "ordered").put("max_gaps", op.distance() - 1);
            case UNORDERED -> all.put("mode", "unordered_no_overlap").put("max_gaps", op.distance() - 1);
            case SENTENCE -> {
                all.put("mode", "unordered_no_overlap");
                ObjectNode marks = anyOfIntervals(List.of(mark(BoundaryMarks.SENTENCE), mark(BoundaryMarks.PARAGRAPH)));
                all.putObject("filter").set("not_containing", marks);
            }
            case PARAGRAPH -> {
                all.put("mode", "unordered_no_overlap");
                all.putObject("filter").set("not_containing", mark(BoundaryMarks.PARAGRAPH));
            }
        }
        count(op.kind() == ProximityOperator.Kind.ORDERED ? 1 : 2);
        return rule;
    }

    private static ObjectNode mark(String term) {
        return match(List.of(new AnalyzedTerms.Positioned(term, 0)));
    }

    /** A term, or terms in a row with the gaps their positions leave (a phrase). */
    private ObjectNode sequence(List<AnalyzedTerms.Positioned> words) {
        if (words.isEmpty()) {
            return match(List.of(new AnalyzedTerms.Positioned(NO_TERM, 0)));
        }
        return match(words);
    }

    private static ObjectNode match(List<AnalyzedTerms.Positioned> words) {
        ObjectNode rule = Dsl.object();
        ObjectNode m = rule.putObject("match").put("query", PositionedTermsAnalyzer.encode(words)).put("analyzer", Dsl.POSITIONED);
        if (words.size() > 1) {
            m.put("mode", "ordered").put("max_gaps", 0);
        }
        return rule;
    }

    private static ObjectNode anyOfIntervals(List<ObjectNode> rules) {
        if (rules.size() == 1) {
            return rules.get(0);
        }
        ObjectNode rule = Dsl.object();
        ArrayNode a = rule.putObject("any_of").putArray("intervals");
        rules.forEach(a::add);
        return rule;
    }

    private static ObjectNode anyOf(List<ObjectNode> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        Dsl.Bool any = new Dsl.Bool();
        queries.forEach(any::should);
        return any.build();
    }

    private static Role role(FieldCode scope) {
        return scope.kind() == FieldCode.Kind.TEXT ? Role.SCORING : Role.FILTER;
    }

    private float weight(String field) {
        return switch (field) {
            case PatentFields.TITLE -> weights.title();
            case PatentFields.ABSTRACT -> weights.abstractText();
            case PatentFields.CLAIMS -> weights.claims();
            case PatentFields.DESCRIPTION -> weights.description();
            default -> 1f;
        };
    }

    private Built and(And a, FieldCode scope) throws QueryLimitException, IOException {
        Dsl.Bool all = new Dsl.Bool();
        List<ObjectNode> negated = new ArrayList<>();
        List<Built> positive = new ArrayList<>();
        boolean scoring = false;
        for (QueryNode clause : a.clauses()) {
            Built b = build(clause, scope);
            switch (b.role()) {
                case EMPTY -> {
                }
                case SCORING -> {
                    all.must(b.query());
                    positive.add(b);
                    scoring = true;
                }
                case FILTER -> {
                    all.filter(b.query());
                    positive.add(b);
                }
                case NEGATED -> {
                    all.mustNot(b.query());
                    negated.add(b.query());
                }
            }
        }
        if (positive.isEmpty()) {
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
        Dsl.Bool any = new Dsl.Bool();
        for (Built b : built) {
            ObjectNode q = switch (b.role()) {
                case SCORING -> b.query();
                case NEGATED -> new Dsl.Bool().filter(Dsl.matchAll()).mustNot(b.query()).build();
                default -> b.query();
            };
            if (scoring && b.role() != Role.SCORING) {
                q = Dsl.constantScore(q, 0f);
            }
            any.should(q);
        }
        return new Built(any.build(), scoring ? Role.SCORING : Role.FILTER);
    }

    private Built not(Not n, FieldCode scope) throws QueryLimitException, IOException {
        Built inner = build(n.clause(), scope);
        return switch (inner.role()) {
            case EMPTY -> Built.EMPTY;
            case NEGATED -> new Built(inner.query(), Role.FILTER);
            default -> new Built(inner.query(), Role.NEGATED);
        };
    }
}
