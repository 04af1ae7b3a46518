package org.priorart.bench.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.priorart.engine.lucene.bench.IndexExport;

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

    /** What the PriorArt index holds: patents and passages with vectors of the model. */
    public static Contents contents(IndexExport patents, String modelName) throws IOException {
        return new Contents(patents.patentCount(), patents.passageCount(modelName));
    }

    /**
     * Makes sure the OpenSearch index holds the PriorArt index's corpus: loads it when the index is
     * absent (or {@code reload}), reuses it when its recorded contents match.
     *
     * @throws IOException when the index exists with other contents and no reload is asked
     */
    public Contents ensureLoaded(IndexExport patents, String modelName, Vectors vectors, boolean reload) throws IOException {
        Contents expected = contents(patents, modelName);
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
        client.put("/" + index, IndexMapping.of(patents.dimension(modelName), vectors, HNSW_M, HNSW_EF_CONSTRUCTION,
                expected));
        long start = System.nanoTime();
        Contents loaded = load(patents, modelName);
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

    private Contents load(IndexExport patents, String modelName) throws IOException {
        long[] counts = new long[2];
        StringBuilder bulk = new StringBuilder();
        patents.forEach(modelName, patent -> {
            ObjectNode source = source(patent);
            bulk.append("{\"index\":{\"_id\":").append(OpenSearchClient.json().writeValueAsString(patent.id()))
                    .append("}}\n").append(OpenSearchClient.json().writeValueAsString(source)).append('\n');
            counts[0]++;
            counts[1] += patent.passages().size();
            if (bulk.length() >= BULK_BYTES) {
                send(bulk);
                out.printf("  %,d patents loaded%n", counts[0]);
                out.flush();
            }
        });
        if (!bulk.isEmpty()) {
            send(bulk);
        }
        return new Contents(counts[0], counts[1]);
    }

    private static ObjectNode source(IndexExport.Patent patent) {
        ObjectNode o = OpenSearchClient.json().createObjectNode();
        o.put("id", patent.id());
        putText(o, "title", patent.title());
        putText(o, "abstract", patent.abstractText());
        putTexts(o, "claims", patent.claims());
        putTexts(o, "description", patent.description());
        if (!patent.passages().isEmpty()) {
            ArrayNode nested = o.putArray("passages");
            for (IndexExport.Passage p : patent.passages()) {
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

    private static void putTexts(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
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
