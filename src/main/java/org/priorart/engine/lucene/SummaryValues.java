package org.priorart.engine.lucene;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.PatentSummaryJson;

/**
 * A patent's summary kept as a binary doc value ({@link IndexFields#SUMMARY}, the JSON of
 * {@link PatentSummaryJson}, as the cluster stores it). The patent signals read the summaries of every
 * candidate of a "find similar" (a thousand or two); from the stored document each cost a
 * decompression of the whole document (for full texts about half a millisecond), from the doc value
 * a few microseconds. A patent written before this field existed has none, and its summary is read
 * from the stored document as before, until the patent is written again (changed, re-embedded, or
 * indexed anew).
 */
final class SummaryValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryValues() {
    }

    /** The doc value of a patent, from its canonical JSON with its analysis language set. */
    static BytesRef encode(ObjectNode canonical) {
        return new BytesRef(PatentSummaryJson.of(canonical).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The summaries of patents by doc id, in the order given; null where a patent has no summary doc
     * value (written by an older PriorArt) or the id is negative.
     */
    static PatentSummary[] read(IndexSearcher searcher, int[] docs, String[] keys) throws IOException {
        PatentSummary[] out = new PatentSummary[docs.length];
        DocOrder.visit(searcher, docs, new DocOrder.Visitor() {
            private BinaryDocValues values;

            @Override
            public void leaf(LeafReaderContext leaf) throws IOException {
                values = leaf.reader().getBinaryDocValues(IndexFields.SUMMARY);
            }

            @Override
            public void doc(int place, int local) throws IOException {
                if (values != null && values.advanceExact(local)) {
                    BytesRef b = values.binaryValue();
                    out[place] = PatentSummaryJson.read(keys[place], JSON.readTree(b.bytes, b.offset, b.length));
                }
            }
        });
        return out;
    }
}
