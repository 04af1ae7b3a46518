package org.priorart.bench.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.priorart.patent.PatentFields;

/**
 * The settings and mappings of the benchmark's OpenSearch index: stock OpenSearch, configured the way
 * an engineer would to stand beside PriorArt's index. One shard and no replica (one node, like
 * PriorArt's one index); the text fields with the {@code english} analyzer and offsets in the postings
 * (PriorArt's highlighter reads offsets too); the key as a keyword with doc values (ids are read from
 * doc values, not the source); passages as nested objects with a {@code knn_vector} (HNSW on the
 * {@code lucene} engine, the only one the Maven k-NN zip runs without native libraries; inner product
 * on PriorArt's unit vectors ranks as its dot product). Refresh is off while loading.
 */
final class IndexMapping {

    private IndexMapping() {
    }

    static ObjectNode of(int dimension, CorpusLoader.Vectors vectors, int m, int efConstruction, CorpusLoader.Contents contents) {
        ObjectNode body = OpenSearchClient.json().createObjectNode();
        ObjectNode settings = body.putObject("settings").putObject("index");
        settings.put("number_of_shards", 1).put("number_of_replicas", 0).put("knn", true).put("refresh_interval", "-1");
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").put("made_by", "priorart bench latency")
                .put("patents", contents.patents()).put("passages", contents.passages());
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject("id").put("type", "keyword");
        for (String field : PatentFields.TEXT) {
            properties.putObject(field).put("type", "text").put("analyzer", "english").put("index_options", "offsets");
        }
        ObjectNode passages = properties.putObject("passages");
        passages.put("type", "nested");
        ObjectNode passageFields = passages.putObject("properties");
        ObjectNode method = passageFields.putObject("vector").put("type", "knn_vector").put("dimension", dimension)
                .putObject("method").put("name", "hnsw").put("engine", "lucene").put("space_type", "innerproduct");
        ObjectNode parameters = method.putObject("parameters").put("m", m).put("ef_construction", efConstruction);
        if (vectors == CorpusLoader.Vectors.SQ) {
            // Lucene's scalar quantization as OpenSearch offers it on the lucene engine: 7 bits a dimension.
            parameters.putObject("encoder").put("name", "sq").putObject("parameters").put("bits", 7);
        }
        passageFields.putObject("location").put("type", "keyword").put("index", false).put("doc_values", false);
        passageFields.putObject("text").put("type", "text").put("index", false);
        return body;
    }
}
