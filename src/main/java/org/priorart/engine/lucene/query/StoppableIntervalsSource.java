package org.priorart.engine.lucene.query;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.queries.intervals.IntervalFilter;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalMatchesIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A proximity clause's intervals that stop when the search's time is up: each interval found (in
 * scoring, filtering and highlighting alike) asks the {@link QueryTimeout}, and past it the search
 * fails with Lucene's {@link ExitingReaderException}.
 *
 * <p>Why here: a proximity clause over frequent words costs its time inside each document (many
 * positions, minimized at every level of the interval tree), where Lucene's own search timeout,
 * which checks between ever larger windows of documents, can look again only long after the time
 * is up; and a clause used as a filter (of the semantic candidates) is read without that timeout at
 * all. Everything else of the source (matches, equality, its printed form) is the wrapped source's,
 * so it ranks and caches exactly as before.
 */
final class StoppableIntervalsSource extends IntervalsSource {

    private final IntervalsSource in;
    private final QueryTimeout timeout;

    StoppableIntervalsSource(IntervalsSource in, QueryTimeout timeout) {
        this.in = in;
        this.timeout = timeout;
    }

    @Override
    public IntervalIterator intervals(String field, LeafReaderContext ctx) throws IOException {
        IntervalIterator it = in.intervals(field, ctx);
        if (it == null) {
            return null;
        }
        return new IntervalFilter(it) {
            @Override
            protected boolean accept() {
                stopWhenLate();
                return true;
            }
        };
    }

    @Override
    public IntervalMatchesIterator matches(String field, LeafReaderContext ctx, int doc) throws IOException {
        stopWhenLate(); // finding a document's first match is most of the work of highlighting it
        IntervalMatchesIterator matches = in.matches(field, ctx, doc);
        return matches == null ? null : new IntervalMatchesIterator() {
            @Override
            public boolean next() throws IOException {
                stopWhenLate();
                return matches.next();
            }

            @Override
            public int startPosition() {
                return matches.startPosition();
            }

            @Override
            public int endPosition() {
                return matches.endPosition();
            }

            @Override
            public int startOffset() throws IOException {
                return matches.startOffset();
            }

            @Override
            public int endOffset() throws IOException {
                return matches.endOffset();
            }

            @Override
            public MatchesIterator getSubMatches() throws IOException {
                return matches.getSubMatches();
            }

            @Override
            public Query getQuery() {
                return matches.getQuery();
            }

            @Override
            public int gaps() {
                return matches.gaps();
            }

            @Override
            public int width() {
                return matches.width();
            }
        };
    }

    private void stopWhenLate() {
        if (timeout.shouldExit()) {
            throw new ExitingReaderException("the search ran past its deadline in a proximity clause");
        }
    }

    @Override
    public void visit(String field, QueryVisitor visitor) {
        in.visit(field, visitor);
    }

    @Override
    public int minExtent() {
        return in.minExtent();
    }

    @Override
    public Collection<IntervalsSource> pullUpDisjunctions() {
        return List.of(this); // the root of its clause: nothing above it rewrites it
    }

    @Override
    public int hashCode() {
        return in.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoppableIntervalsSource s && in.equals(s.in);
    }

    @Override
    public String toString() {
        return in.toString();
    }
}
