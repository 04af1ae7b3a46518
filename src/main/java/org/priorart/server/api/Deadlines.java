package org.priorart.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.priorart.search.SearchDeadline;

/**
 * Runs the API's work off the HTTP threads, bounded in time and in number, and keeps slow clients
 * from holding the workers. A request goes through three stages:
 *
 * <ol>
 *   <li>Its body, if it has one, is read on a virtual thread ({@link Bodies#read}: at most the body
 *       limit, within the request timeout, no slower than the minimum data rate). A client that sends
 *       a byte a second holds its own connection and a virtual thread, nothing the others need.</li>
 *   <li>The work runs on a worker of a bounded pool, a client's share of them at a time
 *       ({@link FairShare}), under the request deadline: when it passes, the
 *       client gets a 503 {@code timeout} at once, and the searches the request runs stop where they
 *       are ({@link SearchDeadline}), so no search outlives its request. At most {@code maxConcurrent}
 *       requests run at once and 4x that wait; beyond, the answer is a 503 {@code overloaded} at once
 *       rather than an ever longer queue. A large answer takes its size from the
 *       {@link ResponseBudget} (else 503 {@code overloaded}).</li>
 *   <li>The answer is written on a virtual thread: a client that never reads it holds its answer's
 *       memory (counted in the budget) until Jetty gives up on it, never a worker.</li>
 * </ol>
 *
 * Searches never wait on each other otherwise: each runs on its own thread with its own searcher.
 */
public final class Deadlines implements AutoCloseable {

    /**
     * When the connection fails mid-request (the client went away), the exchange ends there: without
     * this, Jetty would answer 500 to nobody and log it, while the request's own answer is on its way.
     */
    private static final AsyncListener ENDS_ON_ERROR = new AsyncListener() {
        @Override
        public void onError(AsyncEvent event) {
            event.getAsyncContext().complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    };

    private final ExecutorService pool;
    private final FairShare fair;
    private final Function<Context, String> clientOf;
    private final ExecutorService io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("priorart-io-", 0).factory());
    private final Duration timeout;
    private final long maxBodyBytes;
    private final ResponseBudget budget;

    /**
     * @param maxBodyBytes     the largest request body
     * @param budget           the bound on large answers in flight
     * @param workersPerClient requests of one client running at once
     * @param clientOf         who sent a request (null: no one known, as on the public routes)
     */
    public Deadlines(int maxConcurrent, Duration timeout, long maxBodyBytes, ResponseBudget budget, int workersPerClient,
                     Function<Context, String> clientOf) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4 * maxConcurrent), r -> {
                    Thread t = new Thread(r, "priorart-api-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
        this.fair = new FairShare(executor, workersPerClient);
        this.clientOf = clientOf;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.budget = budget;
    }

    /** The request timeout. */
    public Duration timeout() {
        return timeout;
    }

    /** The handler, its body read first, run on the pool under the request deadline, its answer written apart. */
    public Handler bounded(Handler handler) {
        return ctx -> {
            SearchDeadline deadline = SearchDeadline.after(timeout); // from arrival, as the timeout below
            boolean body = Bodies.expected(ctx);
            String client = clientOf.apply(ctx);
            ctx.future(() -> {
                AsyncContext async = ctx.req().getAsyncContext();
                async.setTimeout(0); // the deadline below rules, not the servlet container's
                async.addListener(ENDS_ON_ERROR);
                CompletableFuture<Void> read = body
                        ? CompletableFuture.runAsync(() -> Bodies.read(ctx, maxBodyBytes, timeout), io)
                        : CompletableFuture.completedFuture(null);
                return read.thenCompose(v -> work(ctx, client, deadline, handler)).whenCompleteAsync((v, e) -> { }, io);
            });
        };
    }

    private CompletableFuture<Void> work(Context ctx, String client, SearchDeadline deadline, Handler handler) {
        return fair.run(client, () -> {
            try {
                deadline.run(() -> handler.handle(ctx));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
            budget.bound(ctx);
        }).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionally(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof TimeoutException)) {
                throw e instanceof CompletionException completion ? completion : new CompletionException(e);
            }
            ErrorMapper.write(ctx, ApiException.unavailable("timeout",
                    "the request took longer than " + timeout.toSeconds() + " s; narrow it, or retry later", 1));
            return null;
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
        io.shutdownNow();
    }
}
