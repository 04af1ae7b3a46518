package org.priorart.search;

import java.time.Duration;
import org.priorart.engine.Deadline;

/**
 * The time by which a search must be done, so that no search outlives the request that asked for
 * it. The server gives each request one ({@link #run}, on the thread that handles the request); the
 * {@link SearchService} reads it there ({@link #current}) and hands it to the engine's view of the
 * search ({@link org.priorart.engine.SearchEngine#view}), which stops every part of the search that
 * can run long where it is once the time is up: scoring, the proximity clauses of an examiner query,
 * the nearest-neighbour search and snippets (see the embedded engine,
 * {@link org.priorart.engine.lucene.LuceneEngine}, for how). A search stopped so fails with
 * {@link SearchTimeoutException}. The command line and batch
 * evaluation set no deadline ({@link #NONE}): there a search runs to its end.
 */
public final class SearchDeadline implements Deadline {

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
    @Override
    public boolean isSet() {
        return allowed != null;
    }

    /** Whether the deadline has passed. */
    @Override
    public boolean passed() {
        return allowed != null && System.nanoTime() - nanos >= 0;
    }

    @Override
    public SearchTimeoutException exceeded() {
        return new SearchTimeoutException("the search ran past its deadline of "
                + (allowed == null ? "?" : allowed.toMillis() + " ms") + " and was stopped");
    }
}
