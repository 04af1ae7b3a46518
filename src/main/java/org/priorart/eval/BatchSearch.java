package org.priorart.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Searches every topic in one mode, in parallel on a fixed pool of threads (the searcher is
 * thread-safe; each search holds its own index searcher), and times the batch and each search.
 * A topic that fails with a {@link TopicException} is recorded and the batch goes on; any other
 * failure (the index broke) stops the batch.
 */
public final class BatchSearch {

    private final TopicSearcher searcher;
    private final int threads;
    private final BatchProgress progress;

    public BatchSearch(TopicSearcher searcher, int threads, BatchProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.searcher = searcher;
        this.threads = threads;
        this.progress = progress;
    }

    /** Runs all topics in {@code mode}, {@code top} documents each. */
    public BatchResult run(List<Topic> topics, String mode, int top) throws IOException {
        searcher.checkMode(mode);
        record Outcome(List<RankedDoc> docs, String failure) {
        }
        AtomicLong searchNanos = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        progress.start(mode, topics.size());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "eval-search");
            t.setDaemon(true);
            return t;
        });
        List<Future<Outcome>> futures = new ArrayList<>(topics.size());
        try {
            for (Topic topic : topics) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        return new Outcome(searcher.search(topic, mode, top), null);
                    } catch (TopicException e) {
                        return new Outcome(null, e.getMessage());
                    } finally {
                        searchNanos.addAndGet(System.nanoTime() - t0);
                        progress.topicDone(done.incrementAndGet());
                    }
                }));
            }
            Map<String, List<RankedDoc>> rankings = new LinkedHashMap<>();
            Map<String, String> failures = new LinkedHashMap<>();
            for (int i = 0; i < topics.size(); i++) {
                Outcome outcome = await(futures.get(i));
                if (outcome.failure() != null) {
                    failures.put(topics.get(i).id(), outcome.failure());
                } else {
                    rankings.put(topics.get(i).id(), outcome.docs());
                }
            }
            long wall = System.nanoTime() - start;
            return new BatchResult(new Run(mode, rankings), failures, wall, searchNanos.get(), threads);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while searching", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }
}
