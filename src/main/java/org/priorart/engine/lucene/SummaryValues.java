package org.priorart.engine.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.priorart.engine.PatentSummary;

/**
 * A patent's summary kept as a binary doc value ({@link IndexFields#SUMMARY}): the fields of its
 * metadata that a {@link PatentSummary} reads (cited numbers as plain strings), and its first title, as a
 * small JSON object. The
 * patent signals read the summaries of every candidate of a "find similar" (a thousand or two);
 * from the stored document each cost a decompression of the whole document (for full texts about
 * half a millisecond), from the doc value a few microseconds. A patent written before this field
 * existed has none, and its summary is read from the stored document as before.
 */
final class SummaryValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The metadata fields a summary reads (see {@link StoredHits#summary}). */
    private static final List<String> FIELDS = List.of("publication_number", "publication_date", "filing_date",
            "priority_date", "family_id", "language", "cpc", "ipc", "applicants", "inventors");
    private static final String TITLE = "title";

    private SummaryValues() {
    }

    /** The doc value of a patent: its metadata's summary fields, its cited numbers and its first title. */
    static BytesRef encode(ObjectNode meta, String title) {
        ObjectNode o = JSON.createObjectNode();
        for (String f : FIELDS) {
            JsonNode v = meta.get(f);
            if (v != null && !v.isNull()) {
                o.set(f, v);
            }
        }
        ArrayNode cited = o.putArray("citations"); // the numbers alone, not objects: a patent cites tens
        for (JsonNode c : meta.path("citations")) {
            JsonNode number = c.get("number");
            if (number != null && !number.isNull()) {
                cited.add(number);
            }
        }
        if (title != null) {
            o.put(TITLE, title);
        }
        return new BytesRef(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The summaries of patents by doc id, in the order given; null where a patent has no summary doc
     * value (written by an older PriorArt) or the id is negative.
     */
    static PatentSummary[] read(IndexSearcher searcher, int[] docs, String[] keys) throws IOException {
        PatentSummary[] out = new PatentSummary[docs.length];
        // Doc values iterate forward only: visit the docs in id order, each with its place.
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
        BinaryDocValues values = null;
        for (long packed : order) {
            int i = (int) packed;
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            if (l != leaf) {
                leaf = l;
                values = l.reader().getBinaryDocValues(IndexFields.SUMMARY);
            }
            if (values != null && values.advanceExact(docs[i] - leaf.docBase)) {
                BytesRef b = values.binaryValue();
                JsonNode o = JSON.readTree(b.bytes, b.offset, b.length);
                out[i] = StoredHits.summary(keys[i], o.path(TITLE).asText(null), o);
            }
        }
        return out;
    }
}
