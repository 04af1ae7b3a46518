package org.priorart.bench;

import java.io.PrintWriter;
import java.util.List;

/** Prints the latency benchmark's figures of one query set: milliseconds, p50 / p95 / mean, and the ratios. */
final class LatencyTable {

    private final PrintWriter out;
    private final boolean openSearch;

    LatencyTable(PrintWriter out, boolean openSearch) {
        this.out = out;
        this.openSearch = openSearch;
    }

    void print(QuerySet set, LatencyBenchmark.Embeddings embeddings, List<LatencyBenchmark.Row> rows, String loadBefore,
               String loadAfter) {
        out.printf("%nSet %s: %d queries from %s, %.0f characters%s on average (load average %s before, %s after)%n",
                set.name(), set.texts().size(), set.source(), set.meanChars(),
                embeddings == null ? "" : String.format(" and %.0f tokens", embeddings.meanTokens()), loadBefore, loadAfter);
        header();
        for (LatencyBenchmark.Row r : rows) {
            row(r.mode().lowerName(), r.depth().label(), r.priorArt(), r.openSearch(), r.overlap(), r.tookMean());
        }
        if (rows.stream().anyMatch(r -> r.priorArtSearchOnly() != null)) {
            out.println("  without the query embedding (PriorArt: its search minus its own embedding of the query"
                    + (openSearch ? "; OpenSearch: its request alone)" : ")"));
            for (LatencyBenchmark.Row r : rows) {
                if (r.priorArtSearchOnly() != null) {
                    row(r.mode().lowerName(), r.depth().label(), r.priorArtSearchOnly(), r.openSearchSearchOnly(), Double.NaN,
                            Double.NaN);
                }
            }
        }
        if (rows.stream().anyMatch(r -> r.priorArtCpu() != null)) {
            out.println("  PriorArt's CPU time (ms) of a keyword ranking: the searching thread does all of it, so a loaded machine"
                    + " changes this little");
            for (LatencyBenchmark.Row r : rows) {
                if (r.priorArtCpu() != null) {
                    out.printf("  %-9s %-14s %6.1f %7.1f %7.1f%n", r.mode().lowerName(), r.depth().label(), r.priorArtCpu().p50(),
                            r.priorArtCpu().p95(), r.priorArtCpu().mean());
                }
            }
        }
        if (embeddings != null) {
            embeddingRows(embeddings);
        }
        out.flush();
    }

    private void header() {
        if (openSearch) {
            out.printf("  %-9s %-14s %22s   %22s   %14s  %8s  %7s%n", "", "", "PriorArt (ms)", "OpenSearch (ms)",
                    "PriorArt/OS", "top-10", "OS took");
            out.printf("  %-9s %-14s %6s %7s %7s   %6s %7s %7s   %6s %7s  %8s  %7s%n", "mode", "hits", "p50", "p95", "mean",
                    "p50", "p95", "mean", "p50", "mean", "overlap", "mean");
        } else {
            out.printf("  %-9s %-14s %22s%n", "", "", "PriorArt (ms)");
            out.printf("  %-9s %-14s %6s %7s %7s%n", "mode", "hits", "p50", "p95", "mean");
        }
    }

    private void row(String mode, String hits, Latency pa, Latency os, double overlap, double took) {
        if (!openSearch || os == null) {
            out.printf("  %-9s %-14s %6.1f %7.1f %7.1f%n", mode, hits, pa.p50(), pa.p95(), pa.mean());
            return;
        }
        out.printf("  %-9s %-14s %6.1f %7.1f %7.1f   %6.1f %7.1f %7.1f   %5.2fx %6.2fx  %8s  %7s%n", mode, hits,
                pa.p50(), pa.p95(), pa.mean(), os.p50(), os.p95(), os.mean(), pa.p50() / os.p50(), pa.mean() / os.mean(),
                Double.isNaN(overlap) ? "" : String.format("%.2f", overlap), Double.isNaN(took) ? "" : String.format("%.1f", took));
    }

    private void embeddingRows(LatencyBenchmark.Embeddings e) {
        Latency priorArt = Latency.of(e.priorArt());
        Latency two = Latency.of(e.twoThreads());
        Latency bare1 = Latency.of(e.bare1());
        Latency bare2 = Latency.of(e.bare2());
        out.printf("  %-52s %6s %7s %7s%n", "query embedding alone (ms)", "p50", "p95", "mean");
        embeddingRow("PriorArt's query embedder (inside its searches)", priorArt);
        embeddingRow("PriorArt Embedder, " + LatencyBenchmark.OPENSEARCH_EMBED_THREADS + " threads"
                + (openSearch ? " (added to OpenSearch)" : ""), two);
        embeddingRow("bare ONNX Runtime, 1 thread", bare1);
        embeddingRow("bare ONNX Runtime, " + LatencyBenchmark.OPENSEARCH_EMBED_THREADS + " threads", bare2);
        embeddingRow("  the same, PriorArt's session settings", Latency.of(e.bare2PriorArtSettings()));
        out.printf("  PriorArt's query embedding / bare ONNX Runtime on %d threads: %.2fx p50, %.2fx mean (goal <= 1.1x)%n",
                LatencyBenchmark.OPENSEARCH_EMBED_THREADS, priorArt.p50() / bare2.p50(), priorArt.mean() / bare2.mean());
    }

    private void embeddingRow(String what, Latency l) {
        out.printf("  %-52s %6.1f %7.1f %7.1f%n", what, l.p50(), l.p95(), l.mean());
    }
}
