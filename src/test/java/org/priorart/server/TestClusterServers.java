package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.cli.PriorArtCli;
import org.priorart.config.ApiSettings;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.opensearch.ClusterNode;
import org.priorart.engine.opensearch.ClusterSharedState;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * Two PriorArt servers on one cluster, as behind a load balancer, over real HTTP: a session made and
 * tagged through one is read, with its tag, through the other; two clients tagging one session through
 * the two servers at once lose no tag; a key made with the command line works on both, and one revoked
 * on one server (or with the command line) is refused by the other within a second; a server cut off
 * from its cluster refuses every key and never serves without one. The patents are a small embedded
 * index both servers search (the patents in the cluster are the cluster engine tests' subject); what is
 * tested is what the servers share through the cluster. Runs against the node named by
 * {@code PRIORART_TEST_OPENSEARCH} (skipped without one, a failure with {@code PRIORART_REQUIRE_OPENSEARCH=1}).
 */
class TestClusterServers {

    private static final Pattern KEY = Pattern.compile("(pa_[0-9a-f]{12}_[A-Za-z0-9_-]{43})");

    @TempDir
    static Path tmp;

    private static LuceneEngine patents;
    private static List<String> numbers;

    private ClusterSettings settings;
    private final List<ApiServer> servers = new ArrayList<>();
    private final Map<ApiServer, ServerState> states = new HashMap<>();

    @BeforeAll
    static void index() throws Exception {
        List<String> lines = TestData.lines(TestData.TEN_K, 60);
        Path input = Files.write(tmp.resolve("patents.jsonl"), lines);
        try (LuceneEngine writer = LuceneEngine.openWritable(tmp.resolve("index"))) {
            new Ingester(writer, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(input)));
        }
        patents = LuceneEngine.openReadOnly(tmp.resolve("index"));
        JsonDocumentMapper json = new JsonDocumentMapper();
        numbers = new ArrayList<>();
        for (String line : lines) {
            numbers.add(json.fromJson(line).number().toString());
        }
    }

    @AfterAll
    static void close() throws Exception {
        patents.close();
    }

    @BeforeEach
    void cluster() {
        settings = ClusterNode.fresh("state-servers");
    }

    @AfterEach
    void stop() {
        servers.forEach(ApiServer::close);
        ClusterNode.drop(settings);
    }

    /** A server whose sessions and keys live in the cluster at this address (its own client, as another process has). */
    private ApiServer server(String name, String clusterUrl) throws Exception {
        ClusterSettings s = new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of(clusterUrl), settings.index(),
                null, null, null, false, 1, 0);
        ClusterSharedState cluster = ClusterSharedState.open(s);
        ServerState state = ServerState.shared(cluster.sessions(), cluster.keys(), cluster);
        Path dir = Files.createDirectories(tmp.resolve(name + "-" + settings.index()));
        ApiServer server = ApiServer.start(ApiServer.config(patents, ApiSettings.DEFAULT).withIndexDir(dir), patents, null, state);
        servers.add(server);
        states.put(server, state);
        return server;
    }

    private ApiServer server(String name) throws Exception {
        return server(name, settings.nodes().get(0));
    }

    /** Runs the command line; its output. */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PriorArtCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    private String[] keysCommand(String... args) {
        List<String> all = new ArrayList<>(List.of("keys"));
        all.addAll(List.of(args));
        all.addAll(List.of("--backend", "opensearch", "--cluster", settings.nodes().get(0), "--cluster-index", settings.index()));
        return all.toArray(String[]::new);
    }

    private String createKey(String name) {
        Matcher m = KEY.matcher(cli(keysCommand("create", "--name", name, "--role", "search")));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Milliseconds until the status is the one expected, polled; fails after {@code limitMillis} and a margin. */
    private static long millisUntil(int expected, IntSupplier status, long limitMillis) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            int s = status.getAsInt();
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (s == expected) {
                return elapsed;
            }
            assertTrue(elapsed < limitMillis * 3, "still " + s + " after " + elapsed + " ms, expected " + expected);
            Thread.sleep(10);
        }
    }

    @Test
    void aSessionMadeAndTaggedThroughOneServerIsReadWithItsTagThroughTheOther() throws Exception {
        Api a = server("a").client();
        Api b = server("b").client();
        Api.Answer made = a.post("/api/v1/sessions", "{\"name\": \"US 17/123,456\"}");
        assertEquals(201, made.status(), made.toString());
        String base = "/api/v1/sessions/" + made.json().path("id").asText();
        Api.Answer tagged = a.put(base + "/tags/" + numbers.get(0), "{\"category\": \"X\", \"note\": \"col. 3, l. 5\"}");
        assertEquals(200, tagged.status(), tagged.toString());

        JsonNode read = b.get(base).json();
        assertEquals(numbers.get(0), read.path("tags").path(0).path("publication_number").asText());
        assertEquals("X", read.path("tags").path(0).path("category").asText());
        assertEquals("col. 3, l. 5", read.path("tags").path(0).path("note").asText());
        assertEquals(1, b.get("/api/v1/sessions").json().path("sessions").size(), "listed through the other server too");
        assertEquals(1, b.get("/api/v1/sessions").json().path("sessions").path(0).path("tags").asInt());

        Api.Answer recorded = b.post(base + "/history", "{\"search\": {\"query\": \"battery\", \"mode\": \"keyword\"}, "
                + "\"total\": {\"value\": 3, \"relation\": \"eq\"}}");
        assertEquals(201, recorded.status(), recorded.toString());
        assertEquals(1, a.get(base).json().path("history").size(), "a search recorded through b is in a's history");
        assertEquals(200, b.delete(base).status());
        assertEquals(404, a.get(base).status(), "deleted through b, gone through a");
        for (ApiServer s : servers) {
            assertFalse(Files.exists(s.config.indexDir().resolve(PriorArtServer.SESSIONS_DIR)), "no session file in cluster mode");
        }
    }

    @Test
    void twoClientsTaggingOneSessionThroughTwoServersAtOnceLoseNoTag() throws Exception {
        int each = 20;
        List<Api> clients = List.of(server("a").client(), server("b").client());
        String base = "/api/v1/sessions/" + clients.get(0).post("/api/v1/sessions", "{\"name\": \"two tabs\"}").json().path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> runs = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                Api api = clients.get(c);
                int from = c * each;
                runs.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = from; i < from + each; i++) {
                        statuses.add(api.put(base + "/tags/" + numbers.get(i), "{\"category\": \"A\"}").status());
                        statuses.add(api.post(base + "/history", "{\"search\": {\"query\": \"q" + i + "\", \"mode\": \"keyword\"}, "
                                + "\"total\": {\"value\": 1, \"relation\": \"eq\"}}").status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> run : runs) {
                assertTrue(run.get().stream().allMatch(s -> s == 200 || s == 201), "every write answered: " + run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (Api api : clients) {
            JsonNode s = api.get(base).json();
            List<String> tagged = new ArrayList<>();
            s.path("tags").forEach(t -> tagged.add(t.path("publication_number").asText()));
            assertEquals(numbers.subList(0, 2 * each).stream().sorted().toList(), tagged.stream().sorted().toList(), "no tag lost");
            List<Integer> history = new ArrayList<>();
            s.path("history").forEach(h -> history.add(h.path("number").asInt()));
            assertEquals(IntStream.rangeClosed(1, 2 * each).boxed().toList(), history,
                    "every search numbered once, in order");
        }
    }

    @Test
    void aKeyMadeWithTheCommandLineWorksOnBothAndOneRevokedOnOneIsRefusedByTheOtherWithinASecond() throws Exception {
        ApiServer one = server("a");
        Api a = one.client();
        Api b = server("b").client();
        assertEquals(200, a.get("/api/v1/sessions").status(), "no key in the cluster yet: local use without one");

        String key = createKey("examiner-1");
        assertEquals(200, a.withKey(key).get("/api/v1/sessions").status(), "a key just made works at once");
        assertEquals(200, b.withKey(key).get("/api/v1/sessions").status());
        millisUntil(401, () -> a.get("/api/v1/sessions").status(), 1000);
        millisUntil(401, () -> b.get("/api/v1/sessions").status(), 1000);

        String other = createKey("examiner-2");
        // b looks an unknown key up at most every 100 ms (a flood of made-up keys must not reread the keys each
        // time), and it looked examiner-1 up a moment ago: the new key works within the recheck, not always at once
        long made = millisUntil(200, () -> b.withKey(other).get("/api/v1/sessions").status(), 1000);
        assertTrue(made <= 1000, "a new key worked on the other server after " + made + " ms");
        // Revoked on server a (its own key store, as an admin endpoint would): refused by a at once, by b within 1 s.
        states.get(one).keys().revoke("examiner-1");
        assertEquals(401, a.withKey(key).get("/api/v1/whoami").status(), "refused at once where it was revoked");
        long millis = millisUntil(401, () -> b.withKey(key).get("/api/v1/whoami").status(), 1000);
        assertTrue(millis <= 1000, "the other server refused it after " + millis + " ms");

        // Revoked with the command line: refused by both within 1 s; the other key still works.
        cli(keysCommand("revoke", "examiner-2"));
        long ma = millisUntil(401, () -> a.withKey(other).get("/api/v1/whoami").status(), 1000);
        long mb = millisUntil(401, () -> b.withKey(other).get("/api/v1/whoami").status(), 1000);
        assertTrue(ma <= 1000 && mb <= 1000, "refused after " + ma + " and " + mb + " ms");
        assertTrue(cli(keysCommand("list")).contains("revoked"));
        assertEquals(401, a.get("/api/v1/sessions").status(), "no active key left: still no access without one");
        assertEquals(401, b.get("/api/v1/sessions").status());
    }

    @Test
    void aServerCutOffFromItsClusterRefusesEveryKeyAndNeverServesWithoutOne() throws Exception {
        URI node = URI.create(settings.nodes().get(0));
        String key = createKey("examiner-1");
        try (TcpProxy proxy = new TcpProxy(node.getHost(), node.getPort())) {
            Api api = server("cut", proxy.url()).client();
            assertEquals(200, api.withKey(key).get("/api/v1/sessions").status());
            assertEquals(401, api.get("/api/v1/sessions").status());
            proxy.close();
            long millis = millisUntil(401, () -> api.withKey(key).get("/api/v1/whoami").status(), 1000);
            assertTrue(millis <= 1000, "the key still counted " + millis + " ms after the cluster went");
            for (int i = 0; i < 20; i++) {
                int withKey = api.withKey(key).get("/api/v1/sessions").status();
                int without = api.get("/api/v1/sessions").status();
                assertTrue(withKey == 401 || withKey == 503, "with a key: " + withKey);
                assertTrue(without == 401 || without == 503, "without a key: " + without);
                Thread.sleep(50);
            }
        }
        // A server that starts on a cluster it cannot reach cannot know whether keys were made: it requires them.
        Api unreachable = server("nowhere", "http://127.0.0.1:1").client();
        assertEquals(401, unreachable.get("/api/v1/sessions").status());
        assertEquals(401, unreachable.withKey(key).get("/api/v1/sessions").status());
        JsonNode who = unreachable.get("/api/v1/whoami").json();
        assertTrue(who.path("key_required").asBoolean(), who.toString());
        assertNotEquals(200, unreachable.get("/api/v1/search?text=battery&mode=keyword").status());
    }
}
