package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * The keys of many patents at once, read from the doc values of the key field: a column read, where
 * loading each hit's stored document would decompress its stored text. Falls back to the stored
 * field in an index written before the key had doc values.
 */
final class DocKeys {

    private DocKeys() {
    }

    static String[] of(IndexSearcher searcher, int[] docs) throws IOException {
        String[] keys = new String[docs.length];
        // Doc values iterate forward only: visit the hits in doc id order (each doc id with its place).
        long[] order = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = ((long) docs[i] << 32) | i;
        }
        Arrays.sort(order);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (long packed : order) {
            int i = (int) packed;
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            if (l != leaf) {
                leaf = l;
                values = l.reader().getSortedDocValues(IndexFields.ID);
            }
            int local = docs[i] - leaf.docBase;
            if (values != null && values.advanceExact(local)) {
                keys[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            } else {
                keys[i] = searcher.storedFields().document(docs[i], java.util.Set.of(IndexFields.ID)).get(IndexFields.ID);
            }
        }
        return keys;
    }
}
