package org.priorart.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.Bits;

/**
 * The semantic coverage of an index: of the passages its patents have to embed, how many are.
 *
 * @param passagesEmbedded  passage documents with a vector
 * @param passagesExpected  passages the patents have (by the passage rules at ingest)
 * @param patentsEmbedded   patents whose block holds their passages
 * @param patents           all patents
 */
public record Coverage(long passagesEmbedded, long passagesExpected, long patentsEmbedded, long patents) {

    /** The share of passages embedded, 0..1 (1 for an empty index: nothing is missing). */
    public double share() {
        return passagesExpected == 0 ? (patents == 0 ? 1.0 : (double) patentsEmbedded / patents)
                : Math.min(1.0, (double) passagesEmbedded / passagesExpected);
    }

    public boolean complete() {
        return patentsEmbedded >= patents;
    }

    /** Counts over one searcher's view of the index, for passages made by the models of these vector ids. */
    public static Coverage of(IndexSearcher searcher, Collection<String> vectorIds) throws IOException {
        long embedded = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
        TermQuery patentsQuery = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT));
        long patents = searcher.count(patentsQuery);
        long patentsEmbedded = searcher.count(embeddedWith(vectorIds));
        long expected = 0;
        Weight weight = searcher.createWeight(searcher.rewrite(patentsQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues counts = leaf.reader().getNumericDocValues(IndexFields.PASSAGE_COUNT);
            Scorer scorer = weight.scorer(leaf);
            if (counts == null || scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && counts.advanceExact(doc)) {
                    expected += counts.longValue();
                }
            }
        }
        return new Coverage(embedded, expected, patentsEmbedded, patents);
    }

    /** Patents whose passages were embedded by one of these models. */
    static Query embeddedWith(Collection<String> vectorIds) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        vectorIds.forEach(id -> any.add(new TermQuery(new Term(IndexFields.EMBEDDED_WITH, id)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * Patents marked as embedded by one of these models that have passages to embed but none in
     * their block: marks that do not tell the truth (see {@link EmbeddingStage#claimIndex}).
     */
    static Query markedWithoutPassages(Collection<String> vectorIds, BitSetProducer patents) {
        return new BooleanQuery.Builder()
                .add(embeddedWith(vectorIds), BooleanClause.Occur.FILTER)
                .add(NumericDocValuesField.newSlowRangeQuery(IndexFields.PASSAGE_COUNT, 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .add(new ToParentBlockJoinQuery(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)),
                        patents, org.apache.lucene.search.join.ScoreMode.None), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Patents not yet embedded by any of these models: the embedding stage's work list. */
    static Query notEmbeddedWith(Collection<String> vectorIds) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER);
        vectorIds.forEach(id -> q.add(new TermQuery(new Term(IndexFields.EMBEDDED_WITH, id)), BooleanClause.Occur.MUST_NOT));
        return q.build();
    }
}
