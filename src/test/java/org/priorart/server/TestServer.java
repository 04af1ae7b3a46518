package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.server.background.IndexingStatus;
import org.priorart.TestData;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.search.Json;

/** serve on an empty index indexes the demo corpus in the background and reports it. */
class TestServer {

    @TempDir
    Path tmp;

    @Test
    void emptyIndexGetsTheDemoCorpusAndHealthSaysSo() throws Exception {
        Path demo = Files.createDirectories(tmp.resolve("demo"));
        Files.write(demo.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 50));
        PriorArtConfig config = PriorArtConfig.fromEnvironment().withIndexDir(tmp.resolve("index"))
                .withDemoDataDir(demo).withServer("127.0.0.1", 0).withIngestThreads(1);
        HttpClient http = HttpClient.newHttpClient();
        try (LuceneEngine index = LuceneEngine.openWritable(config.indexDir());
             PriorArtServer server = new PriorArtServer(config, index, null)) {
            int port = server.start(true);
            ServerWaits.awaitDemoIndexing(server);
            index.refresh();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            JsonNode h = Json.mapper().readTree(health.body());
            assertEquals("ok", h.path("status").asText());
            assertEquals(50, h.path("documents").asInt());
            assertEquals("done", h.path("indexing").path("state").asText());
            assertEquals(false, h.path("semantic").path("enabled").asBoolean(), "keyword-only server");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("Documents searchable"), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        }
        // A second start finds the index complete and does not index again; with models it embeds it.
        try (LuceneEngine index = LuceneEngine.openWritable(config.indexDir());
             PriorArtServer server = new PriorArtServer(config, index, org.priorart.EmbeddedIndex.models())) {
            int port = server.start(true);
            ServerWaits.awaitDemoIndexing(server);
            assertEquals("idle", server.healthData().get("indexing") instanceof IndexingStatus.Snapshot s ? s.state() : "");
            assertEquals(50, org.priorart.EngineReads.patentCount(index));
            ServerWaits.awaitEmbedding(server, java.time.Duration.ofMinutes(3));
            JsonNode semantic = Json.mapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body()).path("semantic");
            assertEquals(1.0, semantic.path("coverage").asDouble(), 1e-9, semantic.toString());
            assertEquals(50, semantic.path("passages_embedded").asInt());
            assertEquals("bge-small-en-v1.5-q", semantic.path("model").asText());
        }
    }
}
