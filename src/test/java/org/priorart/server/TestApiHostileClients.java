package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ApiSettings;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.index.PatentIndex;
import org.priorart.ingest.InputFiles;
import org.priorart.search.Json;

/**
 * Clients that misbehave, by accident or on purpose, over real HTTP: bodies cut short, and the server
 * answering each with the documented error and one log line, never a stack trace.
 */
class TestApiHostileClients {

    @TempDir
    static Path tmp;

    private static PatentIndex index;
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 50));
        index = PatentIndex.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(docs)));
        server = ApiServer.start(index, null, ApiSettings.DEFAULT.withKeysFile(tmp.resolve("keys.json")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
    }

    /** The server's log (System.err) while the action runs. */
    private static String log(ThrowingRunnable action) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        err.print(log);
        return log;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String post(String path, int contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
    }

    @Test
    void aBodyCutShortIsA400AndOneLogLineNeverA500OrAStackTrace() throws Exception {
        String[] answer = new String[1];
        String log = log(() -> {
            // The client stops sending (half-close) before the body is complete: it still reads the answer.
            try (RawClient client = new RawClient(server.port)) {
                answer[0] = client.send(post("/api/v1/search", 100) + "{\"text\": \"batt").finishSending().answer(2_000);
            }
            // Clients that go away mid-body: nobody to answer, and nothing to log but a line each.
            for (int i = 0; i < 5; i++) {
                try (RawClient gone = new RawClient(server.port)) {
                    gone.send(post("/api/v1/patents", 5000) + "[{\"publication_number\": \"US1");
                }
            }
            Thread.sleep(1_000);
        });
        assertEquals(400, RawClient.status(answer[0]), answer[0]);
        JsonNode error = Json.mapper().readTree(RawClient.body(answer[0]));
        assertEquals("bad_request", error.path("error").asText(), answer[0]);
        assertTrue(error.path("message").asText().contains("ended before"), answer[0]);
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "a stack trace in the log:\n" + log);
        assertFalse(log.contains(" 500 "), log);
        assertEquals(6, log.lines().filter(l -> l.contains("the request body ended before")).count(), "one line each:\n" + log);
        // The server is unharmed.
        assertEquals(200, server.client().get("/api/v1/search?text=battery&mode=keyword").status());
    }
}
