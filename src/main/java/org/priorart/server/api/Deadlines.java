package org.priorart.server.api;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.priorart.search.SearchDeadline;

/**
 * Runs the API's work off the HTTP threads, bounded in time and in number. Each request gets a
 * deadline: when it passes, the client gets a 503 {@code timeout} at once, and the searches the
 * request runs stop where they are ({@link SearchDeadline}), so no search outlives its request. At most
 * {@code maxConcurrent} requests run at once and 4x that wait; beyond, the answer is a 503
 * {@code overloaded} at once rather than an ever longer queue. Searches never wait on each other
 * otherwise: each runs on its own thread with its own searcher.
 */
public final class Deadlines implements AutoCloseable {

    private final ExecutorService pool;
    private final Duration timeout;

    public Deadlines(int maxConcurrent, Duration timeout) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * maxConcurrent), r -> {
                    Thread t = new Thread(r, "priorart-api-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
        this.timeout = timeout;
    }

    /** The request timeout. */
    public Duration timeout() {
        return timeout;
    }

    /** The handler, run on the pool under the request deadline. */
    public Handler bounded(Handler handler) {
        return ctx -> {
            SearchDeadline deadline = SearchDeadline.after(timeout); // from arrival, as the timeout below
            ctx.async(task -> {
                task.executor = pool;
                task.timeout = timeout.toMillis();
                task.onTimeout(c -> ErrorMapper.write(c, ApiException.unavailable("timeout",
                        "the request took longer than " + timeout.toSeconds() + " s; narrow it, or retry later", 1)));
            }, () -> deadline.run(() -> handler.handle(ctx)));
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
