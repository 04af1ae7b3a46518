package org.priorart.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * Search latency per mode (p50, p95) on an embedded index, the query-embedding time alone, and the
 * recall@10 of the HNSW graph (int8-quantized) against exact search over the float vectors, at the
 * level of patents (each scored by its best passage).
 */
public final class SearchBenchmark {

    private final PrintWriter out;

    public SearchBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(PatentIndex index, SearchService search, VectorModels models, List<String> queries) throws IOException {
        out.printf("%nSearch latency over %d queries on %s (%,d patents), 10 hits with snippets%n", queries.size(),
                index.path(), index.patentCount());
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
        out.flush();
    }

    private void recall(PatentIndex index, Embedder embedder, ModelSpec model, List<String> queries) throws IOException {
        String field = IndexFields.vectorField(model.name());
        IndexSearcher searcher = index.searchers().acquire();
        try {
            double sum = 0;
            for (String q : queries) {
                float[] v = embedder.embedQuery(q);
                TopDocs hnsw = searcher.search(new DiversifyingChildrenFloatKnnVectorQuery(field, v, null, 10, index.patentBits()), 10);
                Set<Integer> approx = new HashSet<>();
                for (ScoreDoc d : hnsw.scoreDocs) {
                    approx.add(parentOf(searcher, index, d.doc));
                }
                List<Integer> exact = exactTop(searcher, index, field, v, 10);
                int found = 0;
                for (int parent : exact) {
                    if (approx.contains(parent)) {
                        found++;
                    }
                }
                sum += exact.isEmpty() ? 1 : (double) found / exact.size();
            }
            out.printf("  HNSW recall@10 vs exact search: %.3f (goal >= 0.95)%n", sum / queries.size());
        } finally {
            index.searchers().release(searcher);
        }
    }

    private static int parentOf(IndexSearcher searcher, PatentIndex index, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        return index.patentBits().getBitSet(leaf).nextSetBit(doc - leaf.docBase) + leaf.docBase;
    }

    /** Brute force over every float vector: each patent's best passage, the best k patents. */
    private static List<Integer> exactTop(IndexSearcher searcher, PatentIndex index, String field, float[] q, int k)
            throws IOException {
        Map<Integer, Double> best = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            BitSet parents = index.patentBits().getBitSet(leaf);
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                float[] v = values.vectorValue(it.index());
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * q[i];
                }
                best.merge(parents.nextSetBit(doc) + leaf.docBase, dot, Math::max);
            }
        }
        List<Map.Entry<Integer, Double>> entries = new ArrayList<>(best.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return entries.stream().limit(k).map(Map.Entry::getKey).toList();
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
