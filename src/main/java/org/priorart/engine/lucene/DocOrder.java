package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Visits given doc ids in increasing order, leaf by leaf, each with its place in the caller's array:
 * doc values iterate forward only, so reading them for ids in ranking order means sorting first.
 * Negative ids (no document) are skipped.
 */
final class DocOrder {

    /** What is done at each leaf entered and each doc id in it. */
    interface Visitor {
        /** The walk enters this leaf (its doc ids follow). */
        void leaf(LeafReaderContext leaf) throws IOException;

        /** The doc id at {@code place} of the caller's array, {@code local} within the leaf last entered. */
        void doc(int place, int local) throws IOException;
    }

    private DocOrder() {
    }

    static void visit(IndexSearcher searcher, int[] docs, Visitor visitor) throws IOException {
        long[] order = new long[docs.length];
        int n = 0;
        for (int i = 0; i < docs.length; i++) {
            if (docs[i] >= 0) {
                order[n++] = ((long) docs[i] << 32) | i;
            }
        }
        order = Arrays.copyOf(order, n);
        Arrays.sort(order);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        for (long packed : order) {
            int i = (int) packed;
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            if (l != leaf) {
                leaf = l;
                visitor.leaf(l);
            }
            visitor.doc(i, docs[i] - leaf.docBase);
        }
    }
}
