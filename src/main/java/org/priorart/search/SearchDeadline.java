package org.priorart.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time by which a search must be done, so that no search outlives the request that asked for
 * it. The server gives each request one ({@link #run}, on the thread that handles the request); the
 * {@link SearchService} reads it there ({@link #current}) and hands it to every part of the search
 * that can run long, each of which stops where it is once the time is up:
 * <ul>
 *   <li>keyword scoring: Lucene's {@link IndexSearcher#setTimeout searcher timeout}, on a searcher of
 *       the request's own ({@link #bound});</li>
 *   <li>the proximity clauses of an examiner query, in scoring and as a filter of the semantic
 *       candidates: checked at each interval they find (see
 *       {@link org.priorart.query.ExaminerQuery#toLuceneQuery(org.priorart.config.FieldWeights,
 *       org.apache.lucene.index.IndexReader, QueryTimeout)});</li>
 *   <li>the nearest-neighbour search: Lucene's time-limited kNN collector, which reads the
 *       searcher's timeout;</li>
 *   <li>snippets: checked between small groups of hits.</li>
 * </ul>
 * A search stopped so fails with {@link SearchTimeoutException}. The command line and batch
 * evaluation set no deadline ({@link #NONE}): there a search runs to its end.
 */
public final class SearchDeadline implements QueryTimeout {

    /** No deadline. */
    public static final SearchDeadline NONE = new SearchDeadline(0, null);

    private static final ThreadLocal<SearchDeadline> CURRENT = new ThreadLocal<>();

    /** {@link System#nanoTime()} at the deadline. */
    private final long nanos;
    /** The time allowed, for the message; null for {@link #NONE}. */
    private final Duration allowed;

    private SearchDeadline(long nanos, Duration allowed) {
        this.nanos = nanos;
        this.allowed = allowed;
    }

    /** A deadline this long from now. */
    public static SearchDeadline after(Duration allowed) {
        return new SearchDeadline(System.nanoTime() + allowed.toNanos(), allowed);
    }

    /** The deadline of the work this thread runs ({@link #run}), else {@link #NONE}. */
    public static SearchDeadline current() {
        SearchDeadline d = CURRENT.get();
        return d == null ? NONE : d;
    }

    /** Work that may throw. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** Runs the work on this thread under this deadline: the searches it makes stop when it passes. */
    public <E extends Exception> void run(Work<E> work) throws E {
        SearchDeadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            work.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Whether there is a deadline at all. */
    public boolean isSet() {
        return allowed != null;
    }

    /** Whether the deadline has passed. */
    @Override
    public boolean shouldExit() {
        return allowed != null && System.nanoTime() - nanos >= 0;
    }

    /** This deadline for Lucene's query timeouts; null when there is none. */
    QueryTimeout timeout() {
        return isSet() ? this : null;
    }

    /**
     * A searcher over the same index view that stops scoring (and the kNN search) at this deadline;
     * the searcher itself when there is no deadline. One per search: a timeout is a searcher's state.
     */
    IndexSearcher bound(IndexSearcher searcher) {
        if (!isSet()) {
            return searcher;
        }
        IndexSearcher bounded = new IndexSearcher(searcher.getIndexReader());
        bounded.setSimilarity(searcher.getSimilarity());
        bounded.setQueryCache(searcher.getQueryCache());
        bounded.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
        bounded.setTimeout(this);
        return bounded;
    }

    /** Throws {@link SearchTimeoutException} when the deadline has passed. */
    void check() {
        if (shouldExit()) {
            throw exceeded();
        }
    }

    /**
     * After a search on a {@link #bound} searcher: throws when it timed out (Lucene then returns
     * what it had collected, which must not pass for the whole answer) or the deadline has passed.
     */
    void check(IndexSearcher searcher) {
        if (searcher.timedOut()) {
            throw exceeded();
        }
        check();
    }

    SearchTimeoutException exceeded() {
        return new SearchTimeoutException("the search ran past its deadline of "
                + (allowed == null ? "?" : allowed.toMillis() + " ms") + " and was stopped");
    }
}
