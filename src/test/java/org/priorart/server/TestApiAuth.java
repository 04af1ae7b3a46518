package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ApiSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/** Keys, roles, limits and the network rules, over real HTTP. */
class TestApiAuth {

    @TempDir
    Path tmp;

    private LuceneEngine index;
    private KeyStore keys;
    private ApiServer server;

    @BeforeEach
    void open() throws Exception {
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 50));
        index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(docs)));
        keys = KeyStore.at(tmp.resolve("keys.json"));
    }

    @AfterEach
    void close() throws Exception {
        if (server != null) {
            server.close();
        }
        index.close();
    }

    private ApiServer start(ApiSettings settings) {
        server = ApiServer.start(index, null, settings.withKeysFile(tmp.resolve("keys.json")));
        return server;
    }

    private String key(String name, Role role, Integer perMinute, Long perDay) throws Exception {
        return keys.create(name, role, perMinute, perDay).secret();
    }

    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new org.priorart.server.api.ApiDocs().document());

    private static final String DOC = "{\"publication_number\": \"US9911111B2\", \"abstract\": \"a snorkelwick valve\"}";

    @Test
    void withoutKeysALoopbackServerServesItsOwnMachine() {
        Api api = start(ApiSettings.DEFAULT).client();
        assertEquals(200, api.get("/api/v1/search?text=battery&mode=keyword").status());
        assertEquals(200, api.post("/api/v1/patents", DOC).status());
        assertEquals(200, api.get("/metrics").status());
        // Local use is not limited.
        assertNull(api.get("/api/v1/search?text=battery&mode=keyword").header("RateLimit-Limit"));
        // A key sent to a server without keys is still checked.
        assertEquals(401, api.withKey("pa_0000_nope").get("/api/v1/search?text=battery").status());
        // "Bearer " with nothing after it (a script's empty $PRIORART_KEY) sends no key: answered here.
        assertEquals(200, api.send(api.request("/api/v1/search?text=battery&mode=keyword").header("Authorization", "Bearer ")).status());
    }

    @Test
    void rolesDecideWhatAKeyMayDo() throws Exception {
        String search = key("portal", Role.SEARCH, 0, 0L);
        String ingest = key("loader", Role.INGEST, 0, 0L);
        String admin = key("ops", Role.ADMIN, 0, 0L);
        Api anonymous = start(ApiSettings.DEFAULT).client();

        Api.Answer noKey = anonymous.get("/api/v1/search?text=battery");
        assertEquals(401, noKey.status());
        assertEquals("unauthorized", noKey.error());
        assertEquals("Bearer realm=\"priorart\"", noKey.header("WWW-Authenticate"));
        assertTrue(SCHEMAS.checkResponse("/api/v1/search", "get", 401, noKey.json()).isEmpty());
        assertEquals(401, anonymous.post("/api/v1/patents", DOC).status());
        assertEquals(401, anonymous.get("/metrics").status());
        // Public: health, the document and the page.
        assertEquals(200, anonymous.get("/api/v1/health").status());
        assertEquals(200, anonymous.get("/health").status());
        assertEquals(200, anonymous.get("/api/v1/openapi.json").status());
        assertEquals(200, anonymous.get("/api/v1/docs").status());

        Api searcher = anonymous.withKey(search);
        assertEquals(200, searcher.get("/api/v1/search?text=battery&mode=keyword").status());
        assertEquals(200, searcher.get("/metrics").status());
        Api.Answer forbidden = searcher.post("/api/v1/patents", DOC);
        assertEquals(403, forbidden.status());
        assertEquals("forbidden", forbidden.error());
        assertEquals("ingest", forbidden.json().path("details").path("required_role").asText());
        assertTrue(SCHEMAS.checkResponse("/api/v1/patents", "post", 403, forbidden.json()).isEmpty());
        assertEquals(403, searcher.delete("/api/v1/patents/US9911111B2").status());

        Api loader = anonymous.withKey(ingest);
        assertEquals(200, loader.post("/api/v1/patents", DOC).status());
        assertEquals(200, loader.get("/api/v1/search?text=snorkelwick&mode=keyword").status());
        assertEquals(200, loader.delete("/api/v1/patents/US9911111B2").status());

        Api ops = anonymous.withKey(admin);
        assertEquals(200, ops.post("/api/v1/patents", DOC).status());
        assertEquals(200, ops.delete("/api/v1/patents/US9911111B2").status());
        assertEquals(200, ops.get("/api/v1/patents/" + firstNumber(ops)).status());

        // The other header, and wrong ones.
        assertEquals(200, anonymous.send(anonymous.request("/api/v1/search?text=battery&mode=keyword").header("X-API-Key", search)).status());
        assertEquals(401, anonymous.send(anonymous.request("/api/v1/search?text=battery").header("Authorization", "Basic " + search)).status());
        assertEquals(401, anonymous.send(anonymous.request("/api/v1/search?text=battery").header("Authorization", "Bearer")).status());
        assertEquals(401, anonymous.withKey(search.substring(0, search.length() - 1) + "x").get("/api/v1/search?text=b").status());
        assertEquals(401, anonymous.withKey("pa_" + "9".repeat(500)).get("/api/v1/search?text=b").status());
        // An empty "Bearer " (a script's unset variable) sends no key: it does not hide the X-API-Key beside it.
        for (String empty : List.of("Bearer ", "Bearer", "bearer   ")) {
            Api.Answer both = anonymous.send(anonymous.request("/api/v1/search?text=battery&mode=keyword")
                    .header("Authorization", empty).header("X-API-Key", search));
            assertEquals(200, both.status(), "'" + empty + "': " + both);
        }
        // Two different keys are refused, never one of them chosen: a mistyped (or revoked) key beside a
        // valid one passed when the valid one was in Authorization, as did a second X-API-Key.
        String mistyped = search.substring(0, search.length() - 1) + "x";
        for (String[] two : List.of(new String[] {"Bearer " + search, mistyped}, new String[] {"Bearer " + mistyped, search},
                new String[] {"Bearer " + search, ingest})) {
            Api.Answer both = anonymous.send(anonymous.request("/api/v1/search?text=battery&mode=keyword")
                    .header("Authorization", two[0]).header("X-API-Key", two[1]));
            assertEquals(401, both.status(), two[0] + " and " + two[1] + ": " + both);
            assertEquals("unauthorized", both.error());
        }
        Api.Answer twice = anonymous.send(anonymous.request("/api/v1/search?text=battery&mode=keyword")
                .header("X-API-Key", search).header("X-API-Key", mistyped));
        assertEquals(401, twice.status(), twice.toString());
        Api.Answer same = anonymous.send(anonymous.request("/api/v1/search?text=battery&mode=keyword")
                .header("Authorization", "Bearer " + search).header("X-API-Key", search));
        assertEquals(200, same.status(), "the same key in both headers is one key: " + same);
    }

    private static String firstNumber(Api api) {
        return api.get("/api/v1/search?query=NOT+zzqqxx&mode=keyword&size=1").json().path("hits").path(0).path("publication_number").asText();
    }

    @Test
    void aRevokedKeyIsRefusedWithinASecond() throws Exception {
        String search = key("portal", Role.SEARCH, 0, 0L);
        Api api = start(ApiSettings.DEFAULT).client(search);
        assertEquals(200, api.get("/api/v1/search?text=battery&mode=keyword").status());
        keys.revoke("portal");
        long start = System.nanoTime();
        while (api.get("/api/v1/search?text=battery&mode=keyword").status() == 200) {
            assertTrue(System.nanoTime() - start < 2_000_000_000L, "still accepted after 2 s");
            Thread.sleep(50);
        }
        assertEquals(401, api.get("/api/v1/search?text=battery").status());
        // A key created while the server runs works without a restart.
        String fresh = key("portal", Role.SEARCH, 0, 0L);
        start = System.nanoTime();
        while (api.withKey(fresh).get("/api/v1/search?text=battery&mode=keyword").status() != 200) {
            assertTrue(System.nanoTime() - start < 2_000_000_000L, "a new key not accepted after 2 s");
            Thread.sleep(50);
        }
    }

    /** Polls until the server answers this key with the status (the keys file is checked once a second). */
    private static void awaitStatus(Api api, int status) throws InterruptedException {
        long start = System.nanoTime();
        while (api.get("/api/v1/search?text=battery&mode=keyword").status() != status) {
            assertTrue(System.nanoTime() - start < 3_000_000_000L, "not answered " + status + " after 3 s");
            Thread.sleep(50);
        }
    }

    /** Requests without a key are refused (and keep being refused), and the server says a key is required. */
    private static void assertLocked(Api anonymous) throws InterruptedException {
        for (int i = 0; i < 6; i++) { // over more than a second: a reload of the file in between changes nothing
            assertEquals(401, anonymous.get("/api/v1/search?text=battery&mode=keyword").status());
            assertEquals(401, anonymous.delete("/api/v1/patents/US9911111B2").status());
            Thread.sleep(250);
        }
        assertTrue(anonymous.get("/api/v1/whoami").json().path("key_required").asBoolean());
    }

    @Test
    void aServerStartedWithKeysKeepsRequiringThemWhenTheKeysFileGoesAwayEmptiesOrLosesItsLastKey() throws Exception {
        Path file = tmp.resolve("keys.json");
        String first = key("portal", Role.SEARCH, 0, 0L);
        Api anonymous = start(ApiSettings.DEFAULT).client();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // The last key revoked: the API is locked, not opened.
            keys.revoke("portal");
            awaitStatus(anonymous.withKey(first), 401);
            assertLocked(anonymous);

            // The file deleted: no key is valid, and none is needed is never the conclusion.
            String second = key("portal", Role.SEARCH, 0, 0L);
            awaitStatus(anonymous.withKey(second), 200);
            Files.delete(file);
            awaitStatus(anonymous.withKey(second), 401);
            assertLocked(anonymous);

            // The file emptied.
            String third = key("portal", Role.SEARCH, 0, 0L);
            awaitStatus(anonymous.withKey(third), 200);
            Files.write(file, new byte[0]);
            awaitStatus(anonymous.withKey(third), 401);
            assertLocked(anonymous);

            // Keys again: they work without a restart.
            Files.delete(file);
            String fourth = key("portal", Role.SEARCH, 0, 0L);
            awaitStatus(anonymous.withKey(fourth), 200);
            assertEquals(401, anonymous.get("/api/v1/search?text=battery&mode=keyword").status());
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        for (String problem : List.of("has no active key", "is missing", "is empty")) {
            assertTrue(log.lines().anyMatch(l -> l.contains("ERROR") && l.contains(problem)), problem + " not logged:\n" + log);
        }
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterAndRateLimitHeaders() throws Exception {
        String limited = key("small", Role.SEARCH, 3, null);
        Api api = start(ApiSettings.DEFAULT).client(limited);
        for (int i = 0; i < 3; i++) {
            Api.Answer a = api.get("/api/v1/search?text=battery&mode=keyword");
            if (a.status() == 429) { // the minute turned over between requests: start again
                i = -1;
                Thread.sleep(Long.parseLong(a.header("Retry-After")) * 1000);
                continue;
            }
            assertEquals(200, a.status());
            assertEquals("3", a.header("RateLimit-Limit"));
            assertEquals(String.valueOf(2 - i), a.header("RateLimit-Remaining"));
            long reset = Long.parseLong(a.header("RateLimit-Reset"));
            assertTrue(reset >= 0 && reset <= 60);
            assertEquals("3;w=60, 100000;w=86400", a.header("RateLimit-Policy"));
        }
        Api.Answer refused = api.get("/api/v1/search?text=battery&mode=keyword");
        if (refused.status() == 200) {
            return; // the window reset exactly between: the counting was checked above
        }
        assertEquals(429, refused.status());
        assertEquals("rate_limited", refused.error());
        long retry = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 60, refused.header("Retry-After"));
        assertEquals("0", refused.header("RateLimit-Remaining"));
        assertEquals("minute", refused.json().path("details").path("window").asText());
        assertTrue(SCHEMAS.checkResponse("/api/v1/search", "get", 429, refused.json()).isEmpty());
        // Another key is not affected.
        assertEquals(200, api.withKey(key("other", Role.SEARCH, 3, null)).get("/api/v1/search?text=battery&mode=keyword").status());
    }

    @Test
    void theDailyQuotaAnswers429AndABatchCostsItsSearches() throws Exception {
        String quota = key("quota", Role.SEARCH, 0, 2L);
        String batcherKey = key("batcher", Role.SEARCH, 0, 5L);
        String smallKey = key("small", Role.SEARCH, 0, 3L);
        Api api = start(ApiSettings.DEFAULT).client(quota);
        assertEquals(200, api.get("/api/v1/search?text=battery&mode=keyword").status());
        assertEquals(200, api.get("/api/v1/search?text=battery&mode=keyword").status());
        Api.Answer over = api.get("/api/v1/search?text=battery&mode=keyword");
        assertEquals(429, over.status());
        assertEquals("quota_exceeded", over.error());
        long retry = Long.parseLong(over.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 86_400);

        Api batcher = api.withKey(batcherKey);
        String four = "{\"searches\": [{\"text\": \"a\", \"mode\": \"keyword\"}, {\"text\": \"b\", \"mode\": \"keyword\"},"
                + " {\"text\": \"c\", \"mode\": \"keyword\"}, {\"text\": \"d\", \"mode\": \"keyword\"}]}";
        Api.Answer batch = batcher.post("/api/v1/search/batch", four);
        assertEquals(200, batch.status());
        assertEquals("1", batch.header("RateLimit-Remaining"));
        Api.Answer fifth = batcher.get("/api/v1/search?text=battery&mode=keyword");
        assertEquals(200, fifth.status());
        assertEquals("0", fifth.header("RateLimit-Remaining"));

        // A batch that does not fit is refused whole and costs nothing.
        Api small = api.withKey(smallKey);
        Api.Answer tooBig = small.post("/api/v1/search/batch", four);
        assertEquals(429, tooBig.status());
        assertEquals("quota_exceeded", tooBig.error());
        assertEquals(4, tooBig.json().path("details").path("cost").asInt());
        assertTrue(SCHEMAS.checkResponse("/api/v1/search/batch", "post", 429, tooBig.json()).isEmpty());
        assertTrue(tooBig.json().path("message").asText().contains("can never fit"), tooBig.toString());
        assertEquals("2", small.get("/api/v1/search?text=battery&mode=keyword").header("RateLimit-Remaining"));
    }

    @Test
    void theDefaultLimitsApplyToKeysWithoutTheirOwn() throws Exception {
        String plain = key("plain", Role.SEARCH, null, null);
        Api api = start(ApiSettings.DEFAULT.withRateLimits(2, 0)).client(plain);
        assertEquals("2", api.get("/api/v1/search?text=battery&mode=keyword").header("RateLimit-Limit"));
    }

    @Test
    void aServerRefusesToListenBeyondLoopbackWithoutKeys() throws Exception {
        PriorArtConfig config = ApiServer.config(index, ApiSettings.DEFAULT.withKeysFile(tmp.resolve("keys.json")))
                .withServer("0.0.0.0", 0);
        try (PriorArtServer refused = new PriorArtServer(config, index, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> refused.start(false));
            assertTrue(e.getMessage().contains("refusing to listen on 0.0.0.0 without API keys"), e.getMessage());
            assertTrue(e.getMessage().contains("keys create"), e.getMessage());
        }
        String admin = key("ops", Role.ADMIN, 0, 0L);
        try (PriorArtServer open = new PriorArtServer(config, index, null)) {
            int port = open.start(false);
            Api api = new Api(port, null);
            // Reached over loopback, but bound beyond it: a key is needed all the same.
            assertEquals(401, api.get("/api/v1/search?text=battery").status());
            assertEquals(200, api.withKey(admin).get("/api/v1/search?text=battery&mode=keyword").status());
        }
    }

    @Test
    void noKeyIsEverWrittenToALogOrTheKeysFile() throws Exception {
        String search = key("portal", Role.SEARCH, 1, null);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Api api = start(ApiSettings.DEFAULT).client(search);
            api.get("/api/v1/search?text=battery&mode=keyword");
            api.get("/api/v1/search?text=battery&mode=keyword"); // 429
            api.withKey(search + "x").get("/api/v1/search?text=battery"); // 401
            api.withKey(search).post("/api/v1/patents", DOC); // 403
            api.send(api.request("/api/v1/search?text=" + search).header("X-API-Key", search));
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains(search.substring(16)), log);
        String file = Files.readString(tmp.resolve("keys.json"));
        assertFalse(file.contains(search.substring(16)));
        assertTrue(file.contains("\"hash\""));
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(tmp.resolve("keys.json"))));
        }
    }

    @Test
    void corsIsOffByDefaultAndAllowsOnlyTheListedOrigins() {
        Api api = start(ApiSettings.DEFAULT.withCorsOrigins(List.of("https://portal.example.org"))).client();
        HttpRequest.Builder preflight = api.request("/api/v1/search").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://portal.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type");
        Api.Answer allowed = api.send(preflight);
        assertEquals("https://portal.example.org", allowed.header("Access-Control-Allow-Origin"));
        Api.Answer get = api.send(api.request("/api/v1/search?text=battery&mode=keyword").header("Origin", "https://portal.example.org"));
        assertEquals("https://portal.example.org", get.header("Access-Control-Allow-Origin"));
        assertNotNull(get.header("Access-Control-Expose-Headers"));
        Api.Answer other = api.send(api.request("/api/v1/search?text=battery&mode=keyword").header("Origin", "https://evil.example.com"));
        assertNull(other.header("Access-Control-Allow-Origin"));
        assertEquals(403, other.status(), "a page of an origin not allowed is refused: " + other);
    }

    @Test
    void withKeysAnyHostNameIsAnsweredAndForeignOriginsAreStillRefused() throws Exception {
        String search = key("portal", Role.SEARCH, 0, 0L);
        Api api = start(ApiSettings.DEFAULT).client(search);
        // Behind a proxy a keyed server is reached by any name: the key guards it, not the Host.
        try (RawClient client = new RawClient(server.port)) {
            String answer = client.send("GET /api/v1/search?text=battery&mode=keyword HTTP/1.1\r\nHost: priorart.office.example\r\n"
                    + "Authorization: Bearer " + search + "\r\nConnection: close\r\n\r\n").answer(2_000);
            assertEquals(200, RawClient.status(answer), answer);
        }
        assertEquals(403, api.send(api.request("/api/v1/search?text=battery&mode=keyword").header("Origin", "https://evil.example")).status());
    }
}
