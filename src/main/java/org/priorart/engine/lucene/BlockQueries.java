package org.priorart.engine.lucene;

import java.util.Collection;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * The queries of the index's block structure, in one place: which documents are patents (the
 * parents of the blocks, for block join) and which passages, a patent by key or number, and the
 * embedding marks (which model's passages a patent's block holds).
 */
final class BlockQueries {

    private final Query patents = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT));
    private final Query passages = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE));
    private final BitSetProducer patentBits = new QueryBitSetProducer(patents);

    /** Every patent (not passage). */
    Query patents() {
        return patents;
    }

    /** Every passage. */
    Query passages() {
        return passages;
    }

    /** The parent (patent) documents of the blocks, for block join. */
    BitSetProducer patentBits() {
        return patentBits;
    }

    /** The query, restricted to patents. */
    Query patentsMatching(Query q) {
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.FILTER)
                .add(patents, BooleanClause.Occur.FILTER)
                .build();
    }

    /** The patent with exactly this key. */
    Query patentWithKey(String key) {
        return patentsMatching(new TermQuery(new Term(IndexFields.ID, key)));
    }

    /** Patents whose passages were embedded by one of these models. */
    Query embeddedWith(Collection<String> vectorIds) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        vectorIds.forEach(id -> any.add(new TermQuery(new Term(IndexFields.EMBEDDED_WITH, id)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(patents, BooleanClause.Occur.FILTER)
                .add(any.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Patents marked as embedded by one of these models that have passages to embed but none in their block. */
    Query markedWithoutPassages(Collection<String> vectorIds) {
        return new BooleanQuery.Builder()
                .add(embeddedWith(vectorIds), BooleanClause.Occur.FILTER)
                .add(NumericDocValuesField.newSlowRangeQuery(IndexFields.PASSAGE_COUNT, 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .add(new ToParentBlockJoinQuery(passages, patentBits, ScoreMode.None), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    /** Patents not yet embedded by any of these models: the embedding stage's work list. */
    BooleanQuery.Builder notEmbeddedWith(Collection<String> vectorIds) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(patents, BooleanClause.Occur.FILTER);
        vectorIds.forEach(id -> q.add(new TermQuery(new Term(IndexFields.EMBEDDED_WITH, id)), BooleanClause.Occur.MUST_NOT));
        return q;
    }
}
