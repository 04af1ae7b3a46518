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
 * Clients that misbehave, by accident or on purpose, over real HTTP: bodies cut short; pages of other
 * sites in the examiner's browser writing to a local server without keys (cross-site requests, DNS
 * rebinding); and the server answering each with the documented error and one log line, never a
 * stack trace.
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

    private static final String DOC = "{\"publication_number\": \"US9911111B2\", \"abstract\": \"a snorkelwick valve\"}";

    private static java.net.http.HttpRequest.Builder write(Api api, String method, String path, String body, String type) {
        var request = api.request(path).method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body));
        return type == null ? request : request.header("Content-Type", type);
    }

    @Test
    void aWriteMustBeJsonSoAPageOfAnotherSiteCannotSendOneWithoutAPreflight() {
        Api api = server.client();
        // What an HTML form or a "simple" fetch of any page can send without asking the server first.
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            Api.Answer refused = api.send(write(api, "POST", "/api/v1/patents", DOC, type));
            assertEquals(415, refused.status(), type + ": " + refused);
            assertEquals("unsupported_media_type", refused.error(), refused.toString());
            assertTrue(refused.json().path("message").asText().contains("application/json"), refused.toString());
        }
        assertEquals(415, api.send(write(api, "POST", "/api/v1/patents", DOC, null)).status(), "no Content-Type at all");
        assertEquals(415, api.send(write(api, "PUT", "/api/v1/sessions/0123456789abcdef/tags/US9911111B2",
                "{\"category\": \"X\"}", "text/plain")).status());
        assertEquals(404, api.get("/api/v1/patents/US9911111B2").status(), "nothing was written");
        // JSON (with a charset, in any case) is accepted, and so is a write without a body.
        Api.Answer written = api.send(write(api, "POST", "/api/v1/patents", DOC, "Application/JSON; charset=utf-8"));
        assertEquals(200, written.status(), written.toString());
        assertEquals(201, api.send(api.request("/api/v1/sessions").POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(200, api.delete("/api/v1/patents/US9911111B2").status());
    }

    @Test
    void aRequestFromAPageOfAnotherOriginIsRefused() {
        Api api = server.client();
        String own = "http://127.0.0.1:" + server.port;
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + (server.port + 1),
                "http://localhost:" + server.port, "file://", "http://127.0.0.1:" + server.port + ".evil.example")) {
            Api.Answer write = api.send(write(api, "POST", "/api/v1/patents", DOC, "application/json").header("Origin", origin));
            assertEquals(403, write.status(), origin + ": " + write);
            assertEquals("forbidden", write.error());
            assertTrue(write.json().path("message").asText().contains("origin"), write.toString());
            Api.Answer read = api.send(api.request("/api/v1/sessions").header("Origin", origin));
            assertEquals(403, read.status(), origin + ": " + read);
        }
        assertEquals(404, api.get("/api/v1/patents/US9911111B2").status(), "nothing was written");
        // The server's own page (same origin) works as before.
        Api.Answer ownWrite = api.send(write(api, "POST", "/api/v1/patents", DOC, "application/json").header("Origin", own));
        assertEquals(200, ownWrite.status(), ownWrite.toString());
        assertEquals(200, api.send(api.request("/api/v1/sessions").header("Origin", own)).status());
        assertEquals(200, api.send(api.request("/api/v1/patents/US9911111B2").DELETE().header("Origin", own)).status());
    }

    /** A GET with this Host header, as a browser sends it when a page's own name resolves to this machine. */
    private static String getWithHost(String path, String host) throws Exception {
        try (RawClient client = new RawClient(server.port)) {
            return client.send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").answer(2_000);
        }
    }

    @Test
    void withoutKeysOnlyTheServersOwnHostNamesAreAnswered() throws Exception {
        int port = server.port;
        // DNS rebinding: evil.example first resolves to the attacker, then to 127.0.0.1; its page then reads this server.
        for (String path : List.of("/api/v1/sessions", "/api/v1/search?text=battery&mode=keyword", "/", "/api/v1/health")) {
            for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port)) {
                String answer = getWithHost(path, host);
                assertEquals(403, RawClient.status(answer), host + " " + path + ": " + answer);
                JsonNode error = Json.mapper().readTree(RawClient.body(answer));
                assertEquals("forbidden", error.path("error").asText(), answer);
                assertTrue(error.path("message").asText().contains("host"), answer);
            }
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port, "127.0.0.1")) {
            assertEquals(200, RawClient.status(getWithHost("/api/v1/sessions", host)), host);
        }
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
