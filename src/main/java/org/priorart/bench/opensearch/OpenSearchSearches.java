package org.priorart.bench.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.priorart.config.FieldWeights;
import org.priorart.config.SearchCounts;
import org.priorart.patent.PatentFields;
import org.priorart.search.Fusion;

/**
 * The searches that stand beside PriorArt's, on the index {@link CorpusLoader} made:
 *
 * <ul>
 *   <li><b>keyword</b>: a {@code multi_match} of type {@code most_fields} over title, abstract,
 *       claims and description with PriorArt's field weights as boosts (the sum of the weighted
 *       per-field BM25 scores, as PriorArt sums them), the {@code english} analyzer;</li>
 *   <li><b>semantic</b>: a {@code knn} query inside a {@code nested} query on the passages with
 *       {@code score_mode: max}: the k nearest patents by their best passage (the k-NN plugin
 *       diversifies nested hits by parent, as PriorArt's block join does); k is at least the fusion
 *       depth, as in PriorArt;</li>
 *   <li><b>hybrid</b>: both in one {@code _msearch}, each as deep as PriorArt's hybrid looks (the
 *       fusion depth, or the page when deeper), fused on the client by {@link KeyFusion} with
 *       PriorArt's fusion.</li>
 * </ul>
 *
 * Ids only: no {@code _source}, no stored fields, the key from doc values ({@code docvalue_fields}):
 * the fetch phase reads a column instead of decompressing each hit's source. With snippets (a page of
 * 10): the title from the source, one highlighted fragment per text field, and in semantic mode the
 * best passage (inner hit); hybrid fetches the fused page in a second request. Hits are counted up to
 * 1,000, as PriorArt counts them.
 */
public final class OpenSearchSearches {

    /** PriorArt counts the matches of free text up to this many; OpenSearch is told the same. */
    private static final int TRACK_TOTAL_HITS = SearchCounts.RANKED_EXACT_UP_TO;
    private static final int FRAGMENT_CHARS = 200;

    /** A ranking and OpenSearch's own time for it ({@code took}, summed over the requests made). */
    public record Hits(List<RankedKey> ranked, long tookMillis) {
    }

    private final OpenSearchClient client;
    private final String index;
    private final List<String> weightedFields = new ArrayList<>();

    public OpenSearchSearches(OpenSearchClient client, String index, FieldWeights weights) {
        this.client = client;
        this.index = index;
        for (Map.Entry<String, Float> e : weights.asMap().entrySet()) {
            weightedFields.add(e.getKey() + "^" + e.getValue());
        }
    }

    /** BM25 over the text fields with PriorArt's weights. */
    public Hits keyword(String text, int size, boolean snippets) throws IOException {
        return hits(client.post(path(), keywordBody(text, size, snippets)), false);
    }

    /** The nearest patents by best passage; {@code k} patents are searched for, {@code size} returned. */
    public Hits semantic(float[] vector, String text, int size, int k, boolean snippets) throws IOException {
        return hits(client.post(path(), semanticBody(vector, text, size, k, snippets)), true);
    }

    /** Both rankings in one {@code _msearch}, fused on the client; with snippets, the page fetched after. */
    public Hits hybrid(String text, float[] vector, int size, Fusion fusion, boolean snippets) throws IOException {
        int depth = Math.max(size, fusion.depth());
        String header = "{\"index\":\"" + index + "\"}\n";
        String body = header + OpenSearchClient.json().writeValueAsString(keywordBody(text, depth, false)) + "\n"
                + header + OpenSearchClient.json().writeValueAsString(semanticBody(vector, text, depth, depth, false)) + "\n";
        JsonNode answer = client.postNdjson("/_msearch", body);
        JsonNode responses = answer.path("responses");
        for (JsonNode r : responses) {
            if (r.has("error")) {
                throw new IOException("OpenSearch _msearch: " + OpenSearchClient.reason(r));
            }
        }
        Hits keyword = hits(responses.path(0), false);
        Hits semantic = hits(responses.path(1), true);
        List<RankedKey> fused = KeyFusion.fuse(keyword.ranked(), semantic.ranked(), fusion);
        List<RankedKey> page = fused.subList(0, Math.min(size, fused.size()));
        long took = answer.path("took").asLong(Math.max(keyword.tookMillis(), semantic.tookMillis()));
        if (snippets && !page.isEmpty()) {
            took += fetchPage(page, text);
        }
        return new Hits(page, took);
    }

    private String path() {
        return "/" + index + "/_search";
    }

    private ObjectNode keywordBody(String text, int size, boolean snippets) {
        ObjectNode body = page(size, snippets);
        body.put("track_total_hits", TRACK_TOTAL_HITS);
        body.set("query", bm25(text));
        if (snippets) {
            body.set("highlight", highlight(null));
        }
        return body;
    }

    private ObjectNode semanticBody(float[] vector, String text, int size, int k, boolean snippets) {
        ObjectNode body = page(size, snippets);
        ObjectNode nested = body.putObject("query").putObject("nested");
        nested.put("path", "passages").put("score_mode", "max");
        ObjectNode knn = nested.putObject("query").putObject("knn").putObject("passages.vector");
        ArrayNode v = knn.putArray("vector");
        for (float x : vector) {
            v.add(x);
        }
        knn.put("k", k);
        if (snippets) {
            // the best passage, as PriorArt's explanation names it; the words marked as PriorArt marks them
            ObjectNode inner = nested.putObject("inner_hits").put("size", 1);
            inner.putObject("_source").putArray("includes").add("passages.location").add("passages.text");
            body.set("highlight", highlight(text));
        }
        return body;
    }

    /** Ids only (doc values), or a page with the title from the source. */
    private static ObjectNode page(int size, boolean snippets) {
        ObjectNode body = OpenSearchClient.json().createObjectNode();
        body.put("size", size);
        if (snippets) {
            body.putArray("_source").add(PatentFields.TITLE);
        } else {
            body.put("_source", false);
            body.put("stored_fields", "_none_");
        }
        body.putArray("docvalue_fields").add("id");
        return body;
    }

    private ObjectNode bm25(String text) {
        ObjectNode q = OpenSearchClient.json().createObjectNode();
        ObjectNode mm = q.putObject("multi_match");
        mm.put("query", text).put("type", "most_fields");
        ArrayNode fields = mm.putArray("fields");
        weightedFields.forEach(fields::add);
        return q;
    }

    /** One fragment per text field; with a text, its words are marked (semantic and hybrid pages). */
    private ObjectNode highlight(String text) {
        ObjectNode h = OpenSearchClient.json().createObjectNode();
        h.put("number_of_fragments", 1).put("fragment_size", FRAGMENT_CHARS);
        ObjectNode fields = h.putObject("fields");
        PatentFields.TEXT.forEach(fields::putObject);
        if (text != null) {
            h.set("highlight_query", bm25(text));
        }
        return h;
    }

    /** The fused page's titles and highlights (hybrid with snippets); returns OpenSearch's time. */
    private long fetchPage(List<RankedKey> page, String text) throws IOException {
        ObjectNode body = page(page.size(), true);
        ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
        page.forEach(r -> ids.add(r.key()));
        body.set("highlight", highlight(text));
        JsonNode answer = client.post(path(), body);
        if (answer.path("hits").path("hits").size() != page.size()) {
            throw new IOException("OpenSearch fetched " + answer.path("hits").path("hits").size() + " of the "
                    + page.size() + " fused hits");
        }
        return answer.path("took").asLong();
    }

    /**
     * The ranking of an answer. Semantic scores are turned back into the cosine PriorArt reports:
     * OpenSearch's inner-product score is {@code 1 + dot} for a positive dot product and
     * {@code 1 / (1 - dot)} below.
     */
    private static Hits hits(JsonNode answer, boolean semantic) throws IOException {
        JsonNode hits = answer.path("hits").path("hits");
        if (!hits.isArray()) {
            throw new IOException("OpenSearch answered without hits: " + OpenSearchClient.reason(answer));
        }
        List<RankedKey> ranked = new ArrayList<>(hits.size());
        for (JsonNode hit : hits) {
            double score = hit.path("_score").asDouble();
            if (semantic) {
                score = score >= 1 ? score - 1 : 1 - 1 / score;
            }
            ranked.add(new RankedKey(hit.path("fields").path("id").path(0).asText(), score));
        }
        return new Hits(ranked, answer.path("took").asLong());
    }
}
