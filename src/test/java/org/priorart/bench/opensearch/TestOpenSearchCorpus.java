package org.priorart.bench.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.EmbeddedIndex;
import org.priorart.config.FieldWeights;
import org.priorart.embed.Embedder;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.lucene.bench.IndexExport;
import org.priorart.patent.PatentDocument;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * The latency benchmark's OpenSearch side against a real node: the corpus loaded from a real embedded
 * PriorArt index holds PriorArt's own vectors, and the searches rank as PriorArt ranks. Needs a node:
 * set PRIORART_TEST_OPENSEARCH (e.g. http://127.0.0.1:9250 after
 * {@code scripts/opensearch-node.sh start --port 9250}); skipped with a message otherwise. The test
 * index has a random name and is deleted after.
 */
class TestOpenSearchCorpus {

    private static final String URL = System.getenv("PRIORART_TEST_OPENSEARCH");
    private static OpenSearchClient client;
    private static String name;
    private static LuceneEngine engine;
    private static IndexExport patents;
    private static SearchService service;
    private static OpenSearchSearches searches;
    private static String model;
    private static CorpusLoader.Contents loaded;

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(URL != null && !URL.isBlank(), "no OpenSearch node for the tests: set PRIORART_TEST_OPENSEARCH=http://127.0.0.1:9250 "
                + "(scripts/opensearch-node.sh start --port 9250) to run them");
        client = new OpenSearchClient(URL);
        name = "priorart-test-" + UUID.randomUUID();
        engine = EmbeddedIndex.open();
        patents = IndexExport.open(EmbeddedIndex.path());
        service = new SearchService(engine, FieldWeights.DEFAULT, EmbeddedIndex.models());
        model = EmbeddedIndex.models().defaultModel().name();
        loaded = new CorpusLoader(client, name, new PrintWriter(new StringWriter())).ensureLoaded(patents, model,
                CorpusLoader.Vectors.FLOAT, false);
        searches = new OpenSearchSearches(client, name, FieldWeights.DEFAULT);
    }

    @AfterAll
    static void drop() throws IOException {
        if (client != null && name != null && client.head("/" + name) == 200) {
            client.delete("/" + name);
        }
        if (patents != null) {
            patents.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void holdsEveryPatentAndPassageOfThePriorArtIndex() throws IOException {
        assertEquals(CorpusLoader.contents(patents, model), loaded);
        assertEquals(patents.patentCount(), loaded.patents());
        assertEquals(loaded.patents(), client.get("/" + name + "/_count").path("count").asLong());
        assertTrue(loaded.passages() > loaded.patents(), "title + abstract and independent claims: " + loaded);
    }

    @Test
    void passageVectorsArePriorArtsVectorsOfThePassageText() throws Exception {
        Embedder embedder = EmbeddedIndex.models().embedder(EmbeddedIndex.models().defaultModel());
        JsonNode hits = client.post("/" + name + "/_search", OpenSearchClient.json().readTree(
                "{\"size\": 3, \"query\": {\"nested\": {\"path\": \"passages\", \"query\": {\"match_all\": {}}}}}"))
                .path("hits").path("hits");
        assertEquals(3, hits.size());
        for (JsonNode hit : hits) {
            for (JsonNode passage : hit.path("_source").path("passages")) {
                float[] expected = embedder.embedPassages(List.of(passage.path("text").asText())).get(0);
                JsonNode vector = passage.path("vector");
                assertEquals(expected.length, vector.size());
                for (int d = 0; d < expected.length; d++) {
                    assertEquals(expected[d], vector.path(d).floatValue(), 1e-5, hit.path("_id") + " " + passage.path("location"));
                }
            }
        }
    }

    @Test
    void semanticRankingIsPriorArtsOnTheSameVectors() throws IOException {
        Embedder embedder = EmbeddedIndex.models().queryEmbedder(EmbeddedIndex.models().defaultModel());
        for (String q : queries()) {
            List<SearchService.RankedKey> pa = service.ranking(request(q, SearchMode.SEMANTIC, 10));
            List<RankedKey> os = searches.semantic(embedder.embedQuery(q), q, 10, 100, false).ranked();
            assertEquals(pa.get(0).key(), os.get(0).key(), "best patent for " + q);
            assertEquals(pa.get(0).score(), os.get(0).score(), 0.02, "its cosine (int8 graph against float)");
            assertTrue(common(pa, os) >= 8, "top 10 for " + q + ": " + pa + " / " + os);
        }
    }

    @Test
    void keywordAndHybridFindTheDocumentWhoseTextIsTheQuery() throws IOException {
        Embedder embedder = EmbeddedIndex.models().queryEmbedder(EmbeddedIndex.models().defaultModel());
        PatentDocument doc = service.get(someEmbeddedPatent());
        String text = doc.abstractText();
        List<RankedKey> keyword = searches.keyword(text, 100, false).ranked();
        assertEquals(doc.id(), keyword.get(0).key());
        assertEquals(doc.id(), service.ranking(request(text, SearchMode.KEYWORD, 10)).get(0).key());
        OpenSearchSearches.Hits hybrid = searches.hybrid(text, embedder.embedQuery(text), 1000, Fusion.DEFAULT, false);
        assertEquals(doc.id(), hybrid.ranked().get(0).key());
        Set<String> unique = new HashSet<>();
        hybrid.ranked().forEach(r -> assertTrue(unique.add(r.key()), "each patent once: " + r.key()));
        // pages with snippets answer too (highlights, best passage, the hybrid page fetched after fusion)
        assertEquals(10, searches.keyword(text, 10, true).ranked().size());
        assertEquals(doc.id(), searches.semantic(embedder.embedQuery(text), text, 10, 100, true).ranked().get(0).key());
        assertEquals(doc.id(), searches.hybrid(text, embedder.embedQuery(text), 10, Fusion.DEFAULT, true).ranked().get(0).key());
    }

    @Test
    void anIndexWithOtherContentsIsRefusedNotReused() throws IOException {
        String other = name + "-other";
        try {
            client.put("/" + other, OpenSearchClient.json().readTree("{\"mappings\": {\"_meta\": {\"patents\": 1, \"passages\": 2}}}"));
            CorpusLoader loader = new CorpusLoader(client, other, new PrintWriter(new StringWriter()));
            IOException e = assertThrows(IOException.class,
                    () -> loader.ensureLoaded(patents, model, CorpusLoader.Vectors.FLOAT, false));
            assertTrue(e.getMessage().contains("--os-reload"), e.getMessage());
        } finally {
            client.delete("/" + other);
        }
    }

    private static SearchRequest request(String text, SearchMode mode, int size) {
        return new SearchRequest(null, text, size, 0, SearchFilters.NONE, false, mode, Fusion.DEFAULT, false);
    }

    private static int common(List<SearchService.RankedKey> pa, List<RankedKey> os) {
        Set<String> keys = new HashSet<>();
        pa.forEach(r -> keys.add(r.key()));
        return (int) os.stream().filter(r -> keys.contains(r.key())).count();
    }

    private static List<String> queries() {
        return List.of("lithium ion battery anode", "image sensor with a pixel array", "wireless communication between vehicles",
                "pharmaceutical composition for treating cancer", "semiconductor device with a gate electrode");
    }

    private static String someEmbeddedPatent() throws IOException {
        List<SearchService.RankedKey> hits = service.ranking(request("semiconductor device", SearchMode.SEMANTIC, 5));
        return new ArrayList<>(hits).get(0).key();
    }
}
