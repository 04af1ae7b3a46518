package org.priorart.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.util.BitSet;
import org.priorart.analysis.LanguageDetector;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelException;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;

/**
 * The semantic ranking: the query is embedded with the model of its language, and the nearest
 * passages are found in that model's HNSW graph with block join diversification, so the k results
 * are k different patents, each scored by its best passage. Filters run inside the graph search
 * (Lucene switches to exact search when the filter is very selective), so a filter that excludes
 * all nearest neighbours still gives k valid hits.
 */
final class SemanticRanker {

    private final PatentIndex index;
    private final VectorModels models;

    SemanticRanker(PatentIndex index, VectorModels models) {
        this.index = index;
        this.models = models;
    }

    /** The model that embeds this query, after checking the index holds vectors of it. */
    ModelSpec modelFor(String query, List<String> indexVectorIds) {
        if (models == null) {
            throw new SemanticUnavailableException("semantic search is not configured (no embedding model loaded)");
        }
        ModelSpec model = models.forLanguage(LanguageDetector.detect(query).code());
        if (indexVectorIds.isEmpty()) {
            throw new SemanticUnavailableException("the index has no passage vectors yet: run './priorart embed' "
                    + "(or let 'serve' embed in the background)");
        }
        if (!indexVectorIds.contains(model.vectorId())) {
            throw new SemanticUnavailableException("the index's vectors were made by " + String.join(", ", indexVectorIds)
                    + ", not by the installed model " + model.vectorId() + "; vectors of two models are never mixed "
                    + "(re-embed with './priorart embed --reset', or use the model the index was embedded with)");
        }
        return model;
    }

    /** Embeds a query (timed by the caller). */
    float[] embed(ModelSpec model, String query) throws ModelException {
        Embedder embedder = models.queryEmbedder(model);
        return embedder.embedQuery(query);
    }

    /**
     * The nearest patents by best passage; each entry's score is the cosine similarity.
     *
     * @param patentQuery an examiner query the patents must match (its passages are searched), or null
     */
    Ranking rank(IndexSearcher searcher, ModelSpec model, float[] vector, SearchFilters filters, Query patentQuery, int k)
            throws IOException {
        BooleanQuery.Builder passages = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER);
        filters.addTo(passages);
        if (patentQuery != null) {
            // The query's words are in the patent's fields, not the passages': join down to the passages.
            Query patents = new BooleanQuery.Builder()
                    .add(patentQuery, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                    .build();
            passages.add(new ToChildBlockJoinQuery(patents, index.patentBits()), BooleanClause.Occur.FILTER);
        }
        DiversifyingChildrenFloatKnnVectorQuery knn = new DiversifyingChildrenFloatKnnVectorQuery(
                IndexFields.vectorField(model.name()), vector, passages.build(), k, index.patentBits());
        TopDocs top = searcher.search(knn, k);
        Ranking ranking = new Ranking();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BitSet patents = index.patentBits().getBitSet(leaf);
            int parent = patents.nextSetBit(hit.doc - leaf.docBase) + leaf.docBase;
            // DOT_PRODUCT scores are (1 + cos) / 2 for unit vectors: report the cosine.
            ranking.add(parent, 2.0 * hit.score - 1.0, hit.doc);
        }
        ranking.total(top.totalHits.value());
        return ranking;
    }
}
