package org.priorart.engine.lucene.query;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Counts search clauses the way {@code IndexSearcher} does before it refuses a query as too large
 * (one per term, term set or leaf query), but stops as soon as the count passes a bound.
 *
 * <p>Stopping matters: an interval tree built from shared parts can be far larger than the objects
 * it is made of (each {@code NEAR/n} holds both its operands twice, so a chain of 20 holds its first
 * word a million times), and a full count would walk all of it. Stopped at the bound, a count costs
 * at most a walk over that many clauses, whatever the query.
 */
final class ClauseCount {

    private ClauseCount() {
    }

    /** The clauses of a query, or {@code bound + 1} when there are more than {@code bound}. */
    static int of(Query query, int bound) {
        Counter counter = new Counter(bound);
        try {
            query.visit(counter);
        } catch (Passed passed) {
            // counted past the bound: that is all the caller needs to know
        }
        return counter.count;
    }

    /** The clauses of an intervals source on a field, or {@code bound + 1} when there are more. */
    static int of(IntervalsSource source, String field, int bound) {
        Counter counter = new Counter(bound);
        try {
            source.visit(field, counter);
        } catch (Passed passed) {
            // counted past the bound
        }
        return counter.count;
    }

    /** Thrown by the counter to leave the walk; no stack trace, it never escapes this class. */
    private static final class Passed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Passed() {
            super(null, null, false, false);
        }
    }

    private static final class Counter extends QueryVisitor {
        private final int bound;
        private int count;

        Counter(int bound) {
            this.bound = bound;
        }

        private void add() {
            if (++count > bound) {
                throw new Passed();
            }
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this; // MUST_NOT clauses count too, as IndexSearcher counts them
        }

        @Override
        public void visitLeaf(Query query) {
            add();
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            add();
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            add();
        }
    }
}
