package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ApiSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.server.api.ApiDocs;

/** The server before its index is open, a request past its deadline, a server whose index cannot open. */
class TestApiLifecycle {

    @TempDir
    Path tmp;

    private LuceneEngine smallIndex() throws Exception {
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 50));
        LuceneEngine index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(docs)));
        return index;
    }

    @Test
    void whileTheIndexOpensHealthSaysStartingAndTheApiAnswers503() throws Exception {
        LuceneEngine index = smallIndex();
        CountDownLatch release = new CountDownLatch(1);
        PriorArtConfig config = ApiServer.config(index, ApiSettings.DEFAULT);
        OpenApiSchemas schemas = new OpenApiSchemas(new ApiDocs().document());
        try (PriorArtServer server = new PriorArtServer(config, () -> {
            release.await(30, TimeUnit.SECONDS);
            return new PriorArtServer.Opened(index, null);
        })) {
            Api api = new Api(server.start(false), null);
            Api.Answer health = api.get("/api/v1/health");
            assertEquals(503, health.status());
            assertEquals("starting", health.json().path("status").asText());
            assertEquals("1", health.header("Retry-After"));
            assertTrue(schemas.checkResponse("/api/v1/health", "get", 503, health.json()).isEmpty());
            Api.Answer search = api.get("/api/v1/search?text=battery");
            assertEquals(503, search.status());
            assertEquals("unavailable", search.error());
            assertTrue(schemas.checkResponse("/api/v1/search", "get", 503, search.json()).isEmpty());
            assertEquals(503, api.post("/api/v1/patents", "{\"publication_number\": \"US1\"}").status());
            assertEquals(200, api.get("/status").status(), "the health page says it is starting");
            assertEquals(200, api.get("/").status(), "the examiner's page loads (it asks /api/v1/health itself)");

            release.countDown();
            server.awaitOpen();
            assertEquals(200, api.get("/api/v1/health").status());
            assertEquals(50, api.get("/api/v1/health").json().path("documents").asInt());
            assertEquals(200, api.get("/api/v1/search?text=battery&mode=keyword").status());
        }
        // The server opened the index, so it closed it: it can be opened again.
        LuceneEngine.openWritable(tmp.resolve("index")).close();
    }

    @Test
    void anIndexThatCannotOpenIsReportedAndAnswered503() throws Exception {
        LuceneEngine index = smallIndex();
        try {
            PriorArtConfig config = ApiServer.config(index, ApiSettings.DEFAULT);
            try (PriorArtServer server = new PriorArtServer(config, () -> new PriorArtServer.Opened(
                    LuceneEngine.openWritable(tmp.resolve("index")), null))) { // locked by the index above
                Api api = new Api(server.start(false), null);
                Exception e = assertThrows(Exception.class, server::awaitOpen);
                assertTrue(e.getMessage().contains("being written by another PriorArt process"), e.getMessage());
                assertEquals("failed", api.get("/api/v1/health").json().path("status").asText());
                assertEquals(503, api.get("/api/v1/search?text=a").status());
            }
        } finally {
            index.close();
        }
    }

    @Test
    void aRequestPastItsDeadlineIsAnswered503Timeout() throws Exception {
        try (LuceneEngine index = smallIndex();
             ApiServer server = ApiServer.start(index, null, ApiSettings.DEFAULT.withRequestTimeout(Duration.ofMillis(1)))) {
            // A long pasted text: thousands of distinct terms take well over a millisecond.
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                text.append("term").append(i).append(' ');
            }
            Api.Answer a = server.client().post("/api/v1/search", "{\"text\": \"" + text + "\", \"mode\": \"keyword\"}");
            assertEquals(503, a.status(), a.toString());
            assertEquals("timeout", a.error());
            assertEquals("1", a.header("Retry-After"));
        }
    }
}
