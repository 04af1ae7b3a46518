package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.config.ApiSettings;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.search.Fusion;
import org.priorart.search.InvalidQueryException;
import org.priorart.search.Json;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.api.ApiDocs;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/**
 * The API behind the examiner's page, over real HTTP on the small embedded index: whoami, the
 * document highlights, the claim chart (the search service's own ranking among the charted
 * documents), search sessions with tags, history and CSV export (surviving a restart, private to
 * their key), the explanation's fusion parts; answers checked against the OpenAPI document, and bad
 * input never a 500.
 */
class TestApiWorkflow {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static SearchService service;
    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new ApiDocs().document());

    @BeforeAll
    static void start() throws Exception {
        index = EmbeddedIndex.open();
        server = startOn(index, ApiSettings.DEFAULT);
        api = server.client();
        service = server.server.searchService();
    }

    /** A server whose sessions live in this test's folder (the shared index's folder stays clean). */
    private static ApiServer startOn(LuceneEngine idx, ApiSettings settings) throws IOException {
        return ApiServer.start(ApiServer.config(idx, settings).withIndexDir(tmp), idx, EmbeddedIndex.models());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    private static ObjectNode json(String s) {
        try {
            return (ObjectNode) Json.mapper().readTree(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whoamiSaysNoKeyIsNeededLocally() {
        Api.Answer a = api.get("/api/v1/whoami");
        assertEquals(200, a.status(), a.toString());
        SCHEMAS.assertValid("/api/v1/whoami", "get", a);
        assertFalse(a.json().path("key_required").asBoolean());
        assertFalse(a.json().path("authenticated").asBoolean());
        assertEquals("admin", a.json().path("role").asText());
        Api.Answer wrong = api.withKey("pa_0000_nope").get("/api/v1/whoami");
        assertEquals(401, wrong.status(), "a key sent is always checked");
        SCHEMAS.assertValid("/api/v1/whoami", "get", wrong);
    }

    @Test
    void whoamiWithKeysNamesTheKeyAndSessionsArePrivateToIt() throws Exception {
        Path keysFile = tmp.resolve("keys.json");
        KeyStore keys = KeyStore.at(keysFile);
        String alice = keys.create("alice", Role.SEARCH, null, null).secret();
        String bob = keys.create("bob", Role.SEARCH, null, null).secret();
        try (ApiServer keyed = startOn(index, ApiSettings.DEFAULT.withKeysFile(keysFile))) {
            Api anonymous = keyed.client();
            Api.Answer none = anonymous.get("/api/v1/whoami");
            assertEquals(200, none.status());
            assertTrue(none.json().path("key_required").asBoolean());
            assertFalse(none.json().path("authenticated").asBoolean());
            assertFalse(none.json().has("role"));
            SCHEMAS.assertValid("/api/v1/whoami", "get", none);
            Api.Answer me = anonymous.withKey(alice).get("/api/v1/whoami");
            assertEquals("alice", me.json().path("name").asText());
            assertEquals("search", me.json().path("role").asText());
            assertTrue(me.json().path("authenticated").asBoolean());

            assertEquals(401, anonymous.get("/api/v1/sessions").status());
            Api.Answer made = anonymous.withKey(alice).post("/api/v1/sessions", "{\"name\": \"alice's\"}");
            assertEquals(201, made.status(), "the role search may keep sessions: " + made);
            String id = made.json().path("id").asText();
            assertEquals(200, anonymous.withKey(alice).get("/api/v1/sessions/" + id).status());
            assertEquals(404, anonymous.withKey(bob).get("/api/v1/sessions/" + id).status(), "bob cannot see alice's session");
            assertEquals(404, anonymous.withKey(bob).send(anonymous.withKey(bob).request("/api/v1/sessions/" + id + "/tags/US7900001B2")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"category\": \"X\"}"))).status());
            assertEquals(0, anonymous.withKey(bob).get("/api/v1/sessions").json().path("sessions").size());
        }
    }

    @Test
    void highlightsMarkWhatTheSearchMatchedInTheDocumentsOwnTexts() {
        Api.Answer doc = api.get("/api/v1/patents/US7900001B2");
        Api.Answer a = api.post("/api/v1/patents/US7900001B2/highlights",
                "{\"query\": \"silicon W/3 particl*\", \"text\": \"carbon coating\"}");
        assertEquals(200, a.status(), a.toString());
        SCHEMAS.assertValid("/api/v1/patents/{id}/highlights", "post", a);
        assertEquals("US7900001B2", a.json().path("publication_number").asText());
        List<String> marked = new ArrayList<>();
        for (JsonNode f : a.json().path("fields")) {
            String field = f.path("field").asText();
            JsonNode value = switch (field) {
                case "claims" -> doc.json().path("claims").path(f.path("value_index").asInt()).path("text");
                case "description" -> doc.json().path("description").path(f.path("value_index").asInt()).path("text");
                default -> doc.json().path(field);
            };
            String text = value.asText();
            int last = 0;
            for (JsonNode r : f.path("highlights")) {
                int s = r.path("start").asInt();
                int e = r.path("end").asInt();
                assertTrue(last <= s && s < e && e <= text.length(), f.toString());
                last = e;
                marked.add(text.substring(s, e).toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(marked.contains("silicon") && marked.contains("particles") && marked.contains("carbon")
                && (marked.contains("coated") || marked.contains("coating")), "stems, truncations, proximity: " + marked);
        for (String m : marked) {
            assertTrue(m.startsWith("silicon") || m.startsWith("particl") || m.startsWith("carbon") || m.startsWith("coat"), m);
        }
        Api.Answer bad = api.post("/api/v1/patents/US7900001B2/highlights", "{\"query\": \"silicon AND (carbon OR\"}");
        assertEquals(400, bad.status());
        assertEquals("invalid_query", bad.error());
        int expected;
        try {
            SearchService.parse("silicon AND (carbon OR");
            throw new AssertionError();
        } catch (InvalidQueryException e) {
            expected = e.position();
        }
        assertEquals(expected, bad.json().path("details").path("position").asInt());
        SCHEMAS.assertValid("/api/v1/patents/{id}/highlights", "post", bad);
        assertEquals(404, api.post("/api/v1/patents/US1234567/highlights", "{\"text\": \"silicon\"}").status());
        assertEquals(400, api.post("/api/v1/patents/US7900001B2/highlights", "{}").status());
    }

    @Test
    void highlightsCoverEveryClaimAndParagraphNotJustTheBest() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("multi"));
        java.nio.file.Files.writeString(dir.resolve("doc.jsonl"), "{\"publication_number\": \"US8000001B2\", "
                + "\"title\": \"Valve\", \"claims\": [\"1. A valve comprising a seat.\", \"2. The valve of claim 1, "
                + "wherein the seat is steel.\", \"3. The valve of claim 2, wherein the valve is brass.\"], "
                + "\"description\": [\"The valve closes.\", \"Nothing here.\", \"A seat of the valve.\"]}\n");
        try (LuceneEngine small = LuceneEngine.openWritable(dir.resolve("index"))) {
            new org.priorart.index.Ingester(small, java.util.Optional.empty(), 1, org.priorart.index.IngestProgress.NONE)
                    .ingest(org.priorart.ingest.InputFiles.expand(List.of(dir.resolve("doc.jsonl"))));
            small.refresh();
            try (ApiServer s = ApiServer.start(ApiServer.config(small, ApiSettings.DEFAULT).withIndexDir(dir), small, null)) {
                Api.Answer a = s.client().post("/api/v1/patents/US8000001B2/highlights", "{\"query\": \"valve\"}");
                assertEquals(200, a.status(), a.toString());
                List<String> places = new ArrayList<>();
                a.json().path("fields").forEach(f -> places.add(f.path("field").asText() + ":" + f.path("value_index").asInt()
                        + "x" + f.path("highlights").size()));
                assertEquals(List.of("title:0x1", "claims:0x1", "claims:1x1", "claims:2x2", "description:0x1", "description:2x1"),
                        places);
            }
        }
    }

    @Test
    void theClaimChartIsTheSearchServicesRankingAmongTheChartedDocuments() throws IOException {
        String claim = "1. A lithium ion battery comprising: an anode of porous silicon particles; and a carbon coating "
                + "on the particles, wherein the coating limits the swelling of the silicon during charging.";
        List<String> hits = List.of("US7900001B2", "US20100280001A1", "US20130100001A1", "EP2400001A1");
        ObjectNode body = Json.mapper().createObjectNode().put("claim", claim).put("mode", "hybrid");
        hits.forEach(body.putArray("hits")::add);
        Api.Answer a = api.post("/api/v1/claim-chart", body);
        assertEquals(200, a.status(), a.toString());
        SCHEMAS.assertValid("/api/v1/claim-chart", "post", a);
        JsonNode chart = a.json();
        assertEquals("hybrid", chart.path("mode").asText());
        assertEquals(hits, List.of(chart.path("hits").findValuesAsText("publication_number").toArray(String[]::new)));
        List<String> labels = chart.path("elements").findValuesAsText("label");
        assertEquals(List.of("pre", "a", "b", "c"), labels);
        for (JsonNode element : chart.path("elements")) {
            assertEquals(element.path("text").asText(), claim.substring(element.path("start").asInt(), element.path("end").asInt()));
            assertEquals(hits.size(), element.path("cells").size());
            // The chart's order for an element is the search service's order for that element among these documents.
            List<String> keys = hits.stream().map(h -> org.priorart.patent.PublicationNumber.parse(h).key()).toList();
            SearchResult direct = service.search(new SearchRequest(null, element.path("text").asText(), hits.size(), 0,
                    SearchFilters.NONE.including(keys), true, SearchMode.HYBRID, Fusion.DEFAULT, false));
            String[] byRank = new String[hits.size()];
            element.path("cells").forEach(c -> {
                if (c.has("rank")) {
                    byRank[c.path("rank").asInt() - 1] = c.path("publication_number").asText();
                }
            });
            List<String> ranked = java.util.Arrays.stream(byRank).filter(java.util.Objects::nonNull).toList();
            assertEquals(direct.hits().stream().map(SearchHit::publicationNumber).toList(), ranked, element.toString());
            boolean some = false;
            for (JsonNode cell : element.path("cells")) {
                if (cell.has("keyword")) {
                    JsonNode k = cell.path("keyword");
                    for (JsonNode r : k.path("highlights")) {
                        assertTrue(r.path("end").asInt() <= k.path("text").asText().length());
                    }
                    some = true;
                }
                if (cell.has("semantic")) {
                    double cos = cell.path("semantic").path("score").asDouble();
                    assertTrue(cos > 0 && cos <= 1.0001, cell.toString());
                    some = true;
                }
            }
            assertTrue(some, "each element has a passage in some document: " + element);
        }
        // The examiner's own elements, in keyword mode.
        Api.Answer own = api.post("/api/v1/claim-chart",
                "{\"elements\": [\"porous silicon anode\", \"carbon shell\"], \"hits\": [\"US20100280001A1\"], \"mode\": \"keyword\"}");
        assertEquals(200, own.status(), own.toString());
        SCHEMAS.assertValid("/api/v1/claim-chart", "post", own);
        assertEquals(List.of("a", "b"), own.json().path("elements").findValuesAsText("label"));
        JsonNode cell = own.json().path("elements").path(1).path("cells").path(0);
        assertEquals(1, cell.path("rank").asInt());
        assertTrue(cell.path("keyword").path("text").asText().toLowerCase(Locale.ROOT).contains("carbon shell"), cell.toString());
        assertFalse(cell.has("semantic"), "keyword mode has no semantic passage");
    }

    @Test
    void hybridExplanationsSayWhatEachSideContributed() {
        Api.Answer a = api.get("/api/v1/search" + Api.query("text", "carbon coated silicon anode", "mode", "hybrid", "explain", true));
        assertEquals(200, a.status());
        SCHEMAS.assertValid("/api/v1/search", "get", a);
        for (JsonNode hit : a.json().path("hits")) {
            JsonNode e = hit.path("explanation");
            assertEquals(e.path("fused_score").asDouble(), e.path("keyword_part").asDouble() + e.path("semantic_part").asDouble(), 1e-9);
        }
        Api.Answer keyword = api.get("/api/v1/search" + Api.query("text", "silicon anode", "mode", "keyword", "explain", true));
        assertFalse(keyword.json().path("hits").path(0).path("explanation").has("keyword_part"), "parts are for hybrid mode");
    }

    @Test
    void aSessionKeepsTagsAndHistoryExportsThemAndSurvivesARestart() throws Exception {
        Api.Answer made = api.post("/api/v1/sessions", "{\"name\": \"US 12/345,678 anode\"}");
        assertEquals(201, made.status(), made.toString());
        SCHEMAS.assertValid("/api/v1/sessions", "post", made);
        String id = made.json().path("id").asText();
        String base = "/api/v1/sessions/" + id;

        Api.Answer tagged = put(base + "/tags/US7900001B2", "{\"category\": \"x\", \"note\": \"=cmd|' /C calc'!A0, anode\", \"claims\": \"1-3\"}");
        assertEquals(200, tagged.status(), tagged.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/tags/{id}", "put", tagged);
        assertEquals("X", tagged.json().path("category").asText());
        assertEquals("Carbon coated silicon particles for battery anodes", tagged.json().path("title").asText());
        assertEquals(200, put(base + "/tags/US20100280001A1", "{\"category\": \"A\"}").status());
        assertEquals(200, put(base + "/tags/EP2400001A1", "{\"category\": \"Y\", \"note\": \"with D1\"}").status());

        String search = "{\"search\": {\"query\": \"silicon W/3 anode\", \"text\": \"carbon coated\", \"mode\": \"hybrid\", "
                + "\"semantic_weight\": 0.4, \"cpc\": [\"H01M\"], \"priority_date\": \"2010-01-15\", \"size\": 20}, "
                + "\"total\": {\"value\": 12, \"relation\": \"eq\"}}";
        Api.Answer recorded = api.post(base + "/history", search);
        assertEquals(201, recorded.status(), recorded.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/history", "post", recorded);
        assertEquals(1, recorded.json().path("number").asInt());
        assertEquals(0.4, recorded.json().path("search").path("semantic_weight").asDouble(), 1e-9);
        assertEquals("effective", recorded.json().path("search").path("prior_art_rule").asText());

        // A "find similar" goes into the strategy too, naming its document (and takes similar's parameters only).
        Api.Answer similar = api.post(base + "/history", "{\"search\": {\"similar\": \"US20110300001A1\", \"mode\": \"keyword\", "
                + "\"prior_art_rule\": \"published\", \"cpc\": [\"H01M\"]}, \"total\": {\"value\": 3, \"relation\": \"eq\"}}");
        assertEquals(201, similar.status(), similar.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/history", "post", similar);
        assertEquals("US20110300001A1", similar.json().path("search").path("similar").asText());
        assertEquals("published", similar.json().path("search").path("prior_art_rule").asText());
        Api.Answer similarWithQuery = api.post(base + "/history", "{\"search\": {\"similar\": \"US20110300001A1\", "
                + "\"query\": \"anode\"}, \"total\": {\"value\": 3, \"relation\": \"eq\"}}");
        assertEquals(400, similarWithQuery.status(), similarWithQuery.toString());
        assertEquals(400, api.post(base + "/history", "{\"search\": {\"similar\": 7}, \"total\": {\"value\": 3, "
                + "\"relation\": \"eq\"}}").status());

        Api.Answer session = api.get(base);
        SCHEMAS.assertValid("/api/v1/sessions/{session}", "get", session);
        assertEquals(3, session.json().path("tags").size());
        assertEquals(2, session.json().path("history").size());
        Api.Answer list = api.get("/api/v1/sessions");
        SCHEMAS.assertValid("/api/v1/sessions", "get", list);
        assertTrue(list.json().path("sessions").findValuesAsText("id").contains(id));

        Api.Answer csv = api.get(base + "/citations.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("attachment"));
        String[] lines = csv.raw().split("\r\n");
        assertEquals("category,publication_number,publication_date,title,relevant_claims,note,tagged_at", lines[0]);
        assertTrue(lines[1].startsWith("X,US7900001B2,2008-05-20,Carbon coated silicon particles for battery anodes,1-3,\"'=cmd|' /C calc'!A0, anode\","),
                "X first, the formula defused and quoted: " + lines[1]);
        assertTrue(lines[2].startsWith("Y,EP2400001A1,"), lines[2]);
        assertTrue(lines[3].startsWith("A,US20100280001A1,"), lines[3]);
        String strategy = api.get(base + "/strategy.csv").raw();
        assertTrue(strategy.startsWith("number,time,query,text,similar_to,mode,semantic_weight,cpc,"), strategy);
        assertTrue(strategy.contains(",silicon W/3 anode,carbon coated,,hybrid,0.4,H01M,,,2010-01-15,effective,false,12,zscore,,,,\r\n"), strategy);
        assertTrue(strategy.contains(",,,US20110300001A1,keyword,,H01M,,,,published,false,3,,,,,\r\n"), strategy);

        // A restart (a new server on the same directory) finds the session as it was.
        try (ApiServer again = startOn(index, ApiSettings.DEFAULT)) {
            assertEquals(session.json(), again.client().get(base).json());
        }
        Api.Answer untag = api.delete(base + "/tags/EP2400001A1");
        assertEquals(200, untag.status());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/tags/{id}", "delete", untag);
        assertEquals(404, api.delete(base + "/tags/EP2400001A1").status());
        Api.Answer deleted = api.delete(base);
        assertEquals(200, deleted.status());
        SCHEMAS.assertValid("/api/v1/sessions/{session}", "delete", deleted);
        assertEquals(404, api.get(base).status());
    }

    /**
     * Feedback naming a document the index does not hold is a 400 that names {@code feedback} in
     * {@code details.parameter}, as every other bad feedback is (it had no parameter).
     */
    @Test
    void feedbackOfADocumentNotInTheIndexNamesTheFeedback() {
        for (String path : List.of("/api/v1/search", "/api/v1/patents/US7900001B2/similar")) {
            Api.Answer absent = api.post(path, (path.endsWith("search") ? "{\"text\": \"silicon anode\", " : "{")
                    + "\"mode\": \"hybrid\", \"feedback\": {\"positive\": [\"US1111111\"]}}");
            assertEquals(400, absent.status(), path + ": " + absent);
            assertEquals("feedback", absent.json().path("details").path("parameter").asText(), path + ": " + absent);
            assertTrue(absent.json().path("message").asText().contains("US1111111"), absent.toString());
        }
    }

    @Test
    void theHistoryKeepsTheFeedbackAHybridSearchWasRankedWith() {
        // Regression: a search ranked "more like my X/Y" went into the history without its feedback, so a rerun
        // from the history ranked without it.
        String base = "/api/v1/sessions/" + api.post("/api/v1/sessions", "{\"name\": \"feedback\"}").json().path("id").asText();
        Api.Answer hybrid = api.post(base + "/history", "{\"search\": {\"text\": \"silicon anode\", \"mode\": \"hybrid\", "
                + "\"feedback\": {\"positive\": [\"US7900001B2\"], \"negative\": [\"EP2400001A1\"]}}, "
                + "\"total\": {\"value\": 5, \"relation\": \"eq\"}}");
        assertEquals(201, hybrid.status(), hybrid.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/history", "post", hybrid);
        JsonNode kept = hybrid.json().path("search").path("feedback");
        assertEquals("US7900001B2", kept.path("positive").path(0).asText(), hybrid.toString());
        assertEquals("EP2400001A1", kept.path("negative").path(0).asText(), hybrid.toString());
        // A "find similar" ranked toward feedback (the query-string form) keeps it too.
        Api.Answer similar = api.post(base + "/history", "{\"search\": {\"similar\": \"US20110300001A1\", "
                + "\"feedback_positive\": [\"US7900001B2\"]}, \"total\": {\"value\": 3, \"relation\": \"eq\"}}");
        assertEquals(201, similar.status(), similar.toString());
        assertEquals("US7900001B2", similar.json().path("search").path("feedback").path("positive").path(0).asText());
        // Keyword ranking does not use feedback: nothing to rerun with, nothing recorded.
        Api.Answer keyword = api.post(base + "/history", "{\"search\": {\"text\": \"silicon anode\", \"mode\": \"keyword\", "
                + "\"feedback\": {\"positive\": [\"US7900001B2\"]}}, \"total\": {\"value\": 5, \"relation\": \"eq\"}}");
        assertEquals(201, keyword.status(), keyword.toString());
        assertFalse(keyword.json().path("search").has("feedback"), keyword.toString());
        JsonNode history = api.get(base).json().path("history");
        assertEquals(kept, history.path(0).path("search").path("feedback"), "the session keeps it as recorded");
    }

    @Test
    void sessionFilesAreReadableByTheirOwnerOnly() throws Exception {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // no POSIX modes to check on this file system
        }
        String id = api.post("/api/v1/sessions", "{\"name\": \"private notes\"}").json().path("id").asText();
        assertEquals(200, put("/api/v1/sessions/" + id + "/tags/US7900001B2", "{\"category\": \"X\", \"note\": \"mine\"}").status());
        Path dir = tmp.resolve(PriorArtServer.SESSIONS_DIR);
        Path file = dir.resolve(id + ".json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        // A session file written before (by an older version, world-readable) is made private when the server opens it.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ApiServer again = startOn(index, ApiSettings.DEFAULT)) {
            assertEquals(200, again.client().get("/api/v1/sessions/" + id).status());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
        assertEquals(200, api.delete("/api/v1/sessions/" + id).status());
    }

    private static Api.Answer put(String path, String body) {
        return api.send(api.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** One bad request and the status and error code it must get. */
    private record Bad(String what, String method, String path, String body, int status, String error) {
    }

    @Test
    void badInputToTheNewEndpointsGetsTheDocumentedErrorNeverA500() {
        String id = api.post("/api/v1/sessions", "").json().path("id").asText();
        String s = "/api/v1/sessions/" + id;
        String tenHits = "[" + "\"US7900001B2\",".repeat(10) + "\"EP2400001A1\"]";
        List<Bad> cases = List.of(
                new Bad("chart without hits", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b c\"}", 400, "bad_request"),
                new Bad("chart with 11 hits", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b c\", \"hits\": " + tenHits + "}", 400, "bad_request"),
                new Bad("chart with a hit twice", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b c\", \"hits\": [\"US7900001B2\", \"US 7,900,001\"]}", 400, "bad_request"),
                new Bad("chart of an unknown document", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b c\", \"hits\": [\"US1234567\"]}", 404, "not_found"),
                new Bad("chart of a non-number", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b c\", \"hits\": [\"<script>\"]}", 400, "bad_request"),
                new Bad("chart with claim and elements", "POST", "/api/v1/claim-chart", "{\"claim\": \"a\", \"elements\": [\"b\"], \"hits\": [\"US7900001B2\"]}", 400, "bad_request"),
                new Bad("chart with neither", "POST", "/api/v1/claim-chart", "{\"hits\": [\"US7900001B2\"]}", 400, "bad_request"),
                new Bad("chart of a blank claim", "POST", "/api/v1/claim-chart", "{\"claim\": \" ;; \", \"hits\": [\"US7900001B2\"]}", 400, "bad_request"),
                new Bad("chart of a claim of punctuation", "POST", "/api/v1/claim-chart", "{\"claim\": \"1. ;,;\", \"hits\": [\"US7900001B2\"]}", 400, "bad_request"),
                new Bad("chart with a bad mode", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b\", \"hits\": [\"US7900001B2\"], \"mode\": \"x\"}", 400, "bad_request"),
                new Bad("chart with a bad weight", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b\", \"hits\": [\"US7900001B2\"], \"semantic_weight\": 3}", 400, "bad_request"),
                new Bad("chart with hits not strings", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b\", \"hits\": [1]}", 400, "bad_request"),
                new Bad("chart with an unknown field", "POST", "/api/v1/claim-chart", "{\"claim\": \"a b\", \"hits\": [\"US7900001B2\"], \"size\": 3}", 400, "bad_request"),
                new Bad("chart of stop words", "POST", "/api/v1/claim-chart", "{\"elements\": [\"the of and\"], \"hits\": [\"US7900001B2\"], \"mode\": \"keyword\"}", 200, null),
                new Bad("chart as an array", "POST", "/api/v1/claim-chart", "[]", 400, "bad_request"),
                new Bad("highlights with script", "POST", "/api/v1/patents/US7900001B2/highlights", "{\"query\": \"<script>alert(1)</script>\"}", 200, null),
                new Bad("highlights with an unknown field", "POST", "/api/v1/patents/US7900001B2/highlights", "{\"q\": \"x\"}", 400, "bad_request"),
                new Bad("highlights of a bad id", "POST", "/api/v1/patents/%3Cx%3E/highlights", "{\"text\": \"x\"}", 400, "bad_request"),
                new Bad("session id not an id", "GET", "/api/v1/sessions/..%2F..%2Fetc", null, 404, "not_found"),
                new Bad("unknown session", "GET", "/api/v1/sessions/0000000000000000", null, 404, "not_found"),
                new Bad("session name too long", "POST", "/api/v1/sessions", "{\"name\": \"" + "n".repeat(300) + "\"}", 400, "bad_request"),
                new Bad("session name a number", "POST", "/api/v1/sessions", "{\"name\": 5}", 400, "bad_request"),
                new Bad("session body not JSON", "POST", "/api/v1/sessions", "name=x", 400, "bad_request"),
                new Bad("tag without category", "PUT", s + "/tags/US7900001B2", "{\"note\": \"x\"}", 400, "bad_request"),
                new Bad("tag category X,Y (one relevance letter at most, WIPO ST.14)", "PUT", s + "/tags/US7900001B2", "{\"category\": \"X,Y\"}", 400, "bad_request"),
                new Bad("tag category Q", "PUT", s + "/tags/US7900001B2", "{\"category\": \"Q\"}", 400, "bad_request"),
                new Bad("tag note too long", "PUT", s + "/tags/US7900001B2", "{\"category\": \"X\", \"note\": \"" + "n".repeat(5000) + "\"}", 400, "bad_request"),
                new Bad("tag of an unknown document", "PUT", s + "/tags/US1234567", "{\"category\": \"X\"}", 404, "not_found"),
                new Bad("tag of a bad id", "PUT", s + "/tags/%27%3B--", "{\"category\": \"X\"}", 400, "bad_request"),
                new Bad("tag in an unknown session", "PUT", "/api/v1/sessions/0000000000000000/tags/US7900001B2", "{\"category\": \"X\"}", 404, "not_found"),
                new Bad("history without total", "POST", s + "/history", "{\"search\": {\"text\": \"a\"}}", 400, "bad_request"),
                new Bad("history with a bad search", "POST", s + "/history", "{\"search\": {\"text\": \"a\", \"size\": 0}, \"total\": {\"value\": 1, \"relation\": \"eq\"}}", 400, "bad_request"),
                new Bad("history with an unknown parameter", "POST", s + "/history", "{\"search\": {\"txt\": \"a\"}, \"total\": {\"value\": 1, \"relation\": \"eq\"}}", 400, "bad_request"),
                new Bad("history with an empty search", "POST", s + "/history", "{\"search\": {}, \"total\": {\"value\": 1, \"relation\": \"eq\"}}", 400, "bad_request"),
                new Bad("history with a negative total", "POST", s + "/history", "{\"search\": {\"text\": \"a\"}, \"total\": {\"value\": -1, \"relation\": \"eq\"}}", 400, "bad_request"),
                new Bad("history of a find similar that names no publication number", "POST", s + "/history",
                        "{\"search\": {\"similar\": \"=HYPERLINK(1)\"}, \"total\": {\"value\": 1, \"relation\": \"eq\"}}", 400, "bad_request"),
                new Bad("history with a bad relation", "POST", s + "/history", "{\"search\": {\"text\": \"a\"}, \"total\": {\"value\": 1, \"relation\": \"lt\"}}", 400, "bad_request"),
                new Bad("csv of an unknown session", "GET", "/api/v1/sessions/0000000000000000/citations.csv", null, 404, "not_found"),
                new Bad("wrong method on sessions", "PATCH", s, "{}", 405, "method_not_allowed"));
        List<String> failures = new ArrayList<>();
        for (Bad bad : cases) {
            var request = api.request(bad.path());
            request.header("Content-Type", "application/json");
            request.method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(bad.body()));
            Api.Answer a = api.send(request);
            String why = bad.what() + ": " + a;
            if (a.status() != bad.status()) {
                failures.add("status " + why);
                continue;
            }
            if (a.raw().contains("Exception") || a.raw().contains("\tat ")) {
                failures.add("trace " + why);
            }
            if (bad.error() != null && (a.json() == null || !bad.error().equals(a.error())
                    || !SCHEMAS.check("ApiError", a.json()).isEmpty())) {
                failures.add("error " + why);
            }
            String template = template(bad.path());
            JsonNode operation = SCHEMAS.operation(template, bad.method().toLowerCase(Locale.ROOT));
            if (operation != null && !operation.path("responses").has(String.valueOf(a.status()))) {
                failures.add("undocumented status " + why);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertNotNull(id);
    }

    private static String template(String path) {
        if (path.startsWith("/api/v1/patents/")) {
            return "/api/v1/patents/{id}/highlights";
        }
        if (path.startsWith("/api/v1/sessions/")) {
            String rest = path.substring("/api/v1/sessions/".length());
            if (rest.contains("/tags/")) {
                return "/api/v1/sessions/{session}/tags/{id}";
            }
            if (rest.endsWith("/history")) {
                return "/api/v1/sessions/{session}/history";
            }
            if (rest.endsWith("/citations.csv")) {
                return "/api/v1/sessions/{session}/citations.csv";
            }
            return "/api/v1/sessions/{session}";
        }
        return path;
    }
}
