package org.priorart.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A client's requests run a share of the workers at a time; the others' go by them. */
class TestFairShare {

    @Test
    void aClientsBurstRunsItsShareAtATimeAndOthersGoFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            FairShare fair = new FairShare(pool, 2);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<CompletableFuture<Void>> burst = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                burst.add(fair.run("key heavy", () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                }));
            }
            // The burst's share starts (its tasks reach their workers when the scheduler lets them) ...
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (running.get() < 2 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(2, running.get(), "the burst's share runs");
            // ... six workers are free, but the burst has its two: another client's request runs at once.
            fair.run("key other", () -> { }).get(5, TimeUnit.SECONDS);
            assertEquals(2, running.get(), "the burst still runs only its share");
            release.countDown();
            for (CompletableFuture<Void> f : burst) {
                f.get(5, TimeUnit.SECONDS);
            }
            assertEquals(2, most.get(), "at most the client's share ran at once");
            // Requests of no known client (public routes) are not held back.
            assertEquals(null, fair.run(null, () -> { }).get(5, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullPoolFailsTheRequestAndTheLineMovesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            FairShare fair = new FairShare(pool, 4);
            CompletableFuture<Void> first = fair.run("a", () -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<Void> queued = fair.run("a", () -> { });
            CompletableFuture<Void> refused = fair.run("b", () -> { });
            ExecutionException e = assertThrows(ExecutionException.class, () -> refused.get(5, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof RejectedExecutionException);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            queued.get(5, TimeUnit.SECONDS);
            assertEquals(null, fair.run("b", () -> { }).get(5, TimeUnit.SECONDS), "b's line is free again");
        } finally {
            pool.shutdownNow();
        }
    }
}
