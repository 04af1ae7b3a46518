package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.priorart.engine.SearchFilters;

/**
 * The nearest-neighbour ranking: the nearest passages are found in the model's HNSW graph with
 * block join diversification, so the k results are k different patents, each scored by its best
 * passage. Filters run inside the graph search (Lucene switches to exact search when the filter is
 * very selective), so a filter that excludes all nearest neighbours still gives k valid hits.
 */
final class NearestRanker {

    /**
     * The nearest patents: their doc ids, the cosine of their best passage, and that passage's doc id.
     *
     * @param total the number of passages the search visited as Lucene counts them
     */
    record Nearest(int[] patents, double[] cosines, int[] passages, long total) {
    }

    private NearestRanker() {
    }

    /**
     * @param patentQuery a query the patents must match (its passages are searched), or null
     */
    static Nearest rank(IndexSearcher searcher, BlockQueries blocks, String vectorField, float[] vector,
                        SearchFilters filters, Query patentQuery, int k) throws IOException {
        BooleanQuery.Builder passages = new BooleanQuery.Builder().add(blocks.passages(), BooleanClause.Occur.FILTER);
        FilterQueries.addTo(filters, passages);
        if (patentQuery != null) {
            // The query's words are in the patent's fields, not the passages': join down to the passages.
            passages.add(new ToChildBlockJoinQuery(blocks.patentsMatching(patentQuery), blocks.patentBits()),
                    BooleanClause.Occur.FILTER);
        }
        BooleanQuery filter = passages.build();
        // Only passages have vectors: without other clauses the passage filter selects every document
        // the graph holds, and only costs (the filtered search reads it into a bit set per segment:
        // 1.7x slower at k 100, same neighbours; docs/performance-notes.md, 3.3).
        DiversifyingChildrenFloatKnnVectorQuery knn = new DiversifyingChildrenFloatKnnVectorQuery(
                vectorField, vector, filter.clauses().size() == 1 ? null : filter, k, blocks.patentBits());
        TopDocs top = searcher.search(knn, k);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int n = top.scoreDocs.length;
        int[] parents = new int[n];
        double[] cosines = new double[n];
        int[] passageDocs = new int[n];
        for (int i = 0; i < n; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BitSet patents = blocks.patentBits().getBitSet(leaf);
            parents[i] = patents.nextSetBit(hit.doc - leaf.docBase) + leaf.docBase;
            // DOT_PRODUCT scores are (1 + cos) / 2 for unit vectors: report the cosine.
            cosines[i] = 2.0 * hit.score - 1.0;
            passageDocs[i] = hit.doc;
        }
        return new Nearest(parents, cosines, passageDocs, top.totalHits.value());
    }
}
