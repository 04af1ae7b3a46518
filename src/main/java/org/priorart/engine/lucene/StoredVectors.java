package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSet;

/**
 * Reads the stored passage vectors of given patents: a patent's passages are the documents of its
 * block before it (block join's layout), each with the model's vector field. The vectors read are
 * the full-precision floats the format keeps beside its quantized copy.
 */
final class StoredVectors {

    private StoredVectors() {
    }

    /** A patent's doc id by key, or -1: the view knows those of the patents it ranked without a search. */
    interface DocIds {
        int of(String key) throws IOException;
    }

    static Map<String, List<float[]>> read(IndexSearcher searcher, BlockQueries blocks, List<String> keys, String field,
                                           DocIds docIds) throws IOException {
        Map<String, List<float[]>> out = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (String key : keys) {
            int doc = docIds.of(key);
            if (doc < 0) {
                continue;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
            BitSet patents = blocks.patentBits().getBitSet(leaf);
            if (values == null || patents == null) {
                continue;
            }
            int parent = doc - leaf.docBase;
            int first = parent == 0 ? 0 : patents.prevSetBit(parent - 1) + 1;
            List<float[]> vectors = new ArrayList<>();
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int d = it.advance(first); d < parent; d = it.nextDoc()) {
                vectors.add(values.vectorValue(it.index()).clone());
            }
            if (!vectors.isEmpty()) {
                out.put(key, vectors);
            }
        }
        return out;
    }
}
