package org.priorart.engine.lucene.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.BoundaryMarks;
import org.priorart.query.FieldCode;
import org.priorart.query.ProximityOperator;
import org.priorart.query.QueryLimitException;
import org.priorart.query.QueryLimits;
import org.priorart.query.QueryNode;
import org.priorart.query.QueryNode.Or;
import org.priorart.query.QueryNode.Phrase;
import org.priorart.query.QueryNode.Proximity;
import org.priorart.query.QueryNode.Truncation;
import org.priorart.query.QueryNode.Word;

/**
 * Builds the Lucene {@link IntervalsSource} of a proximity clause for one field.
 *
 * <p>Positions: every word of the text has a position (stop words too; stems and exact forms share
 * their word's position), a sentence end has a {@link BoundaryMarks#SENTENCE} mark at a position of
 * its own, and each field value (a claim, a description paragraph, the abstract) ends with a
 * {@link BoundaryMarks#PARAGRAPH} mark, followed by a gap of 100 positions before the next value.
 * So:
 * <ul>
 *   <li>{@code a W/n b}: {@code b} starts at most n positions after {@code a} ends (n-1 positions
 *       between, {@code maxgaps(n-1, ordered(a, b))}); a sentence end between them counts as one
 *       position;</li>
 *   <li>{@code a NEAR/n b}: the same in either order, two distinct places (no overlap);</li>
 *   <li>{@code a WITH b}: an interval holding both that holds no sentence or paragraph mark;</li>
 *   <li>{@code a SAME b}: an interval holding both that holds no paragraph mark.</li>
 * </ul>
 * n stays below the value gap ({@link QueryLimits#maxDistance()}), so W and NEAR never span two
 * field values either.
 *
 * <p>Cost: Lucene's {@code unorderedNoOverlaps} is {@code or(ordered(a, b), ordered(b, a))}, so each
 * NEAR, WITH and SAME holds both operands twice; the objects are shared, but the tree Lucene walks
 * (to count, hash, rewrite and search it) doubles with each chained operator. Each OR group and
 * proximity operator is therefore counted as soon as it is built, against
 * {@link QueryLimits#maxClauses()}: an expansion that would pass the limit is refused at the first
 * operator that passes it, having cost at most a walk over that many clauses, never the
 * exponential tree the rest of the chain would make.
 */
final class IntervalsBuilder {

    private final QueryTerms terms;
    private final String query;
    private final int maxClauses;

    IntervalsBuilder(QueryTerms terms, String query, QueryLimits limits) {
        this.terms = terms;
        this.query = query;
        this.maxClauses = limits.maxClauses();
    }

    IntervalsSource source(QueryNode node, String field, FieldCode.Kind kind) throws QueryLimitException, IOException {
        return switch (node) {
            case Word w -> word(w, kind);
            case Phrase p -> sequence(terms.exact(p.text(), kind), "phrase " + p);
            case Truncation t -> truncation(t, field, kind);
            case Or o -> {
                List<IntervalsSource> alternatives = new ArrayList<>();
                for (QueryNode clause : o.clauses()) {
                    alternatives.add(source(clause, field, kind));
                }
                yield bounded(Intervals.or(alternatives), field, o, "the OR group");
            }
            case Proximity p -> proximity(p, field, kind);
            default -> throw new IllegalStateException("the parser admits no " + node.getClass().getSimpleName()
                    + " as a proximity operand");
        };
    }

    private IntervalsSource word(Word w, FieldCode.Kind kind) {
        List<AnalyzedTerms.Positioned> stems = terms.word(w.text(), kind);
        if (stems.isEmpty()) {
            // a stop word ("the", "of") has no stem in the index, but its exact form is there
            stems = terms.exact(w.text(), kind);
        }
        return sequence(stems, "word " + w);
    }

    /** A single term, or the terms in a row (with the gaps their positions leave). */
    private static IntervalsSource sequence(List<AnalyzedTerms.Positioned> words, String what) {
        if (words.isEmpty()) {
            return Intervals.noIntervals(what + " has no searchable words");
        }
        if (words.size() == 1) {
            return Intervals.term(words.get(0).term());
        }
        IntervalsSource[] parts = new IntervalsSource[words.size()];
        for (int i = 0; i < words.size(); i++) {
            IntervalsSource term = Intervals.term(words.get(i).term());
            int gap = i + 1 < words.size() ? words.get(i + 1).position() - words.get(i).position() - 1 : 0;
            parts[i] = gap > 0 ? Intervals.extend(term, 0, gap) : term;
        }
        return Intervals.phrase(parts);
    }

    private IntervalsSource truncation(Truncation t, String field, FieldCode.Kind kind) throws QueryLimitException, IOException {
        SortedSet<String> expanded = terms.expand(t, field, kind);
        if (expanded.isEmpty()) {
            return Intervals.noIntervals("truncation " + t + " matches no word in " + field);
        }
        if (expanded.size() == 1) {
            return Intervals.term(expanded.first());
        }
        // The expansion as an automaton over exactly these terms: one clause for Lucene's clause
        // count, and a newer reader can never make it expand past the limit at search time.
        List<BytesRef> sorted = expanded.stream().map(BytesRef::new).sorted().toList();
        CompiledAutomaton union = new CompiledAutomaton(Automata.makeStringUnion(sorted), true, false, false);
        return Intervals.multiterm(union, expanded.size(), t.pattern().text());
    }

    private IntervalsSource proximity(Proximity p, String field, FieldCode.Kind kind) throws QueryLimitException, IOException {
        IntervalsSource left = source(p.left(), field, kind);
        IntervalsSource right = source(p.right(), field, kind);
        ProximityOperator op = p.operator();
        try {
            return bounded(switch (op.kind()) {
                case ORDERED -> Intervals.maxgaps(op.distance() - 1, Intervals.ordered(left, right));
                case UNORDERED -> Intervals.maxgaps(op.distance() - 1, Intervals.unorderedNoOverlaps(left, right));
                case SENTENCE -> Intervals.notContaining(Intervals.unorderedNoOverlaps(left, right),
                        Intervals.or(Intervals.term(BoundaryMarks.SENTENCE), Intervals.term(BoundaryMarks.PARAGRAPH)));
                case PARAGRAPH -> Intervals.notContaining(Intervals.unorderedNoOverlaps(left, right),
                        Intervals.term(BoundaryMarks.PARAGRAPH));
            }, field, p, "the " + op + " operator");
        } catch (IllegalArgumentException e) {
            // Lucene rewrites OR-ed operands of different lengths into a disjunction of whole
            // proximity clauses, and refuses when that product exceeds its clause limit
            throw new QueryLimitException("the alternatives inside " + op + " combine into too many cases: "
                    + "simplify the OR groups of its operands", p.position(), query);
        }
    }

    /** The source, once counted within the clause limit: its operands were, so this costs little. */
    private IntervalsSource bounded(IntervalsSource source, String field, QueryNode node, String what)
            throws QueryLimitException {
        if (ClauseCount.of(source, field, maxClauses) > maxClauses) {
            throw new QueryLimitException(what + " needs more than " + maxClauses + " search clauses per field "
                    + "(each NEAR/n, WITH and SAME searches both its operands twice, so each operator chained to it "
                    + "doubles them): chain fewer proximity operators, use W/n where the order is known, or make "
                    + "the OR groups smaller", node.position(), query);
        }
        return source;
    }
}
