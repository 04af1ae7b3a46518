package org.priorart.bench.growth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.priorart.bench.Latency;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;
import org.priorart.engine.EngineView;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.lucene.HnswRecall;
import org.priorart.engine.lucene.IndexFields;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.lucene.bench.VectorFiles;
import org.priorart.index.ContentHash;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * The nearest-neighbour side on the embedded engine: patents of {@code perPatent} passages, each
 * passage a vector derived from a real one ({@link NoisyVectors}), written through the engine's own
 * write of an embedded patent (so the vectors go into the product's int8 HNSW format), in steps. After
 * each step the writer is closed (its merges finish), and a reader measures the vector files, the
 * latency of a nearest ranking of 10 through the engine's view, and recall@10 against exact search
 * ({@link HnswRecall}, the product's own measure). The query vectors are real passage vectors kept
 * out of the index.
 */
final class VectorGrowth {

    /** Generated vector patents are numbered from here, apart from the keyword side's. */
    static final long FIRST_NUMBER = 30_000_000L;
    /** Nearest patents per query. */
    static final int K = 10;

    private final PrintWriter out;
    private final ModelSpec model;
    private final NoisyVectors vectors;
    private final int perPatent;
    private final int warmup;
    private final GrowthSettings settings;

    VectorGrowth(PrintWriter out, ModelSpec model, NoisyVectors vectors, GrowthSettings settings) {
        this.settings = settings;
        int perPatent = settings.perPatent();
        int warmup = settings.warmup();
        this.out = out;
        this.model = model;
        this.vectors = vectors;
        this.perPatent = perPatent;
        this.warmup = warmup;
    }

    /** Grows one index under {@code parent} through the sizes (passages, ascending); deleted afterwards. */
    List<VectorStep> run(Path parent, List<Long> sizes, List<float[]> queries) throws IOException {
        Path dir = Files.createTempDirectory(parent, "growth-vectors-");
        List<VectorStep> steps = new ArrayList<>();
        out.printf("  %10s %9s %9s %10s %8s %11s %11s | %-21s %10s%n", "passages", "patents", "seconds", "vectors/s", "segments",
                "disk B/vec", "RAM B/vec", "kNN 10 p50/p95 ms", "recall@10");
        try {
            long patents = 0;
            double secondsPerVector = 0; // writing, measuring and the recall, in the step before
            for (long size : sizes) {
                if (!settings.fits(secondsPerVector * (size - patents * perPatent), String.format("the step to %,d passages", size), out)) {
                    break;
                }
                long stepStart = System.nanoTime();
                long target = (size + perPatent - 1) / perPatent;
                long t = System.nanoTime();
                try (LuceneEngine engine = LuceneEngine.openWritable(dir)) {
                    writeAll(engine, patents, target);
                } // close: flushes, waits for merges, commits
                double seconds = (System.nanoTime() - t) / 1e9;
                long added = (target - patents) * perPatent;
                patents = target;
                VectorFiles files = VectorFiles.of(dir, IndexFields.vectorField(model.name()));
                Latency knn;
                double recall;
                long counted;
                try (LuceneEngine engine = LuceneEngine.openReadOnly(dir)) {
                    try (EngineView view = engine.view()) {
                        counted = view.patentCount();
                    }
                    knn = Latency.of(time(engine, queries));
                    recall = HnswRecall.at10(engine, model, queries);
                }
                VectorStep step = new VectorStep(files.vectors(), counted, seconds, files.segments(), files.disk(), files.ram(),
                        knn, recall);
                steps.add(step);
                secondsPerVector = (System.nanoTime() - stepStart) / 1e9 / Math.max(1, added);
                out.printf("  %,10d %,9d %9.1f %,10.0f %8d %,11.0f %,11.0f | %9.2f / %9.2f %10.3f%n", step.passages(), step.patents(),
                        seconds, step.vectorsPerSecond(added), step.segments(), step.diskBytesPerVector(), step.ramBytesPerVector(),
                        knn.p50(), knn.p95(), recall);
                out.flush();
            }
            return steps;
        } finally {
            GrowingIndex.deleteTree(dir);
        }
    }

    /** Patents {@code from} to {@code to} (exclusive), spread over the settings' writer threads. */
    private void writeAll(LuceneEngine engine, long from, long to) throws IOException {
        int threads = Math.max(1, settings.threads());
        if (threads == 1) {
            for (long p = from; p < to; p++) {
                write(engine, p);
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Void>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long first = from + t;
                parts.add(pool.submit(() -> {
                    for (long p = first; p < to; p += threads) {
                        write(engine, p);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<Void> f : parts) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Patent {@code p} with its passages and their vectors, written as the embedding stage writes it. */
    private void write(LuceneEngine engine, long p) throws IOException {
        PatentDocument doc = PatentDocument.builder(PublicationNumber.parse("US" + (FIRST_NUMBER + p) + "B2"))
                .title("Generated patent " + p).language("en").build();
        List<Passage> passages = new ArrayList<>(perPatent);
        List<float[]> vs = new ArrayList<>(perPatent);
        for (int j = 0; j < perPatent; j++) {
            passages.add(new Passage(Passage.Kind.DESCRIPTION, j, "paragraph " + (j + 1), "passage " + (j + 1) + " of patent " + p));
            vs.add(vectors.vector(p * perPatent + j));
        }
        engine.writeIfUnchanged(new StoredPatent(doc, ContentHash.of(doc)), new PassageVectors(model, passages, vs),
                engine.writeSequence());
    }

    /** The wall time (ms) of a nearest ranking of 10 per query, each in a view of its own, after a warm-up. */
    private double[] time(LuceneEngine engine, List<float[]> queries) throws IOException {
        for (int w = 0; w < Math.min(warmup, queries.size()); w++) {
            nearest(engine, queries.get(w));
        }
        double[] ms = new double[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            long t = System.nanoTime();
            nearest(engine, queries.get(q));
            ms[q] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private void nearest(LuceneEngine engine, float[] query) throws IOException {
        try (EngineView view = engine.view()) {
            view.rankNearest(new NearestQuery(model, query, SearchFilters.NONE, null, K));
        } catch (org.priorart.query.QueryLimitException e) {
            throw new IllegalStateException("a nearest ranking without a query hit a query limit", e);
        }
    }
}
