package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.priorart.engine.Coverage;

/**
 * Counts the semantic {@link Coverage} of one searcher's view: passages with a vector, patents
 * marked embedded, and the passages the patents have to embed (a doc value each patent carries,
 * summed over the live patents). The count walks every patent, and only a refresh changes it: it is
 * made once per view of the index.
 */
final class CoverageCounter {

    /** The last count and the view it was made in. */
    private record Counted(Object reader, Coverage coverage) {
    }

    private final BlockQueries blocks;
    private volatile Counted last;

    CoverageCounter(BlockQueries blocks) {
        this.blocks = blocks;
    }

    /** The vector ids to count for, read only when a count is made. */
    interface VectorIds {
        Collection<String> get() throws IOException;
    }

    /** The coverage in a searcher's view, for passages made by the models of these vector ids. */
    Coverage count(IndexSearcher searcher, VectorIds vectorIds) throws IOException {
        Counted counted = last;
        Object reader = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        if (counted != null && counted.reader() == reader) {
            return counted.coverage();
        }
        Coverage coverage = countNow(searcher, vectorIds.get());
        last = new Counted(reader, coverage);
        return coverage;
    }

    private Coverage countNow(IndexSearcher searcher, Collection<String> vectorIds) throws IOException {
        long embedded = searcher.count(blocks.passages());
        long patents = searcher.count(blocks.patents());
        long patentsEmbedded = searcher.count(blocks.embeddedWith(vectorIds));
        long expected = 0;
        Weight weight = searcher.createWeight(searcher.rewrite(blocks.patents()), ScoreMode.COMPLETE_NO_SCORES, 1f);
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
}
