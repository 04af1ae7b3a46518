package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.config.ApiSettings;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.server.api.ApiDocs;

/**
 * A recorded search runs again as it was run, on the embedded index (real hybrid ranking): a saved
 * query of a case keeps the mode, fusion, semantic weight, signal groups, filters and feedback of
 * the set it was saved from, and its run ranks as that set did; the strategy CSV and the search
 * report say what ranked each set.
 */
class TestSavedQueries {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new ApiDocs().document());
    private static final String TEXT = "silicon anode battery with a carbon coating";

    @BeforeAll
    static void start() throws IOException {
        index = EmbeddedIndex.open();
        server = ApiServer.start(ApiServer.config(index, ApiSettings.DEFAULT).withIndexDir(tmp), index, EmbeddedIndex.models());
        api = server.client();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    /** A session with a pasted case whose cutoff leaves every indexed document prior art. */
    private static String caseSession() {
        String id = api.post("/api/v1/sessions", "{\"name\": \"saved queries\"}").json().path("id").asText();
        Api.Answer c = api.put("/api/v1/sessions/" + id + "/case", "{\"number\": \"US 17/000,001\", "
                + "\"priority_date\": \"2030-01-01\", \"claims\": [\"1. A battery with a silicon anode.\"]}");
        assertEquals(200, c.status(), c.toString());
        return "/api/v1/sessions/" + id;
    }

    private static Api.Answer search(String base, String body) {
        return search(base, body, "hybrid");
    }

    private static Api.Answer search(String base, String body, String mode) {
        Api.Answer a = api.post(base + "/search", body);
        assertEquals(201, a.status(), a.toString());
        assertEquals(mode, a.json().path("result").path("mode").asText(), "ranked in " + mode + ": " + a);
        return a;
    }

    /** The hits as "number score", in order. */
    private static List<String> ranking(Api.Answer a) {
        List<String> hits = new ArrayList<>();
        for (JsonNode h : a.json().path("result").path("hits")) {
            hits.add(h.path("publication_number").asText() + " " + h.path("score").asText());
        }
        return hits;
    }

    private static JsonNode set(String base, int number) {
        for (JsonNode e : api.get(base).json().path("history")) {
            if (e.path("number").asInt() == number) {
                return e;
            }
        }
        throw new AssertionError("no set L" + number);
    }

    @Test
    void aSavedQueryRunsWithTheFusionSignalsFiltersAndFeedbackOfItsSet() {
        // Regression: a saved query kept no feedback, and its run sent neither fusion, signals, feedback nor
        // one-per-family: the new set ranked otherwise than the set it was saved from.
        String base = caseSession();
        List<String> first = ranking(search(base, "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"size\": 20}"));
        assertTrue(first.size() >= 10, first.toString());
        String liked1 = first.get(4).split(" ")[0];
        String liked2 = first.get(9).split(" ")[0];
        String unliked = first.get(0).split(" ")[0];
        String ranked = "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"fusion\": \"minmax\", \"semantic_weight\": 0.3, "
                + "\"signals\": \"semantic,feedback\", \"group_families\": true, \"size\": 20, \"explain\": true, "
                + "\"feedback\": {\"positive\": [\"" + liked1 + "\", \"" + liked2 + "\"], \"negative\": [\"" + unliked + "\"]}}";
        Api.Answer original = search(base, ranked);
        int set = original.json().path("set").asInt();
        JsonNode recorded = set(base, set).path("search");
        assertEquals("minmax", recorded.path("fusion").asText(), recorded.toString());
        assertEquals("semantic,feedback", recorded.path("signals").asText(), recorded.toString());
        assertEquals(liked2, recorded.path("feedback").path("positive").path(1).asText(), recorded.toString());
        // What the saved query ran before: the same text and weight, without fusion, signals, feedback or families.
        Api.Answer bare = search(base, "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"semantic_weight\": 0.3, "
                + "\"size\": 20, \"explain\": true}");
        assertNotEquals(ranking(original), ranking(bare), "the test tells the two rankings apart");

        Api.Answer saved = api.post(base + "/saved", "{\"name\": \"more like my X/Y\", \"set\": " + set + "}");
        assertEquals(201, saved.status(), saved.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/saved", "post", saved);
        JsonNode kept = saved.json().path("search");
        assertEquals(recorded.path("feedback"), kept.path("feedback"), kept.toString());
        assertEquals("semantic,feedback", kept.path("signals").asText(), kept.toString());
        assertFalse(kept.has("priority_date"), "a saved query runs with the case's cutoff of its day: " + kept);

        Api.Answer run = api.post(base + "/saved/" + saved.json().path("number").asInt() + "/run", "");
        assertEquals(201, run.status(), run.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/saved/{number}/run", "post", run);
        assertEquals(ranking(original), ranking(run), "the saved query ranks as its set did");
        assertEquals(recorded, set(base, run.json().path("set").asInt()).path("search"),
                "the new set's recorded search is the original's");
    }

    @Test
    void aSavedQueryRunsWithTheRrfKAndDepthOfItsSet() {
        // Regression: the history kept neither rrf_k nor depth, so a saved query of a set fused with other
        // ones ran with the defaults and ranked otherwise.
        String base = caseSession();
        String fused = "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"fusion\": \"rrf\", \"size\": 20, "
                + "\"explain\": true";
        Api.Answer original = search(base, fused + ", \"rrf_k\": 2, \"depth\": 25}");
        int set = original.json().path("set").asInt();
        // Either one lost ranks otherwise, so the test tells each from its default.
        Api.Answer defaultK = search(base, fused + ", \"depth\": 25}");
        assertNotEquals(ranking(original), ranking(defaultK), "rrf k 2 ranks otherwise than the default");
        assertNotEquals(ranking(original), ranking(search(base, fused + ", \"rrf_k\": 2}")),
                "depth 25 ranks otherwise than the default");
        JsonNode recorded = set(base, set).path("search");
        assertEquals(2, recorded.path("rrf_k").asInt(), recorded.toString());
        assertEquals(25, recorded.path("depth").asInt(), recorded.toString());
        JsonNode withDefaultK = set(base, defaultK.json().path("set").asInt()).path("search");
        assertFalse(withDefaultK.has("rrf_k"), "the default is not recorded: " + withDefaultK);
        JsonNode keyword = set(base, search(base, "{\"query\": \"anode\", \"mode\": \"keyword\", \"rrf_k\": 2, "
                + "\"depth\": 25}", "keyword").json().path("set").asInt()).path("search");
        assertFalse(keyword.has("rrf_k") || keyword.has("depth"), "keyword mode fuses nothing: " + keyword);

        Api.Answer saved = api.post(base + "/saved", "{\"name\": \"rrf k 2\", \"set\": " + set + "}");
        assertEquals(201, saved.status(), saved.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/saved", "post", saved);
        assertEquals(2, saved.json().path("search").path("rrf_k").asInt(), saved.toString());
        Api.Answer run = api.post(base + "/saved/" + saved.json().path("number").asInt() + "/run", "");
        assertEquals(201, run.status(), run.toString());
        assertEquals(ranking(original), ranking(run), "the saved query ranks as its set did");
        assertEquals(recorded, set(base, run.json().path("set").asInt()).path("search"),
                "the new set's recorded search is the original's");
    }

    /** "us 7,648,634" for US7648634: how an examiner may type it (the feedback is recorded as the index spells it). */
    private static String spelledLoosely(String number) {
        String digits = number.replaceAll("^[A-Z]+", "");
        return number.substring(0, number.length() - digits.length()).toLowerCase(java.util.Locale.ROOT) + " " + digits;
    }

    @Test
    void theStrategyAndTheReportSayWhatRankedEachSet() {
        // Regression: the strategy CSV had no fusion, signals or feedback, so two sets ranked differently read alike.
        String base = caseSession();
        List<String> first = ranking(search(base, "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"size\": 10}"));
        String liked = first.get(2).split(" ")[0];
        String unliked = first.get(0).split(" ")[0];
        search(base, "{\"text\": \"" + TEXT + "\", \"mode\": \"hybrid\", \"fusion\": \"rrf\", \"signals\": \"keyword,semantic,feedback\", "
                + "\"rrf_k\": 20, \"depth\": 50, \"feedback\": {\"positive\": [\"" + spelledLoosely(liked) + "\"], \"negative\": [\""
                + unliked + "\"]}}");
        Api.Answer strategy = api.get(base + "/strategy.csv");
        assertEquals(200, strategy.status(), strategy.toString());
        String[] rows = strategy.raw().split("\r\n");
        assertTrue(rows[0].endsWith(",hits,fusion,signals,feedback,rrf_k,depth"), rows[0]);
        assertTrue(rows[1].endsWith(",zscore,,,,"), "the default signals, no feedback, the default rrf k and depth: " + rows[1]);
        assertTrue(rows[2].endsWith(",rrf,\"keyword,semantic,feedback\",\"more like " + liked + "; less like " + unliked
                + "\",20,50"), rows[2]);
        String report = api.get(base + "/report.html").raw();
        assertTrue(report.contains("signals keyword, semantic, feedback; more like " + liked + "; less like " + unliked), report);
        // Regression: the report's "Ranked" said the mode only, so two sets fused otherwise read alike.
        assertTrue(report.contains("<td>hybrid (fusion zscore, semantic weight 0.5)</td>"), report);
        assertTrue(report.contains("<td>hybrid (fusion rrf, semantic weight 0.5, rrf k 20, depth 50)</td>"), report);
    }
}
