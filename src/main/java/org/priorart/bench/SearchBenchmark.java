package org.priorart.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EngineView;
import org.priorart.engine.lucene.HnswRecall;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * Search latency per mode (p50, p95) on an embedded index, the query-embedding time alone, and the
 * recall@10 of the HNSW graph (int8-quantized) against exact search over the float vectors, at the
 * level of patents (each scored by its best passage). Then "find similar" in hybrid mode with all
 * ranking signals against the two text signals alone, on the same patents (issue 14's latency goal:
 * the signals cost at most +20% at p50).
 */
public final class SearchBenchmark {

    private final PrintWriter out;

    public SearchBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(LuceneEngine index, SearchService search, VectorModels models, List<String> queries) throws IOException {
        int patents;
        try (EngineView view = index.view()) {
            patents = view.patentCount();
        }
        out.printf("%nSearch latency over %d queries on %s (%,d patents), 10 hits with snippets%n", queries.size(),
                index.location(), patents);
        ModelSpec model = models.defaultModel();
        Embedder embedder = models.queryEmbedder(model); // the embedder searches use
        for (String q : queries.subList(0, Math.min(10, queries.size()))) { // warm-up: JIT, caches, ONNX session
            embedder.embedQuery(q);
            for (SearchMode mode : SearchMode.values()) {
                search.search(SearchRequest.of(q, 10).withMode(mode));
            }
        }
        double[] embed = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            embedder.embedQuery(queries.get(i));
            embed[i] = (System.nanoTime() - t) / 1e6;
        }
        out.printf("  %-28s %8s %8s%n", "", "p50 ms", "p95 ms");
        out.printf("  %-28s %8.1f %8.1f%n", "query embedding alone", percentile(embed, 50), percentile(embed, 95));
        Map<SearchMode, Double> p50 = new HashMap<>();
        for (SearchMode mode : SearchMode.values()) {
            double[] ms = new double[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                search.search(SearchRequest.of(queries.get(i), 10).withMode(mode));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            p50.put(mode, percentile(ms, 50));
            out.printf("  %-28s %8.1f %8.1f%n", mode.lowerName(), percentile(ms, 50), percentile(ms, 95));
        }
        out.printf("  hybrid p50 - embedding p50: %.1f ms (goal <= 10 ms)%n", p50.get(SearchMode.HYBRID) - percentile(embed, 50));
        recall(index, embedder, model, queries);
        SimilarLatencyBenchmark.Result similar = SimilarLatencyBenchmark.measure(search, queries);
        out.printf("%nFind similar, hybrid, 10 hits with snippets, %d indexed patents as queries (the first keyword hit of "
                + "each query), the two runs alternated%n", similar.patents());
        out.printf("  %-28s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "signals");
        out.printf("  %-28s %8.1f %8.1f %8d%n", "keyword + semantic", similar.two().p50(), similar.two().p95(),
                similar.twoSignals());
        out.printf("  %-28s %8.1f %8.1f %8d%n", "all signals (default)", similar.all().p50(), similar.all().p95(),
                similar.allSignals());
        out.printf("  all signals / two signals, p50: %.2fx (goal <= 1.2x)%n", similar.all().p50() / similar.two().p50());
        out.flush();
    }

    private void recall(LuceneEngine index, Embedder embedder, ModelSpec model, List<String> queries) throws IOException {
        List<float[]> vectors = new ArrayList<>(queries.size());
        for (String q : queries) {
            vectors.add(embedder.embedQuery(q));
        }
        out.printf("  HNSW recall@10 vs exact search: %.3f (goal >= 0.95)%n", HnswRecall.at10(index, model, vectors));
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
