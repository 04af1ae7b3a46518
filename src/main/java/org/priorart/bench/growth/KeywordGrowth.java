package org.priorart.bench.growth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.priorart.bench.Latency;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * The keyword side: every backend's index grows through the same sizes with the same generated
 * patents, and after each step answers the same queries, the backends alternating query by query
 * (which goes first alternates too) so that a change of load on a shared machine falls on both.
 */
final class KeywordGrowth {

    /** Depth of the ids-only ranking: what an evaluation ranks. */
    static final int IDS_DEPTH = 1000;
    /** A page of hits with snippets: what the API answers. */
    static final int PAGE = 10;

    private final PrintWriter out;
    private final PatentGenerator generator;
    private final Path work;
    private final int threads;
    private final int warmup;
    private final boolean ingester;

    private final GrowthSettings settings;

    KeywordGrowth(PrintWriter out, PatentGenerator generator, GrowthSettings settings) {
        this.settings = settings;
        this.ingester = settings.ingester();
        this.out = out;
        this.generator = generator;
        this.work = settings.work();
        this.threads = settings.threads();
        this.warmup = settings.warmup();
    }

    /** Grows every index through the sizes (ascending); one step per size and backend, printed as it ends. */
    List<KeywordStep> run(List<GrowingIndex> indices, List<Long> sizes, List<String> queries) throws IOException {
        List<KeywordStep> steps = new ArrayList<>();
        out.printf("  %-10s %10s %9s %9s %10s %8s | %-23s | %-23s%n", "backend", "patents", "seconds", "docs/s",
                "bytes/doc", "skipped", "10 + snippets p50/p95 ms", IDS_DEPTH + " ids p50/p95 ms");
        long done = 0;
        double secondsPerDoc = 0; // all backends together, with the searches, in the step before
        for (long size : sizes) {
            if (!settings.fits(secondsPerDoc * (size - done), String.format("the step to %,d patents", size), out)) {
                break;
            }
            long stepStart = System.nanoTime();
            Path chunk = work.resolve("growth-" + done + "-" + size + ".jsonl");
            generator.write(chunk, done, size);
            try {
                List<Long> refused = new ArrayList<>();
                List<Double> seconds = new ArrayList<>();
                for (long[] r : ingest(indices, chunk)) {
                    refused.add(r[0]);
                    seconds.add(r[1] / 1e9);
                }
                List<double[][]> times = time(indices, queries);
                for (int b = 0; b < indices.size(); b++) {
                    GrowingIndex index = indices.get(b);
                    KeywordStep step = new KeywordStep(index.name(), index.patents(), size - done, seconds.get(b), refused.get(b),
                            index.bytes(), Latency.of(times.get(b)[0]), Latency.of(times.get(b)[1]));
                    steps.add(step);
                    print(step);
                }
            } finally {
                Files.deleteIfExists(chunk);
            }
            secondsPerDoc = (System.nanoTime() - stepStart) / 1e9 / (size - done);
            done = size;
        }
        return steps;
    }

    /**
     * Adds the chunk to every index, one after the other, or all at once (each on a thread of its
     * own) when the settings say so; per index, the patents refused and the nanoseconds it took.
     */
    private List<long[]> ingest(List<GrowingIndex> indices, Path chunk) throws IOException {
        List<Callable<long[]>> jobs = new ArrayList<>();
        for (GrowingIndex index : indices) {
            jobs.add(() -> {
                long t = System.nanoTime();
                long refused = index.add(chunk, threads, ingester);
                return new long[] {refused, System.nanoTime() - t};
            });
        }
        List<long[]> out = new ArrayList<>();
        if (!settings.together()) {
            for (Callable<long[]> job : jobs) {
                try {
                    out.add(job.call());
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            for (Future<long[]> f : pool.invokeAll(jobs)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void print(KeywordStep s) {
        out.printf("  %-10s %,10d %9.1f %,9.0f %,10.0f %8d | %10.1f / %10.1f | %10.1f / %10.1f%n", s.backend(), s.docs(),
                s.seconds(), s.docsPerSecond(), s.bytesPerDoc(), s.skipped(), s.page().p50(), s.page().p95(), s.ids().p50(),
                s.ids().p95());
        out.flush();
    }

    /** Per backend, the times (ms) of each query: [0] a page with snippets, [1] ids only. */
    private List<double[][]> time(List<GrowingIndex> indices, List<String> queries) throws IOException {
        for (int w = 0; w < Math.min(warmup, queries.size()); w++) {
            for (GrowingIndex index : indices) {
                search(index.service(), queries.get(w), true);
                search(index.service(), queries.get(w), false);
            }
        }
        List<double[][]> times = new ArrayList<>();
        for (int b = 0; b < indices.size(); b++) {
            times.add(new double[2][queries.size()]);
        }
        for (int q = 0; q < queries.size(); q++) {
            for (int k = 0; k < indices.size(); k++) {
                int b = (q + k) % indices.size(); // who goes first alternates
                SearchService service = indices.get(b).service();
                times.get(b)[0][q] = search(service, queries.get(q), true);
                times.get(b)[1][q] = search(service, queries.get(q), false);
            }
        }
        return times;
    }

    /** One keyword search, its wall time in ms. */
    static double search(SearchService service, String text, boolean page) throws IOException {
        SearchRequest request = new SearchRequest(null, text, page ? PAGE : IDS_DEPTH, 0, SearchFilters.NONE, page,
                SearchMode.KEYWORD, null, false);
        long t = System.nanoTime();
        if (page) {
            service.search(request);
        } else {
            service.ranking(request);
        }
        return (System.nanoTime() - t) / 1e6;
    }
}
