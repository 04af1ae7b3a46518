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
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.search.Json;

/**
 * Clients that misbehave, by accident or on purpose, over real HTTP: bodies cut short, trickled or
 * never finished; answers never read; pages of other sites in the examiner's browser writing to a
 * local server without keys (cross-site requests, DNS rebinding). The server answers each with the
 * documented error and one log line, never a stack trace, and keeps answering everyone else.
 */
class TestApiHostileClients {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;

    @BeforeAll
    static void start() throws Exception {
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 50));
        index = LuceneEngine.openWritable(tmp.resolve("index"));
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
                answer[0] = client.send(post("/api/v1/search", 101) + "{\"text\": \"batt").finishSending().answer(2_000);
            }
            // Clients that go away mid-body: nobody to answer, and nothing to log but a line each.
            for (int i = 0; i < 5; i++) {
                try (RawClient gone = new RawClient(server.port)) {
                    gone.send(post("/api/v1/patents", 5001) + "[{\"publication_number\": \"US1");
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
        assertEquals(1, log.lines().filter(l -> l.contains("the request body ended before its Content-Length of 101 bytes")).count(), log);
        assertEquals(5, log.lines().filter(l -> l.contains("the request body ended before its Content-Length of 5001 bytes")).count(),
                "one line each:\n" + log);
        // The server is unharmed.
        assertEquals(200, server.client().get("/api/v1/search?text=battery&mode=keyword").status());
    }

    // ---- Slow clients: they may not starve the others (issue 11, item 2) ----

    /** A server on the same index with its own settings and keys: "attacker" and "victim", both of role admin. */
    private static ApiServer limited(ApiSettings settings, Path keysFile) {
        return ApiServer.start(index, null, settings.withKeysFile(keysFile).withRateLimits(0, 0));
    }

    private static String[] keys(Path keysFile) throws Exception {
        org.priorart.server.auth.KeyStore store = org.priorart.server.auth.KeyStore.at(keysFile);
        return new String[] {store.create("attacker", org.priorart.server.auth.Role.ADMIN, 0, 0L).secret(),
                store.create("victim", org.priorart.server.auth.Role.ADMIN, 0, 0L).secret()};
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /** The status of a search of the victim, which must be answered within 10 s (slow clients may not make it wait for them). */
    private static int victimSearch(ApiServer s, String key) throws Exception {
        var request = s.client(key).request("/api/v1/search?text=battery&mode=keyword").timeout(java.time.Duration.ofSeconds(10));
        try {
            return HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError("another client's search waited more than 10 s for slow clients", e);
        }
    }

    /** Opens a request whose body never comes in full (the first bytes, then nothing). */
    private static RawClient hangingBody(ApiServer s, String key) throws Exception {
        RawClient c = new RawClient(s.port);
        c.send("POST /api/v1/search HTTP/1.1\r\nHost: 127.0.0.1:" + s.port + "\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + key + "\r\nContent-Length: 1000\r\n\r\n{\"text\": \"bat");
        return c;
    }

    @Test
    void bodiesThatNeverFinishHoldNoWorkerFromOtherClients() throws Exception {
        Path keysFile = tmp.resolve("hanging-keys.json");
        String[] k = keys(keysFile);
        // Two workers, no minimum data rate, no cap per client: only where the body is read protects the victim.
        try (ApiServer s = limited(ApiSettings.DEFAULT.withMaxConcurrent(2).withMaxConcurrentPerClient(100).withMinDataRate(0), keysFile)) {
            List<RawClient> hanging = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    hanging.add(hangingBody(s, k[0]));
                }
                Thread.sleep(500);
                assertEquals(200, victimSearch(s, k[1]));
                assertEquals(200, s.client().get("/api/v1/health").status());
            } finally {
                hanging.forEach(RawClient::close);
            }
        }
    }

    @Test
    void aBodyTrickledSlowerThanTheMinimumRateIsCutWith408() throws Exception {
        try (RawClient c = new RawClient(server.port)) {
            c.send(post("/api/v1/search", 2000));
            long start = System.nanoTime();
            String answer = "";
            while (System.nanoTime() - start < 20_000_000_000L) {
                try {
                    c.send(" "); // white space: a body that would be valid JSON if it ever ended
                } catch (java.io.IOException closed) {
                    break; // the server answered and closed
                }
                if (c.available() > 0) {
                    break;
                }
                Thread.sleep(100);
            }
            answer = c.answer(1_000);
            assertEquals(408, RawClient.status(answer), answer);
            assertEquals("timeout", Json.mapper().readTree(RawClient.body(answer)).path("error").asText(), answer);
        }
    }

    @Test
    void aKeyHasAtMostItsShareOfRequestsInFlight() throws Exception {
        Path keysFile = tmp.resolve("share-keys.json");
        String[] k = keys(keysFile);
        try (ApiServer s = limited(ApiSettings.DEFAULT.withMaxConcurrentPerClient(2).withMinDataRate(0), keysFile)) {
            RawClient first = hangingBody(s, k[0]);
            RawClient second = hangingBody(s, k[0]);
            Thread.sleep(300);
            Api.Answer third = s.client(k[0]).get("/api/v1/search?text=battery&mode=keyword");
            assertEquals(429, third.status(), third.toString());
            assertEquals("rate_limited", third.error());
            assertEquals("concurrent", third.json().path("details").path("window").asText(), third.toString());
            assertEquals("1", third.header("Retry-After"));
            assertEquals(200, victimSearch(s, k[1]), "another key is not affected");
            first.close();
            second.close();
            long start = System.nanoTime();
            while (s.client(k[0]).get("/api/v1/search?text=battery&mode=keyword").status() != 200) {
                assertTrue(System.nanoTime() - start < 5_000_000_000L, "the slots of closed requests are not given back");
                Thread.sleep(100);
            }
        }
    }

    /** A document of about 8 MB (its claims), indexed once. */
    private static String bigDocument(ApiServer s) {
        String number = "US9922222B2";
        if (s.client().get("/api/v1/patents/" + number).status() != 200) {
            String claim = "1. A snorkelwick valve comprising a body and a seat. ".repeat(40);
            String claims = ("\"" + claim + "\", ").repeat(4000);
            String doc = "{\"publication_number\": \"" + number + "\", \"title\": \"Snorkelwick valve\", \"claims\": ["
                    + claims + "\"2. The valve of claim 1.\"]}";
            Api.Answer written = s.client().post("/api/v1/patents", doc);
            assertEquals(200, written.status(), written.toString());
        }
        return "/api/v1/patents/" + number;
    }

    /** A GET whose answer is never read: a small receive buffer, so the server's writes block soon. */
    private static RawClient neverReading(ApiServer s, String path, String key) throws Exception {
        RawClient c = new RawClient(s.port, 4096);
        c.send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + s.port + "\r\nAuthorization: Bearer " + key + "\r\n\r\n");
        return c;
    }

    @Test
    void answersNeverReadHoldNoWorkerAndBoundedMemory() throws Exception {
        Path keysFile = tmp.resolve("reader-keys.json");
        String[] k = keys(keysFile);
        try (ApiServer s = limited(ApiSettings.DEFAULT.withMaxConcurrent(2).withMaxConcurrentPerClient(100)
                .withResponseMemory(20L << 20), keysFile)) {
            String big = bigDocument(server);
            long size = server.client().get(big).raw().length();
            assertTrue(size > 8_000_000 && size < 10_000_000, "about 8 MB: " + size);
            List<RawClient> stalled = new java.util.ArrayList<>();
            try {
                // Two answers of 8 MB fit in 20 MB of answers in flight; they wait for readers that never read.
                for (int i = 0; i < 2; i++) {
                    stalled.add(neverReading(s, big, k[0]));
                }
                Thread.sleep(1_000);
                // A third would pass the bound: refused, and said so (its small answer is read).
                try (RawClient third = neverReading(s, big, k[0])) {
                    String answer = third.answer(2_000);
                    assertEquals(503, RawClient.status(answer), answer.substring(0, Math.min(300, answer.length())));
                    assertTrue(answer.contains("\"overloaded\""), answer);
                }
                // The workers are free for the others: answers wait for their readers elsewhere.
                assertEquals(200, victimSearch(s, k[1]));
            } finally {
                stalled.forEach(RawClient::close);
            }
            // Given back when the stalled connections close: the document is served again.
            long start = System.nanoTime();
            while (s.client(k[1]).get(big).status() != 200) {
                assertTrue(System.nanoTime() - start < 10_000_000_000L, "the memory of closed answers is not given back");
                Thread.sleep(200);
            }
        }
    }
}
