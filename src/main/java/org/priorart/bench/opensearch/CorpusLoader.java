package org.priorart.bench.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;

/**
 * Loads the patents of a PriorArt index into an OpenSearch index, so both engines rank the same
 * corpus: one document per patent (id, title, abstract, claims and description paragraphs as
 * {@code text} with the {@code english} analyzer and offsets for the highlighter) with its passages
 * as nested objects whose {@code knn_vector} holds the very vectors PriorArt computed (read from the
 * PriorArt index: title + abstract and independent claims, as the embedding stage makes them). HNSW
 * on the {@code lucene} engine with PriorArt's graph parameters; inner product (PriorArt's vectors
 * are unit length). Bulk loaded, refreshed once at the end.
 *
 * <p>An index that exists is reused when it holds the same number of patents and passages (recorded
 * in its mapping's {@code _meta}); otherwise the caller is told to reload it.
 */
public final class CorpusLoader {

    /** PriorArt's HNSW graph (index.PatentCodec): Lucene's defaults. */
    private static final int HNSW_M = 16;
    private static final int HNSW_EF_CONSTRUCTION = 100;
    /** Bulk requests of about this many bytes: large enough to amortize, small enough for a 1 GB heap. */
    private static final int BULK_BYTES = 8 << 20;
    private static final Set<String> PATENT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.ABSTRACT,
            IndexFields.CLAIMS, IndexFields.DESCRIPTION);
    private static final Set<String> PASSAGE_FIELDS = Set.of(IndexFields.PASSAGE_LOCATION, IndexFields.PASSAGE_TEXT);

    /** How vectors are held in the HNSW graph: as floats, or scalar-quantized to 7 bits (OpenSearch's "sq"). */
    public enum Vectors {
        FLOAT, SQ
    }

    /** What the OpenSearch index holds. */
    public record Contents(long patents, long passages) {
    }

    private final OpenSearchClient client;
    private final String index;
    private final PrintWriter out;

    public CorpusLoader(OpenSearchClient client, String index, PrintWriter out) {
        this.client = client;
        this.index = index;
        this.out = out;
    }

    /** What the PriorArt index holds: patents and passages with vectors of the model's field. */
    public static Contents contents(PatentIndex patents, String vectorField) throws IOException {
        IndexSearcher searcher = patents.searchers().acquire();
        try {
            long passages = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
                Bits live = leaf.reader().getLiveDocs();
                if (values != null) {
                    KnnVectorValues.DocIndexIterator it = values.iterator();
                    for (int d = it.nextDoc(); d != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                        if (live == null || live.get(d)) {
                            passages++;
                        }
                    }
                }
            }
            return new Contents(patents.patentCount(), passages);
        } finally {
            patents.searchers().release(searcher);
        }
    }

    /**
     * Makes sure the OpenSearch index holds the PriorArt index's corpus: loads it when the index is
     * absent (or {@code reload}), reuses it when its recorded contents match.
     *
     * @throws IOException when the index exists with other contents and no reload is asked
     */
    public Contents ensureLoaded(PatentIndex patents, String vectorField, Vectors vectors, boolean reload) throws IOException {
        Contents expected = contents(patents, vectorField);
        if (client.head("/" + index) == 200) {
            if (!reload) {
                Contents there = recorded();
                if (expected.equals(there)) {
                    out.printf("OpenSearch index %s at %s: %,d patents, %,d passages (loaded before)%n", index, client.url(),
                            there.patents(), there.passages());
                    return there;
                }
                throw new IOException("the OpenSearch index " + index + " at " + client.url() + " holds "
                        + (there == null ? "another corpus" : there.patents() + " patents and " + there.passages() + " passages")
                        + ", the PriorArt index " + expected.patents() + " patents and " + expected.passages()
                        + " passages: load it again with --os-reload, or name another with --os-index");
            }
            client.delete("/" + index);
        }
        client.put("/" + index, IndexMapping.of(dimension(patents, vectorField), vectors, HNSW_M, HNSW_EF_CONSTRUCTION,
                expected));
        long start = System.nanoTime();
        Contents loaded = load(patents, vectorField);
        client.put("/" + index + "/_settings", OpenSearchClient.json().createObjectNode()
                .set("index", OpenSearchClient.json().createObjectNode().put("refresh_interval", "1s")));
        client.post("/" + index + "/_refresh", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("OpenSearch index %s at %s: loaded %,d patents and %,d passages in %.0f s (%.0f patents/s)%n", index,
                client.url(), loaded.patents(), loaded.passages(), seconds, loaded.patents() / seconds);
        if (!loaded.equals(expected)) {
            throw new IOException("loaded " + loaded + " but the PriorArt index holds " + expected);
        }
        return loaded;
    }

    /** The contents recorded in the index's mapping, or null when it records none. */
    private Contents recorded() throws IOException {
        JsonNode meta = client.get("/" + index + "/_mapping").path(index).path("mappings").path("_meta");
        if (!meta.has("patents")) {
            return null;
        }
        long docs = client.get("/" + index + "/_count").path("count").asLong(-1);
        Contents there = new Contents(meta.path("patents").asLong(), meta.path("passages").asLong());
        return docs == there.patents() ? there : new Contents(docs, there.passages());
    }

    private static int dimension(PatentIndex patents, String vectorField) throws IOException {
        IndexSearcher searcher = patents.searchers().acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
                if (values != null) {
                    return values.dimension();
                }
            }
            throw new IOException("the PriorArt index " + patents.path() + " holds no vectors in " + vectorField
                    + ": run './priorart embed' first");
        } finally {
            patents.searchers().release(searcher);
        }
    }

    /** One passage of a patent as loaded: its vector, where it is and its text (for the best passage). */
    private record Passage(float[] vector, String location, String text) {
    }

    private Contents load(PatentIndex patents, String vectorField) throws IOException {
        IndexSearcher searcher = patents.searchers().acquire();
        long patentCount = 0;
        long passageCount = 0;
        StringBuilder bulk = new StringBuilder();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                BitSet parents = patents.patentBits().getBitSet(leaf);
                if (parents == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                Map<Integer, List<Passage>> byParent = passages(leaf, vectorField, parents, live, stored);
                for (int doc = parents.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                     doc = doc + 1 < parents.length() ? parents.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    List<Passage> passages = byParent.getOrDefault(doc, List.of());
                    ObjectNode source = source(stored.document(doc, PATENT_FIELDS), passages);
                    bulk.append("{\"index\":{\"_id\":").append(OpenSearchClient.json().writeValueAsString(source.path("id").asText()))
                            .append("}}\n").append(OpenSearchClient.json().writeValueAsString(source)).append('\n');
                    patentCount++;
                    passageCount += passages.size();
                    if (bulk.length() >= BULK_BYTES) {
                        send(bulk);
                        out.printf("  %,d patents loaded%n", patentCount);
                        out.flush();
                    }
                }
            }
            if (!bulk.isEmpty()) {
                send(bulk);
            }
            return new Contents(patentCount, passageCount);
        } finally {
            patents.searchers().release(searcher);
        }
    }

    /** The passages of a segment with their vectors, by parent (patent) doc id, in block order. */
    private static Map<Integer, List<Passage>> passages(LeafReaderContext leaf, String vectorField, BitSet parents, Bits live,
                                                        StoredFields stored) throws IOException {
        Map<Integer, List<Passage>> byParent = new HashMap<>();
        FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
        if (values == null) {
            return byParent;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int d = it.nextDoc(); d != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            if (live != null && !live.get(d)) {
                continue;
            }
            Document p = stored.document(d, PASSAGE_FIELDS);
            byParent.computeIfAbsent(parents.nextSetBit(d), k -> new ArrayList<>())
                    .add(new Passage(values.vectorValue(it.index()).clone(), p.get(IndexFields.PASSAGE_LOCATION),
                            p.get(IndexFields.PASSAGE_TEXT)));
        }
        return byParent;
    }

    private static ObjectNode source(Document patent, List<Passage> passages) {
        ObjectNode o = OpenSearchClient.json().createObjectNode();
        o.put("id", patent.get(IndexFields.ID));
        putText(o, "title", patent.get(IndexFields.TITLE));
        putText(o, "abstract", patent.get(IndexFields.ABSTRACT));
        putTexts(o, "claims", patent.getFields(IndexFields.CLAIMS));
        putTexts(o, "description", patent.getFields(IndexFields.DESCRIPTION));
        if (!passages.isEmpty()) {
            ArrayNode nested = o.putArray("passages");
            for (Passage p : passages) {
                ObjectNode n = nested.addObject();
                ArrayNode v = n.putArray("vector");
                for (float x : p.vector()) {
                    v.add(x);
                }
                n.put("location", p.location());
                n.put("text", p.text());
            }
        }
        return o;
    }

    private static void putText(ObjectNode o, String field, String text) {
        if (text != null) {
            o.put(field, text);
        }
    }

    private static void putTexts(ObjectNode o, String field, IndexableField[] values) {
        if (values.length > 0) {
            ArrayNode a = o.putArray(field);
            for (IndexableField f : values) {
                a.add(f.stringValue());
            }
        }
    }

    private void send(StringBuilder bulk) throws IOException {
        JsonNode answer = client.postNdjson("/" + index + "/_bulk", bulk.toString());
        bulk.setLength(0);
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("OpenSearch refused document " + item.path("index").path("_id").asText() + ": "
                            + error.path("type").asText() + ": " + error.path("reason").asText());
                }
            }
        }
    }
}
