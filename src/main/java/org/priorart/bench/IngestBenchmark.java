package org.priorart.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.lucene.bench.BareLuceneLoop;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.InputSource;

/**
 * Ingest throughput of PriorArt against a bare Lucene loop over the same input (JSONL, or EPO XML):
 * the loop parses each document (a JSONL line; an EP full text with the same EPO reader), builds a
 * document with the same text fields (an EP document's translations each in its language's chain),
 * analyzers, keywords and dates, and adds it; PriorArt's ingest adds format detection, content hashing, the replace-or-add
 * decision, stored metadata and periodic commits. Both run on one thread for the ratio (the same
 * work on the same core: PriorArt with 0 worker threads writes on its reading thread), and
 * PriorArt also with its default workers. The three runs alternate, three rounds, and each one's
 * fastest round counts (the first round also warms the JIT).
 */
public final class IngestBenchmark {

    private final PrintWriter out;

    public IngestBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(List<Path> inputs, int threads) throws IOException {
        for (Path input : inputs) {
            List<InputSource> sources = InputFiles.expand(List.of(input));
            out.printf("%nInput %s%n", input);
            double bare = Double.MAX_VALUE;
            double ours = Double.MAX_VALUE;
            double par = Double.MAX_VALUE;
            long docs = 0;
            long bytes = 0;
            for (int round = 0; round < 3; round++) {
                long[] bareDocs = new long[1];
                bare = Math.min(bare, BareLuceneLoop.time(sources, bareDocs));
                IngestSummary single = timeOurs(sources, 0);
                ours = Math.min(ours, single.elapsed().toNanos() / 1e9);
                par = Math.min(par, timeOurs(sources, threads).elapsed().toNanos() / 1e9);
                docs = single.read();
                bytes = single.inputBytes();
                if (bareDocs[0] != docs) {
                    throw new IllegalStateException("bare loop read " + bareDocs[0] + " documents, PriorArt " + docs);
                }
            }
            out.printf("  %-44s %8s %10s %8s%n", "", "seconds", "docs/s", "MB/s");
            row("bare Lucene loop (1 thread)", bare, docs, bytes);
            row("PriorArt ingest (1 thread)", ours, docs, bytes);
            row("PriorArt ingest (reader + " + threads + " writer thread" + (threads == 1 ? ")" : "s)"), par, docs, bytes);
            out.printf("  ratio PriorArt/bare, same single thread: %.2f (goal >= 0.8)%n", bare / ours);
            out.printf("  ratio PriorArt with writer threads/bare: %.2f%n", bare / par);
            out.flush();
        }
    }

    private void row(String label, double seconds, long docs, long bytes) {
        out.printf("  %-44s %8.2f %10.0f %8.2f%n", label, seconds, docs / seconds, bytes / 1e6 / seconds);
    }

    private static IngestSummary timeOurs(List<InputSource> sources, int threads) throws IOException {
        Path dir = Files.createTempDirectory("priorart-bench-ours");
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            return new Ingester(index, Optional.empty(), threads, IngestProgress.NONE).ingest(sources);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * A bulk EP file for the benchmark: the EP full texts under the given paths, each written
     * {@code copies} times under numbers of its own (a weekly file holds thousands of distinct
     * documents; the 33 samples alone are too few to time).
     */
    public static Path epBulk(List<Path> samples, int copies) throws IOException {
        Path bulk = Files.createTempFile("priorart-bench-ep", ".xml");
        List<Path> files = new java.util.ArrayList<>();
        for (InputSource s : InputFiles.expand(samples)) {
            files.add(Path.of(s.name()));
        }
        int number = 9_000_000;
        try (var out = Files.newBufferedWriter(bulk, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                for (Path f : files) {
                    String xml = Files.readString(f, StandardCharsets.UTF_8);
                    out.write(xml.replaceFirst("doc-number=\"\\d+\"", "doc-number=\"" + (number++) + "\""));
                    out.write('\n');
                }
            }
        }
        return bulk;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
