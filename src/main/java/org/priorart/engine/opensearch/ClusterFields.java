package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.priorart.patent.PatentFields;

/**
 * The cluster index's fields and its settings and mappings: one document per patent, its passages as
 * nested documents with their vectors. The field names are the embedded index's where they mean the
 * same ({@link PatentFields}), so the query compilers of both engines name the same fields.
 *
 * <p>Text fields are analyzed by PriorArt's own chains (the {@code priorart-analysis} plugin, built
 * from the same classes as the embedded index): each value carries its language's tag, and the
 * field's analyzer {@code priorart_text} analyzes it with that language's chain. Scoring is Lucene's
 * BM25 ({@code priorart_bm25}, the embedded index's). Dates are epoch days as integers, as in the
 * embedded index, so a date clause is the same range. The patent's whole canonical JSON is kept in
 * {@code doc} (not indexed); the tagged text fields are left out of the source, so nothing is stored
 * twice. What a hit shows is also stored apart, small ({@link #SUMMARY}), and so is each passage's
 * location and text (read with a nested hit: a nested hit's source is cut from its patent's whole
 * source, which OpenSearch would parse, passage vectors and all, for each hit). One shard by default: the BM25 statistics are then the whole index's, as in the embedded
 * engine (with several shards, each scores by its own statistics unless searches ask for
 * dfs_query_then_fetch).
 */
final class ClusterFields {

    static final String ID = "id";
    static final String NUMBER = "number";
    static final String CONTENT_HASH = "content_hash";
    static final String TEXT_LANGUAGE = "text_language";
    static final String CITES = "cites";
    static final String EMBEDDED_WITH = "embedded_with";
    static final String PASSAGE_COUNT = "passage_count";
    /** The canonical JSON of the patent (with its texts and the language it was analyzed in). */
    static final String DOC = "doc";
    static final String PASSAGES = "passages";
    static final String PASSAGE_LOCATION = "location";
    static final String PASSAGE_KIND = "kind";
    static final String PASSAGE_INDEX = "index";
    static final String PASSAGE_TEXT = "text";
    /**
     * What a hit shows ({@code ClusterDocuments.summary}) as one compact JSON string, stored apart and
     * left out of the source: the summaries of a fusion's two thousand candidates are read without
     * parsing each patent's whole source (its texts and passage vectors).
     */
    static final String SUMMARY = "summary";
    /**
     * The mapping's schema: an index of another is refused. 2: the stored {@link #SUMMARY}, and each
     * passage's location and text stored on it (its text no longer in the source); an index of schema 1
     * has neither and is refused with a word to reindex.
     */
    static final String SCHEMA = "cluster-2";

    private ClusterFields() {
    }

    /** The vector field of a model's passages (inside {@link #PASSAGES}). */
    static String vectorField(String modelName) {
        return "vector_" + modelName.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** The index's settings and mappings. */
    static ObjectNode index(int shards, int replicas) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas).put("knn", true);
        // Each write is a request of its own (a refused document is told with its file and line): its
        // translog is synced every few seconds and at each commit (_flush), not per request, which
        // would cost a disk sync per patent. A write lost with a node between two syncs has no content
        // hash in the index, so the rerun writes it again.
        index.putObject("translog").put("durability", "async").put("sync_interval", "5s");
        index.putObject("similarity").putObject("default").put("type", "priorart_bm25");
        index.putObject("mapping").putObject("nested_objects").put("limit", 100000);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put("schema", SCHEMA);
        mappings.putObject("_source").putArray("excludes").add(PatentFields.TITLE).add(PatentFields.ABSTRACT)
                .add(PatentFields.CLAIMS).add(PatentFields.DESCRIPTION).add(PatentFields.APPLICANT).add(PatentFields.INVENTOR)
                .add(SUMMARY).add(PASSAGES + "." + PASSAGE_TEXT);
        ObjectNode p = mappings.putObject("properties");
        for (String keyword : new String[]{ID, NUMBER, CONTENT_HASH, PatentFields.LANGUAGE, TEXT_LANGUAGE, PatentFields.CPC,
                PatentFields.IPC, PatentFields.FAMILY, CITES, EMBEDDED_WITH}) {
            p.putObject(keyword).put("type", "keyword");
        }
        for (String text : PatentFields.TEXT) {
            p.putObject(text).put("type", "text").put("analyzer", "priorart_text")
                    .put("search_analyzer", "priorart_positioned").put("position_increment_gap", 100);
        }
        for (String name : new String[]{PatentFields.APPLICANT, PatentFields.INVENTOR}) {
            p.putObject(name).put("type", "text").put("analyzer", "priorart_names")
                    .put("search_analyzer", "priorart_positioned").put("position_increment_gap", 100);
        }
        for (String date : new String[]{PatentFields.PUBLICATION_DATE, PatentFields.FILING_DATE, PatentFields.PRIORITY_DATE,
                PatentFields.EFFECTIVE_DATE}) {
            p.putObject(date).put("type", "integer");
        }
        p.putObject(PASSAGE_COUNT).put("type", "integer");
        p.putObject(SUMMARY).put("type", "keyword").put("index", false).put("doc_values", false).put("store", true);
        p.putObject(DOC).put("type", "object").put("enabled", false);
        ObjectNode passages = p.putObject(PASSAGES).put("type", "nested").putObject("properties");
        // stored on the passage: a best passage comes back with its hit without its patent's source parsed
        passages.putObject(PASSAGE_LOCATION).put("type", "keyword").put("index", false).put("doc_values", false)
                .put("store", true);
        passages.putObject(PASSAGE_KIND).put("type", "keyword").put("index", false).put("doc_values", false);
        passages.putObject(PASSAGE_INDEX).put("type", "integer").put("index", false).put("doc_values", false);
        passages.putObject(PASSAGE_TEXT).put("type", "text").put("index", false).put("store", true);
        return body;
    }

    /**
     * The mapping of a model's vector field: HNSW on the lucene engine (the k-NN zip from Maven
     * carries no native engines), inner product on PriorArt's unit vectors (the embedded index's dot
     * product), float32 without quantization: 4 bytes a dimension plus the graph's links (m = 16,
     * about 130 bytes a node), about 1.7 KB per 384-dimension passage, 1.7 GB per million passages.
     * The embedded index scores 8-bit scalar-quantized vectors (Lucene 10.4's format); OpenSearch
     * 3.6's lucene engine offers 7-bit ("encoder": "sq"), which is not the same quantization, so the
     * cluster keeps the exact vectors: its cosines differ from the embedded index's by the embedded
     * quantization's error (under 0.005), not by a second one.
     */
    static ObjectNode vectorMapping(String modelName, int dimension) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        ObjectNode field = body.putObject("properties").putObject(PASSAGES).put("type", "nested").putObject("properties")
                .putObject(vectorField(modelName));
        field.put("type", "knn_vector").put("dimension", dimension);
        field.putObject("method").put("name", "hnsw").put("engine", "lucene").put("space_type", "innerproduct")
                .putObject("parameters").put("m", 16).put("ef_construction", 100);
        return body;
    }
}
