package org.priorart.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.priorart.config.ClusterSettings;
import org.priorart.config.ClusterWork;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.opensearch.ClusterEngine;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/**
 * The cluster's write side against the embedded engine on the same input, in one run: ingest
 * docs/s into the embedded index, into the cluster through {@code _bulk}, and into the cluster one
 * document per request (batches of one, the write path before batching); then embedding passages/s
 * with one worker (all cores to ONNX Runtime) and with two workers at once (the cores split between
 * them), each on a fresh index so that no vector comes from the cache. Every index it makes is
 * named {@code bulk-bench-...} and deleted afterwards.
 */
public final class ClusterBenchmark {

    private final PrintWriter out;

    public ClusterBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * @param input    a JSONL(.gz) file of patents
     * @param docs     how many of its documents to ingest
     * @param patents  how many of them to embed (one passage each for abstracts-only patents)
     * @param threads  ingest writer threads, the same for both engines
     * @param cores    ONNX Runtime threads in all: one worker gets them all, two get half each
     */
    public void run(ClusterSettings cluster, Path modelsDir, Path input, int docs, int patents, int threads, int cores)
            throws Exception {
        Path slice = firstLines(input, Math.max(docs, patents));
        try {
            Path ingestFile = firstLines(slice, docs);
            out.printf("%nLoad average (1, 5, 15 min): %s%n", LoadAverage.read());
            out.printf("%nIngest: the first %,d documents of %s, reader + %d writer thread%s, cores %d%n", docs, input,
                    threads, threads == 1 ? "" : "s", Runtime.getRuntime().availableProcessors());
            out.printf("  %-48s %8s %10s %8s%n", "", "seconds", "docs/s", "skipped");
            IngestSummary embedded = ingestEmbedded(ingestFile, threads);
            row("embedded (Lucene)", embedded);
            IngestSummary bulk = ingestCluster(cluster, ingestFile, threads, ClusterWork.DEFAULT);
            row("cluster, _bulk (" + ClusterWork.DEFAULT.bulkDocs() + " docs / "
                    + (ClusterWork.DEFAULT.bulkBytes() >> 20) + " MB a batch)", bulk);
            IngestSummary single = ingestCluster(cluster, ingestFile, threads, ClusterWork.DEFAULT.withBulk(1, 1));
            row("cluster, one document per request", single);
            out.printf("  ratio cluster _bulk / embedded: %.2f; _bulk / one per request: %.2f%n",
                    rate(bulk) / rate(embedded), rate(bulk) / rate(single));
            out.flush();

            Path embedFile = firstLines(slice, patents);
            out.printf("%nEmbedding workers: %,d patents of %s, %d ONNX Runtime threads in all, each run on a fresh index "
                    + "(no vector from the cache)%n", patents, input, cores);
            out.printf("  %-48s %8s %12s  %s%n", "", "seconds", "passages/s", "patents per worker");
            double one = embedWorkers(cluster, modelsDir, embedFile, 1, cores);
            double oneThread = embedWorkers(cluster, modelsDir, embedFile, 1, 1);
            double two = embedWorkers(cluster, modelsDir, embedFile, 2, cores);
            out.printf("  ratio 2 workers / 1 worker with all %d threads: %.2f; / 1 worker with 1 thread: %.2f%n", cores,
                    two / one, two / oneThread);
            out.printf("  (on one machine the workers share its cores: a second worker gains what a second machine "
                    + "brings; load average now %s)%n", LoadAverage.read());
            out.flush();
        } finally {
            Files.deleteIfExists(slice);
        }
    }

    private void row(String label, IngestSummary s) {
        out.printf("  %-48s %8.2f %10.1f %8d%n", label, s.elapsed().toNanos() / 1e9, rate(s), s.skipped());
    }

    private static double rate(IngestSummary s) {
        return s.read() / Math.max(1e-9, s.elapsed().toNanos() / 1e9);
    }

    private static IngestSummary ingestEmbedded(Path file, int threads) throws IOException {
        Path dir = Files.createTempDirectory("priorart-bench-cluster");
        try (LuceneEngine engine = LuceneEngine.openWritable(dir)) {
            return new Ingester(engine, Optional.empty(), threads, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        } finally {
            deleteTree(dir);
        }
    }

    private static IngestSummary ingestCluster(ClusterSettings cluster, Path file, int threads, ClusterWork work)
            throws IOException {
        ClusterSettings fresh = fresh(cluster);
        try (ClusterEngine engine = ClusterEngine.openWritable(fresh, work)) {
            return new Ingester(engine, Optional.empty(), threads, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        } finally {
            drop(fresh);
        }
    }

    /** Ingests the patents into a fresh index, embeds them with {@code workers} workers at once; passages/s. */
    private double embedWorkers(ClusterSettings cluster, Path modelsDir, Path file, int workers, int cores) throws Exception {
        ClusterSettings fresh = fresh(cluster);
        List<ClusterEngine> engines = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (VectorModels models = new VectorModels(ModelManifest.load(modelsDir), null, Math.max(1, cores / workers))) {
            try (ClusterEngine loader = ClusterEngine.openWritable(fresh)) {
                new Ingester(loader, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
            }
            List<EmbeddingStage> stages = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                ClusterEngine e = ClusterEngine.openWritable(fresh);
                engines.add(e);
                stages.add(new EmbeddingStage(e, models, EmbeddingProgress.NONE, "bench-" + (w + 1),
                        ClusterWork.DEFAULT.lease()));
            }
            stages.get(0).claimIndex(false);
            models.embedder(models.defaultModel()).embedPassages(List.of("warm up the model")); // not timed
            long start = System.nanoTime();
            List<Future<EmbeddingStage.Summary>> runs = new ArrayList<>();
            for (EmbeddingStage s : stages) {
                runs.add(pool.submit(() -> s.run(new AtomicBoolean())));
            }
            long passages = 0;
            List<Long> perWorker = new ArrayList<>();
            for (Future<EmbeddingStage.Summary> r : runs) {
                EmbeddingStage.Summary s = r.get();
                passages += s.passages() - s.cacheHits();
                perWorker.add(s.patents());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int each = Math.max(1, cores / workers);
            String label = workers + " worker" + (workers == 1 ? ", " : "s, ") + each + " thread" + (each == 1 ? "" : "s")
                    + (workers == 1 ? "" : " each");
            out.printf("  %-48s %8.2f %12.1f  %s (sum %d)%n", label, seconds, passages / seconds, perWorker,
                    perWorker.stream().mapToLong(Long::longValue).sum());
            return passages / seconds;
        } finally {
            pool.shutdownNow();
            for (SearchEngine e : engines) {
                e.close();
            }
            drop(fresh);
        }
    }

    private static ClusterSettings fresh(ClusterSettings cluster) {
        return cluster.withIndex("bulk-bench-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static void drop(ClusterSettings settings) throws IOException {
        try (ClusterEngine e = ClusterEngine.openWritable(settings)) {
            e.dropIndices();
        }
    }

    /** The first {@code n} lines of a JSONL file (gzipped or not) in a temporary file. */
    private static Path firstLines(Path input, int n) throws IOException {
        Path file = Files.createTempFile("priorart-bench-cluster", ".jsonl");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(input)) : Files.newInputStream(input), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; i < n && (line = r.readLine()) != null; i++) {
                w.write(line);
                w.write('\n');
            }
        }
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
