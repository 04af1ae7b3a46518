package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
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
        DocOrder.visit(searcher, docs, new DocOrder.Visitor() {
            private SortedDocValues values;
            private int docBase;

            @Override
            public void leaf(LeafReaderContext leaf) throws IOException {
                values = leaf.reader().getSortedDocValues(IndexFields.ID);
                docBase = leaf.docBase;
            }

            @Override
            public void doc(int place, int local) throws IOException {
                if (values != null && values.advanceExact(local)) {
                    keys[place] = values.lookupOrd(values.ordValue()).utf8ToString();
                } else {
                    keys[place] = searcher.storedFields().document(docBase + local, Set.of(IndexFields.ID)).get(IndexFields.ID);
                }
            }
        });
        return keys;
    }
}
