package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.priorart.embed.ModelSpec;

/**
 * The recall@10 of the embedded engine's HNSW graph (int8-quantized) against exact search over the
 * float vectors, at the level of patents (each scored by its best passage): what the search
 * benchmark reports about the approximation.
 */
public final class HnswRecall {

    private HnswRecall() {
    }

    /** The mean recall@10 over the query vectors (1 for a query with no exact neighbour). */
    public static double at10(LuceneEngine engine, ModelSpec model, List<float[]> queries) throws IOException {
        String field = IndexFields.vectorField(model.name());
        BlockQueries blocks = engine.blocks();
        IndexSearcher searcher = engine.searchers().acquire();
        try {
            double sum = 0;
            for (float[] v : queries) {
                TopDocs hnsw = searcher.search(new DiversifyingChildrenFloatKnnVectorQuery(field, v, null, 10, blocks.patentBits()), 10);
                Set<Integer> approx = new HashSet<>();
                for (ScoreDoc d : hnsw.scoreDocs) {
                    approx.add(parentOf(searcher, blocks, d.doc));
                }
                List<Integer> exact = exactTop(searcher, blocks, field, v, 10);
                int found = 0;
                for (int parent : exact) {
                    if (approx.contains(parent)) {
                        found++;
                    }
                }
                sum += exact.isEmpty() ? 1 : (double) found / exact.size();
            }
            return sum / queries.size();
        } finally {
            engine.searchers().release(searcher);
        }
    }

    private static int parentOf(IndexSearcher searcher, BlockQueries blocks, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return blocks.patentBits().getBitSet(leaf).nextSetBit(doc - leaf.docBase) + leaf.docBase;
    }

    /** Brute force over every float vector: each patent's best passage, the best k patents. */
    private static List<Integer> exactTop(IndexSearcher searcher, BlockQueries blocks, String field, float[] q, int k)
            throws IOException {
        Map<Integer, Double> best = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            if (values == null) {
                continue;
            }
            BitSet parents = blocks.patentBits().getBitSet(leaf);
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
}
