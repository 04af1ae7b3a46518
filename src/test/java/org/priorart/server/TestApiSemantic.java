package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.config.ApiSettings;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.search.Fusion;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import org.priorart.server.api.ApiDocs;

/** Semantic and hybrid search over HTTP on the small embedded index: the service's results, explained. */
class TestApiSemantic {

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static SearchService service;
    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new ApiDocs().document());

    @BeforeAll
    static void start() throws Exception {
        index = EmbeddedIndex.open();
        server = ApiServer.start(index, EmbeddedIndex.models(), ApiSettings.DEFAULT);
        api = server.client();
        service = server.server.searchService();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    private static List<String> numbers(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("hits").forEach(h -> out.add(h.path("publication_number").asText()));
        return out;
    }

    @Test
    void semanticAndHybridAnswerWhatTheServiceAnswers() throws IOException {
        String text = "porous silicon particles in the negative electrode of a rechargeable lithium cell";
        for (SearchMode mode : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
            SearchResult expected = service.search(new SearchRequest(null, text, 10, 0, SearchFilters.NONE, true, mode,
                    Fusion.DEFAULT, false));
            Api.Answer a = api.get("/api/v1/search" + Api.query("text", text, "mode", mode.lowerName(), "explain", true));
            assertEquals(200, a.status(), a.toString());
            assertEquals(expected.hits().stream().map(SearchHit::publicationNumber).toList(), numbers(a.json()));
            assertEquals(mode.lowerName(), a.json().path("mode").asText());
            assertTrue(a.json().path("embed_ms").asDouble() > 0);
            JsonNode first = a.json().path("hits").path(0).path("explanation");
            if (mode == SearchMode.SEMANTIC) {
                assertEquals(1, first.path("semantic_rank").asInt());
            }
            assertNotNull(first.path("passage").path("text").asText(null), first.toString());
            assertTrue(SCHEMAS.checkResponse("/api/v1/search", "get", 200, a.json()).isEmpty(),
                    SCHEMAS.checkResponse("/api/v1/search", "get", 200, a.json()).toString());
        }
    }

    @Test
    void hybridPagingIsStable() {
        String text = "battery electrode coating";
        List<String> all = numbers(api.get("/api/v1/search" + Api.query("text", text, "mode", "hybrid", "size", 30)).json());
        List<String> paged = new ArrayList<>();
        for (int from = 0; from < 30; from += 10) {
            paged.addAll(numbers(api.get("/api/v1/search" + Api.query("text", text, "mode", "hybrid", "size", 10, "from", from)).json()));
        }
        assertEquals(30, all.size());
        assertEquals(all, paged);
    }

    @Test
    void similarFlagsEarlierFiledLaterPublishedDocumentsUnderTheEffectiveRule() throws IOException {
        SimilarRequest template = SimilarRequest.of("US20110300001A1", 10).withMode(SearchMode.HYBRID);
        Api.Answer effective = api.get("/api/v1/patents/US20110300001A1/similar?prior_art_rule=effective&explain=true");
        Api.Answer published = api.get("/api/v1/patents/US20110300001A1/similar?prior_art_rule=published");
        assertEquals(service.similar(template.withRule(PriorArtRule.EFFECTIVE)).hits().stream()
                .map(SearchHit::publicationNumber).toList(), numbers(effective.json()));
        String flagged = null;
        for (JsonNode hit : effective.json().path("hits")) {
            if ("E".equals(hit.path("prior_art_flag").asText(null))) {
                flagged = hit.path("publication_number").asText();
            }
        }
        assertEquals("US20100280001A1", flagged);
        assertFalse(numbers(published.json()).contains("US20100280001A1"));
        assertFalse(numbers(effective.json()).contains("EP2400001A1"), "its own family is never prior art");
        assertFalse(numbers(effective.json()).contains("US20130100001A1"), "later documents are never prior art");
        assertTrue(SCHEMAS.checkResponse("/api/v1/patents/{id}/similar", "get", 200, effective.json()).isEmpty());
    }

    @Test
    void semanticModeOnAServerWithoutModelsIs503AndHybridFallsBack() {
        try (ApiServer keywordOnly = ApiServer.start(index, null, ApiSettings.DEFAULT)) {
            Api.Answer semantic = keywordOnly.client().get("/api/v1/search?text=silicon+anode&mode=semantic");
            assertEquals(503, semantic.status(), semantic.toString());
            assertEquals("semantic_unavailable", semantic.error());
            Api.Answer hybrid = keywordOnly.client().get("/api/v1/search?text=silicon+anode&mode=hybrid");
            assertEquals(200, hybrid.status());
            assertEquals("keyword", hybrid.json().path("mode").asText());
            assertTrue(hybrid.json().path("notes").path(0).asText().contains("keyword ranking only"));
        }
    }

    @Test
    void aDocumentWrittenThroughTheApiIsEmbeddedInTheBackground(@TempDir Path tmp) throws Exception {
        try (LuceneEngine writable = LuceneEngine.openWritable(tmp.resolve("index"))) {
            new Ingester(writable, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(Path.of("src/test/resources/similar"))));
            try (ApiServer embedding = ApiServer.start(writable, EmbeddedIndex.models(), ApiSettings.DEFAULT)) {
                ServerWaits.awaitEmbedding(embedding.server, java.time.Duration.ofMinutes(1));
                Api client = embedding.client();
                Api.Answer written = client.post("/api/v1/patents", """
                        {"publication_number": "US9955555B2", "title": "Desalination membrane",
                         "abstract": "A graphene oxide membrane removes salt from sea water by reverse osmosis.",
                         "publication_date": "2016-05-01"}""");
                assertEquals(200, written.status(), written.toString());
                long until = System.nanoTime() + 60_000_000_000L;
                JsonNode health;
                do {
                    Thread.sleep(200);
                    health = client.get("/api/v1/health").json();
                } while (health.path("semantic").path("coverage").asDouble() < 1.0 && System.nanoTime() < until);
                assertEquals(1.0, health.path("semantic").path("coverage").asDouble(), 1e-9, health.toString());
                Api.Answer found = client.get("/api/v1/search" + Api.query("text", "turning seawater into drinking water",
                        "mode", "semantic", "size", 1));
                assertEquals("US9955555B2", found.json().path("hits").path(0).path("publication_number").asText(), found.toString());
            }
        }
    }
}
