package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DemoIndex;
import org.priorart.config.ApiSettings;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.search.Fusion;
import org.priorart.search.InvalidQueryException;
import org.priorart.search.Json;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import org.priorart.server.api.ApiDocs;

/**
 * The search and read endpoints over real HTTP on the demo corpus (keyword only, index read-only):
 * they answer what the search service answers, as the OpenAPI document says, and bad input of every
 * kind gets the documented error, never a 500.
 */
class TestApiSearch {

    // Set by start(), or by a subclass's that runs these tests on another engine (TestApiSearchOnCluster).
    static SearchEngine index;
    static ApiServer server;
    static Api api;
    static SearchService service;
    static OpenApiSchemas schemas;

    /** A small body limit, so the 413 test need not send megabytes. */
    static final ApiSettings SETTINGS = ApiSettings.DEFAULT.withMaxBodyBytes(64 * 1024);

    @BeforeAll
    static void start() {
        LuceneEngine demo = DemoIndex.open();
        index = demo;
        serve(ApiServer.start(demo, null, SETTINGS));
    }

    static void serve(ApiServer started) {
        server = started;
        api = server.client();
        service = server.server.searchService();
        schemas = new OpenApiSchemas(new ApiDocs().document());
    }

    @AfterAll
    static void stop() throws IOException {
        // null where a subclass on another engine was skipped (no cluster) before it started a server
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private static SearchRequest keyword(String query, String text, int size) {
        return new SearchRequest(query, text, size, 0, SearchFilters.NONE, true, SearchMode.KEYWORD, Fusion.DEFAULT, false);
    }

    private static List<String> numbers(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("hits").forEach(h -> out.add(h.path("publication_number").asText()));
        return out;
    }

    private static List<String> numbers(SearchResult result) {
        return result.hits().stream().map(SearchHit::publicationNumber).toList();
    }

    /** A request line as a client sent it, bytes as they are (Java's URI refuses a malformed escape). */
    private static String rawStatusAndBody(String pathAndQuery) throws Exception {
        return raw("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** A request as a client sent it, bytes as they are; the answer as it came, up to the server's close or 3 s. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port)) {
            socket.setSoTimeout(3_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException kept) {
                // the connection stays open after a complete answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void requestsThatJettyRefusesItselfGetTheErrorShape() throws Exception {
        String[][] cases = {
                {"GET /api/v1/health HTTP/2.5\r\nHost: 127.0.0.1\r\n\r\n", "505", "bad_request"},
                {"DELETE /api/v1/patents/US6836996 HTTP/3.0\r\nHost: 127.0.0.1\r\n\r\n", "505", "bad_request"},
                {"PATCH /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", "400", "bad_request"},
                {"PUT /api/v1/a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "400", "bad_request"},
                {"OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "404", "not_found"},
                {"GARBAGE\r\n\r\n", "400", "bad_request"},
        };
        for (String[] c : cases) {
            String answer = raw(c[0]);
            String what = c[0].lines().findFirst().orElse("") + " -> " + answer;
            assertTrue(answer.startsWith("HTTP/1.1 " + c[1]), what);
            assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/json"), what);
            JsonNode error = Json.mapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertEquals(c[2], error.path("error").asText(), what);
            assertTrue(error.path("message").asText().startsWith("the request was refused"), what);
        }
    }

    @Test
    void aMalformedPercentEscapeIsAnErrorNotADroppedFilter() throws Exception {
        for (String path : List.of("/api/v1/search?text=battery&cpc=%%%", "/api/v1/patents/US6836996/similar?cpc=H01M%zz")) {
            String answer = rawStatusAndBody(path);
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
            assertTrue(answer.contains("malformed %-escape"), path + ": " + answer);
        }
    }

    @Test
    void getAndPostAnswerWhatTheSearchServiceAnswers() throws IOException {
        String[][] searches = {
                {"(batter* OR cell) W/3 anode", null},
                {null, "stretchable battery folded cut"},
                {"lithium AND PD<2015-01-01", "electrolyte additive for long cycle life"},
        };
        for (String[] s : searches) {
            SearchResult expected = service.search(keyword(s[0], s[1], 20));
            List<Object> params = new ArrayList<>(List.of("mode", "keyword", "size", 20));
            ObjectNode body = Json.mapper().createObjectNode().put("mode", "keyword").put("size", 20);
            if (s[0] != null) {
                params.addAll(List.of("query", s[0]));
                body.put("query", s[0]);
            }
            if (s[1] != null) {
                params.addAll(List.of("text", s[1]));
                body.put("text", s[1]);
            }
            Api.Answer get = api.get("/api/v1/search" + Api.query(params.toArray()));
            Api.Answer post = api.post("/api/v1/search", body);
            for (Api.Answer a : List.of(get, post)) {
                assertEquals(200, a.status(), a.toString());
                assertEquals(numbers(expected), numbers(a.json()));
                assertEquals(expected.totalHits(), a.json().path("total").path("value").asLong());
                assertEquals(expected.totalIsExact() ? "eq" : "gte", a.json().path("total").path("relation").asText());
                assertEquals(expected.hits().get(0).score(), a.json().path("hits").path(0).path("score").floatValue(), 1e-6);
                assertEquals(expected.hits().get(0).snippet().location(), a.json().path("hits").path(0).path("snippet").path("location").asText());
                schemas.assertValid("/api/v1/search", a == get ? "get" : "post", a);
            }
            assertEquals(get.json().path("hits"), post.json().path("hits"));
        }
    }

    @Test
    void signalsAndFeedbackAreCheckedAndTheFamilyCitationsAnswer() {
        Api.Answer badGroup = api.get("/api/v1/patents/US6836996/similar" + Api.query("signals", "keyword,citatoins"));
        assertEquals(400, badGroup.status(), badGroup.toString());
        assertEquals("signals", badGroup.json().path("details").path("parameter").asText(), badGroup.toString());
        Api.Answer badField = api.post("/api/v1/patents/US6836996/similar",
                "{\"mode\": \"keyword\", \"feedback\": {\"positive\": [\"US6836996\"], \"maybe\": []}}");
        assertEquals(400, badField.status(), badField.toString());
        assertEquals("feedback", badField.json().path("details").path("parameter").asText(), badField.toString());
        Api.Answer notNumber = api.get("/api/v1/search" + Api.query("text", "battery", "feedback_positive", "not a number"));
        assertEquals(400, notNumber.status(), notNumber.toString());
        Api.Answer posted = api.post("/api/v1/patents/US6836996/similar",
                "{\"mode\": \"keyword\", \"size\": 5, \"feedback\": {\"positive\": [\"US6836996\"]}}");
        assertEquals(200, posted.status(), posted.toString());
        schemas.assertValid("/api/v1/patents/{id}/similar", "post", posted);
        Api.Answer family = api.get("/api/v1/patents/US6836996/family-citations");
        assertEquals(200, family.status(), family.toString());
        schemas.assertValid("/api/v1/patents/{id}/family-citations", "get", family);
        assertEquals("US6836996", family.json().path("members").path(0).asText().replaceAll("[A-Z]\\d?$", "").replace("B2", ""),
                family.toString());
        assertEquals(404, api.get("/api/v1/patents/US1111111/family-citations").status());
    }

    @Test
    void hitsCarryHighlightRangesAndExplanationsOnlyWhenAsked() {
        Api.Answer plain = api.get("/api/v1/search" + Api.query("text", "lithium anode", "mode", "keyword", "size", 10));
        Api.Answer explained = api.get("/api/v1/search" + Api.query("text", "lithium anode", "mode", "keyword", "size", 10, "explain", true));
        assertEquals(200, plain.status());
        for (JsonNode hit : plain.json().path("hits")) {
            assertFalse(hit.has("explanation"));
            JsonNode snippet = hit.path("snippet");
            String text = snippet.path("text").asText();
            assertTrue(snippet.path("highlights").size() > 0, hit.toString());
            for (JsonNode range : snippet.path("highlights")) {
                int start = range.path("start").asInt();
                int end = range.path("end").asInt();
                assertTrue(0 <= start && start < end && end <= text.length(), range.toString());
                String marked = text.substring(start, end).toLowerCase(Locale.ROOT);
                assertTrue(marked.startsWith("lithium") || marked.startsWith("anod"), marked);
            }
        }
        for (JsonNode hit : explained.json().path("hits")) {
            assertEquals(hit.path("rank").asInt(), hit.path("explanation").path("keyword_rank").asInt());
            assertEquals("keyword", hit.path("explanation").path("fusion").asText());
        }
        schemas.assertValid("/api/v1/search", "get", explained);
    }

    @Test
    void pagingIsStableAndBounded() {
        List<String> all = numbers(api.get("/api/v1/search" + Api.query("text", "battery electrode", "mode", "keyword", "size", 50)).json());
        List<String> paged = new ArrayList<>();
        for (int from = 0; from < 50; from += 10) {
            Api.Answer page = api.get("/api/v1/search" + Api.query("text", "battery electrode", "mode", "keyword", "size", 10, "from", from));
            assertEquals(from + 1, page.json().path("hits").path(0).path("rank").asInt());
            paged.addAll(numbers(page.json()));
        }
        assertEquals(50, all.size());
        assertEquals(all, paged);
        Api.Answer tooDeep = api.get("/api/v1/search" + Api.query("text", "battery", "size", 100, "from", 901));
        assertEquals(400, tooDeep.status());
        assertEquals("from", tooDeep.json().path("details").path("parameter").asText());
        // from + size past Integer.MAX_VALUE wrapped around to a negative sum and passed (issue 11, item 7)
        for (Api.Answer overflow : List.of(
                api.get("/api/v1/search" + Api.query("text", "battery", "size", 10, "from", 2147483640)),
                api.post("/api/v1/search", "{\"text\": \"battery\", \"size\": 10, \"from\": 2147483647}"),
                api.get("/api/v1/patents/US6836996/similar" + Api.query("size", 100, "from", 2147483600)))) {
            assertEquals(400, overflow.status(), overflow.toString());
            assertEquals("bad_request", overflow.error(), overflow.toString());
            assertEquals("from", overflow.json().path("details").path("parameter").asText(), overflow.toString());
            assertTrue(overflow.json().path("message").asText().startsWith("from + size must be at most 1000, was 2147483"),
                    overflow.toString());
        }
        Api.Answer badCpc = api.get("/api/v1/search" + Api.query("text", "battery", "cpc", "ZZZ"));
        assertEquals(400, badCpc.status());
        assertEquals("cpc", badCpc.json().path("details").path("parameter").asText(), badCpc.toString());
        // Each fusion value that is out of range is named as itself.
        for (String[] bad : new String[][] {{"semantic_weight", "2"}, {"rrf_k", "0"}, {"depth", "-5"}, {"fusion", "max"}}) {
            Api.Answer a = api.get("/api/v1/search" + Api.query("text", "battery", bad[0], bad[1]));
            assertEquals(400, a.status(), a.toString());
            assertEquals(bad[0], a.json().path("details").path("parameter").asText(), a.toString());
        }
    }

    @Test
    void filtersAreTheServiceFilters() throws IOException {
        Api.Answer cpc = api.get("/api/v1/search?text=battery&mode=keyword&size=50&cpc=H01M&cpc=H02J");
        assertEquals(200, cpc.status());
        assertTrue(cpc.json().path("hits").size() > 10);
        for (JsonNode hit : cpc.json().path("hits")) {
            boolean under = false;
            for (JsonNode code : hit.path("cpc")) {
                under |= code.asText().startsWith("H01M") || code.asText().startsWith("H02J");
            }
            assertTrue(under, hit.toString());
        }
        // Comma-separated is the same as repeated.
        assertEquals(numbers(cpc.json()), numbers(api.get("/api/v1/search?text=battery&mode=keyword&size=50&cpc=H01M,H02J").json()));

        Api.Answer dated = api.get("/api/v1/search" + Api.query("text", "battery", "mode", "keyword", "size", 30,
                "published_before", "2012-01-01", "published_from", "2010-01-01"));
        for (JsonNode hit : dated.json().path("hits")) {
            LocalDate d = LocalDate.parse(hit.path("publication_date").asText());
            assertTrue(!d.isBefore(LocalDate.of(2010, 1, 1)) && d.isBefore(LocalDate.of(2012, 1, 1)), d.toString());
        }

        SearchRequest priorArt = keyword(null, "battery charging circuit", 30).withFilters(
                SearchFilters.NONE.withPriorArt(LocalDate.of(2012, 6, 1), PriorArtRule.PUBLISHED));
        Api.Answer cutoff = api.get("/api/v1/search" + Api.query("text", "battery charging circuit", "mode", "keyword",
                "size", 30, "priority_date", "2012-06-01", "prior_art_rule", "published"));
        assertEquals(numbers(service.search(priorArt)), numbers(cutoff.json()));
    }

    @Test
    void familyGroupingIsTheServices() throws IOException {
        SearchResult expected = service.search(keyword(null, "lithium battery", 20).withFamilyGrouping(true));
        Api.Answer grouped = api.get("/api/v1/search" + Api.query("text", "lithium battery", "mode", "keyword", "size", 20,
                "group_families", true));
        assertEquals(numbers(expected), numbers(grouped.json()));
    }

    @Test
    void aQuerySyntaxErrorSaysWhereAndWhat() {
        String query = "battery AND (anode OR";
        int position;
        try {
            SearchService.parse(query);
            throw new AssertionError("the query should not parse");
        } catch (InvalidQueryException e) {
            position = e.position();
        }
        for (Api.Answer a : List.of(api.get("/api/v1/search" + Api.query("query", query)),
                api.post("/api/v1/search", Json.mapper().createObjectNode().put("query", query)))) {
            assertEquals(400, a.status());
            assertEquals("invalid_query", a.error());
            assertEquals(position, a.json().path("details").path("position").asInt());
            assertFalse(a.json().path("details").path("problem").asText().isBlank());
            schemas.assertValid("/api/v1/search", "get", a);
        }
    }

    @Test
    void aBatchAnswersEachSearchAsSearchWould() {
        String body = """
                {"searches": [
                  {"text": "stretchable battery folded cut", "mode": "keyword", "size": 3},
                  {"query": "battery AND (", "mode": "keyword"},
                  {"text": "battery", "size": 1000},
                  "not an object",
                  {"query": "TI=battery", "mode": "keyword", "size": 2}
                ]}""";
        Api.Answer batch = api.post("/api/v1/search/batch", body);
        assertEquals(200, batch.status(), batch.toString());
        schemas.assertValid("/api/v1/search/batch", "post", batch);
        JsonNode results = batch.json().path("results");
        assertEquals(5, results.size());
        int[] statuses = {200, 400, 400, 400, 200};
        for (int i = 0; i < 5; i++) {
            assertEquals(i, results.get(i).path("index").asInt());
            assertEquals(statuses[i], results.get(i).path("status").asInt(), results.get(i).toString());
        }
        assertEquals("invalid_query", results.get(1).path("error").path("error").asText());
        assertEquals("size", results.get(2).path("error").path("details").path("parameter").asText());
        Api.Answer alone = api.post("/api/v1/search", "{\"text\": \"stretchable battery folded cut\", \"mode\": \"keyword\", \"size\": 3}");
        assertEquals(alone.json().path("hits"), results.get(0).path("result").path("hits"));

        assertEquals(400, api.post("/api/v1/search/batch", "{\"searches\": []}").status());
        assertEquals(400, api.post("/api/v1/search/batch", "[{\"text\": \"x\"}]").status());
        StringBuilder many = new StringBuilder("{\"searches\": [");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"text\": \"x\"}");
        }
        assertEquals(400, api.post("/api/v1/search/batch", many.append("]}").toString()).status());
    }

    @Test
    void aPatentReadsBackInTheCanonicalJson() throws IOException {
        Api.Answer a = api.get("/api/v1/patents/US6836996");
        assertEquals(200, a.status());
        assertEquals(new JsonDocumentMapper().toJson(service.get("US6836996")), a.json());
        schemas.assertValid("/api/v1/patents/{id}", "get", a);
        // Any usual spelling finds it.
        assertEquals(a.json(), api.get("/api/v1/patents/US%206%2C836%2C996").json());
        Api.Answer missing = api.get("/api/v1/patents/US1234567");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.error());
        schemas.assertValid("/api/v1/patents/{id}", "get", missing);
    }

    @Test
    void similarIsTheServicesSimilar() throws IOException {
        for (PriorArtRule rule : PriorArtRule.values()) {
            SearchResult expected = service.similar(SimilarRequest.of("US6836996", 10).withRule(rule));
            Api.Answer a = api.get("/api/v1/patents/US6836996/similar" + Api.query("mode", "keyword", "size", 10,
                    "prior_art_rule", rule.name().toLowerCase(Locale.ROOT)));
            assertEquals(200, a.status(), a.toString());
            assertEquals(numbers(expected), numbers(a.json()));
            assertFalse(numbers(a.json()).contains("US6836996"));
            schemas.assertValid("/api/v1/patents/{id}/similar", "get", a);
        }
        assertEquals(404, api.get("/api/v1/patents/US1234567/similar").status());
        Api.Answer noQuery = api.get("/api/v1/patents/US6836996/similar?query=battery");
        assertEquals(400, noQuery.status());
        assertEquals("query", noQuery.json().path("details").path("parameter").asText());
    }

    @Test
    void writesToAReadOnlyIndexAreRefused() {
        Api.Answer a = api.post("/api/v1/patents", "{\"publication_number\": \"US1\"}");
        assertEquals(405, a.status());
        assertEquals("method_not_allowed", a.error());
        assertEquals(405, api.delete("/api/v1/patents/US6836996").status());
    }

    @Test
    void aBodyWithMoreThanOneJsonValueOrAFieldGivenTwiceIsRefusedAndSaysWhere() {
        Api.Answer trailing = api.post("/api/v1/search", "{\"text\": \"battery\", \"mode\": \"keyword\"} x");
        assertEquals(400, trailing.status(), trailing.toString());
        assertTrue(trailing.json().path("message").asText().contains("after its JSON value"), trailing.toString());
        assertEquals(1, trailing.json().path("details").path("line").asInt(), trailing.toString());
        Api.Answer two = api.post("/api/v1/search", "{\"text\": \"battery\", \"mode\": \"keyword\"}\n{\"text\": \"anode\"}");
        assertEquals(400, two.status(), two.toString());
        assertEquals(2, two.json().path("details").path("line").asInt(), two.toString());

        // As in the query string, a parameter given twice is an error, not the last one silently winning.
        Api.Answer twice = api.post("/api/v1/search", "{\"text\": \"battery\", \"mode\": \"keyword\", \"text\": \"anode\"}");
        assertEquals(400, twice.status(), twice.toString());
        assertEquals("text", twice.json().path("details").path("parameter").asText(), twice.toString());
        assertTrue(twice.json().path("message").asText().contains("'text' is given twice"), twice.toString());
        Api.Answer nested = api.post("/api/v1/search/batch", "{\"searches\": [{\"text\": \"a\", \"mode\": \"keyword\", \"mode\": \"semantic\"}]}");
        assertEquals(400, nested.status(), nested.toString());
        assertEquals("mode", nested.json().path("details").path("parameter").asText(), nested.toString());
        // Trailing white space is no second value.
        assertEquals(200, api.post("/api/v1/search", "{\"text\": \"battery\", \"mode\": \"keyword\"}\r\n \t").status());
    }

    /** One bad request and the status and error code it must get. */
    private record Bad(String what, String method, String path, String body, int status, String error) {
    }

    @Test
    void badInputGetsTheDocumentedErrorNeverA500() {
        String longText = "lithium ".repeat(3000);
        String nested = "(".repeat(5000) + "battery" + ")".repeat(5000);
        List<Bad> cases = List.of(
                new Bad("malformed JSON", "POST", "/api/v1/search", "{\"text\": \"battery\",", 400, "bad_request"),
                new Bad("not JSON at all", "POST", "/api/v1/search", "text=battery", 400, "bad_request"),
                new Bad("empty body", "POST", "/api/v1/search", "", 400, "bad_request"),
                new Bad("an array for an object", "POST", "/api/v1/search", "[1,2]", 400, "bad_request"),
                new Bad("size as a string", "POST", "/api/v1/search", "{\"text\": \"a\", \"size\": \"10\"}", 400, "bad_request"),
                new Bad("cpc as a number", "POST", "/api/v1/search", "{\"text\": \"a\", \"cpc\": 5}", 400, "bad_request"),
                new Bad("unknown field", "POST", "/api/v1/search", "{\"text\": \"a\", \"top\": 5}", 400, "bad_request"),
                new Bad("NUL in JSON text", "POST", "/api/v1/search", "{\"query\": \"batt\\u0000ery\"}", 200, null),
                new Bad("deep JSON", "POST", "/api/v1/search", "[".repeat(3000) + "]".repeat(3000), 400, "bad_request"),
                new Bad("huge body", "POST", "/api/v1/search", "{\"text\": \"" + "a".repeat(70_000) + "\"}", 413, "payload_too_large"),
                new Bad("huge document batch", "POST", "/api/v1/patents", "[" + "{}, ".repeat(20_000) + "{}]", 413, "payload_too_large"),
                new Bad("negative size", "GET", "/api/v1/search?text=a&size=-1", null, 400, "bad_request"),
                new Bad("zero size", "GET", "/api/v1/search?text=a&size=0", null, 400, "bad_request"),
                new Bad("size over 100", "GET", "/api/v1/search?text=a&size=101", null, 400, "bad_request"),
                new Bad("size not a number", "GET", "/api/v1/search?text=a&size=ten", null, 400, "bad_request"),
                new Bad("size overflowing", "GET", "/api/v1/search?text=a&size=99999999999999", null, 400, "bad_request"),
                new Bad("negative from", "GET", "/api/v1/search?text=a&from=-5", null, 400, "bad_request"),
                new Bad("unknown mode", "GET", "/api/v1/search?text=a&mode=fuzzy", null, 400, "bad_request"),
                new Bad("unknown fusion", "GET", "/api/v1/search?text=a&fusion=max", null, 400, "bad_request"),
                new Bad("weight out of range", "GET", "/api/v1/search?text=a&semantic_weight=2", null, 400, "bad_request"),
                new Bad("bad date", "GET", "/api/v1/search?text=a&published_before=2015-02-30", null, 400, "bad_request"),
                new Bad("not a date", "GET", "/api/v1/search?text=a&priority_date=yesterday", null, 400, "bad_request"),
                new Bad("bad prior-art rule", "GET", "/api/v1/search?text=a&priority_date=2015-01-01&prior_art_rule=soon", null, 400, "bad_request"),
                new Bad("bad CPC", "GET", "/api/v1/search?text=a&cpc=" + Api.encode("'; DROP TABLE"), null, 400, "bad_request"),
                new Bad("boolean not a boolean", "GET", "/api/v1/search?text=a&explain=maybe", null, 400, "bad_request"),
                new Bad("parameter twice", "GET", "/api/v1/search?text=a&size=1&size=2", null, 400, "bad_request"),
                new Bad("unknown parameter", "GET", "/api/v1/search?text=a&sise=2", null, 400, "bad_request"),
                new Bad("no query or text", "GET", "/api/v1/search", null, 400, "bad_request"),
                new Bad("blank query", "GET", "/api/v1/search?query=%20%20", null, 400, "bad_request"),
                new Bad("unbalanced parenthesis", "GET", "/api/v1/search?query=" + Api.encode("(battery OR cell"), null, 400, "invalid_query"),
                new Bad("unbalanced quote", "GET", "/api/v1/search?query=" + Api.encode("\"battery cell"), null, 400, "invalid_query"),
                new Bad("lone wildcard", "GET", "/api/v1/search?query=*", null, 400, "invalid_query"),
                new Bad("deep nesting", "POST", "/api/v1/search", Json.mapper().createObjectNode().put("query", nested).toString(), 400, "invalid_query"),
                new Bad("script in a query", "GET", "/api/v1/search?query=" + Api.encode("<script>alert(1)</script>"), null, 200, null),
                new Bad("SQL in a query", "GET", "/api/v1/search?query=" + Api.encode("x' OR '1'='1"), null, 200, null),
                new Bad("NUL in a query", "GET", "/api/v1/search?query=batt%00ery", null, 200, null),
                new Bad("control characters", "GET", "/api/v1/search?text=%01%02%1b%7f", null, 200, null),
                new Bad("query over the length limit", "POST", "/api/v1/search", Json.mapper().createObjectNode().put("text", longText).toString(), 400, "bad_request"),
                new Bad("very long GET", "GET", "/api/v1/search?text=" + "a".repeat(20_000), null, 414, "bad_request"),
                new Bad("semantic with codes only", "GET", "/api/v1/search?query=CPC%3DH01M&mode=semantic", null, 400, "bad_request"),
                new Bad("path traversal id", "GET", "/api/v1/patents/..%2F..%2Fetc%2Fpasswd", null, 400, "bad_request"),
                new Bad("dot-dot id", "GET", "/api/v1/patents/%2e%2e", null, 400, "bad_request"),
                new Bad("NUL in an id", "GET", "/api/v1/patents/US%00123", null, 400, "bad_request"),
                new Bad("script id", "GET", "/api/v1/patents/%3Cscript%3Ealert(1)%3C%2Fscript%3E", null, 400, "bad_request"),
                new Bad("long id", "GET", "/api/v1/patents/US" + "1".repeat(5000), null, 400, "bad_request"),
                new Bad("unicode id", "GET", "/api/v1/patents/" + Api.encode("特許123"), null, 400, "bad_request"),
                new Bad("bad id for similar", "GET", "/api/v1/patents/%27%3B--/similar", null, 400, "bad_request"),
                new Bad("unknown endpoint", "GET", "/api/v1/searches", null, 404, "not_found"),
                new Bad("unknown version", "GET", "/api/v2/search?text=a", null, 404, "not_found"),
                new Bad("wrong method", "PUT", "/api/v1/search", "{}", 405, "method_not_allowed"),
                new Bad("wrong method on a patent", "PATCH", "/api/v1/patents/US6836996", "{}", 405, "method_not_allowed"));
        List<String> failures = new ArrayList<>();
        for (Bad bad : cases) {
            var request = api.request(bad.path());
            request.method(bad.method(), bad.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(bad.body()));
            if (bad.body() != null) {
                request.header("Content-Type", "application/json");
            }
            Api.Answer a;
            try {
                a = api.send(request);
            } catch (java.io.UncheckedIOException e) {
                // The server closes the connection after some refusals (414, a bad request line); under load the
                // pooled client may have sent this request on it just before: what a browser does, retry once.
                a = api.send(request);
            }
            String why = bad.what() + ": " + a;
            if (a.status() != bad.status()) {
                failures.add("status " + why);
                continue;
            }
            if (a.raw().contains("Exception") || a.raw().contains("\tat ") || a.raw().contains("at org.")) {
                failures.add("trace " + why);
            }
            String template = template(bad.path());
            JsonNode operation = schemas.operation(template, bad.method().toLowerCase(Locale.ROOT));
            if (operation != null && !operation.path("responses").has(String.valueOf(a.status()))) {
                failures.add("undocumented status " + why);
            }
            if (bad.error() != null) {
                if (a.json() == null || !bad.error().equals(a.error())) {
                    failures.add("error " + why);
                } else {
                    List<String> problems = schemas.check("ApiError", a.json());
                    if (!problems.isEmpty()) {
                        failures.add("shape " + why + " " + problems);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The documented path of a request path. */
    private static String template(String pathAndQuery) {
        String path = pathAndQuery.split("\\?")[0];
        if (path.startsWith("/api/v1/patents/")) {
            return path.endsWith("/similar") ? "/api/v1/patents/{id}/similar" : "/api/v1/patents/{id}";
        }
        return path;
    }

    @Test
    void everyRouteIsInTheOpenApiDocumentAndBack() {
        JsonNode document = new ApiDocs().document();
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }
        assertEquals(documented, new TreeSet<>(server.server.endpoints()));
        // Every $ref resolves, every parameter the API reads is documented on the search operation.
        assertTrue(document.toString().contains("\"#/components/schemas/SearchResponse\""));
        Set<String> searchParameters = new TreeSet<>();
        document.path("paths").path("/api/v1/search").path("get").path("parameters")
                .forEach(p -> searchParameters.add(p.path("$ref").asText().replace("#/components/parameters/", "")));
        Set<String> bodyProperties = new TreeSet<>();
        document.path("components").path("schemas").path("SearchParameters").path("properties").fieldNames()
                .forEachRemaining(bodyProperties::add);
        assertEquals(searchParameters, bodyProperties);
        // The unknown-parameter error lists the names the server accepts: the same set.
        String message = api.get("/api/v1/search?text=a&nope=1").json().path("message").asText();
        assertEquals(searchParameters, new TreeSet<>(List.of(message.substring(message.indexOf("one of ") + 7).split(", "))));
    }

    @Test
    void healthMetricsAndTheApiPage() {
        Api.Answer health = api.get("/api/v1/health");
        assertEquals(200, health.status());
        schemas.assertValid("/api/v1/health", "get", health);
        assertEquals(10_203, health.json().path("documents").asInt());
        assertEquals("ok", health.json().path("status").asText());
        assertFalse(health.json().path("index").path("writable").asBoolean());
        assertEquals(health.json().path("documents"), api.get("/health").json().path("documents"));

        api.get("/api/v1/search?text=battery&mode=keyword");
        api.get("/api/v1/search?text=a&size=0");
        String metrics = api.get("/metrics").raw();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/search\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/search\",status=\"400\"}"));
        assertTrue(metrics.contains("priorart_search_seconds_count{mode=\"keyword\"}"));
        assertTrue(metrics.contains("priorart_documents 10203.0"), metrics);
        assertTrue(metrics.contains("priorart_semantic_coverage"));

        Api.Answer page = api.get("/api/v1/docs");
        assertEquals(200, page.status());
        assertFalse(page.raw().contains("https://") || page.raw().contains("http://"), "no CDN: " + page.raw());
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui.css")) {
            String ref = "/webjars/swagger-ui/" + page.raw().split("/webjars/swagger-ui/")[1].split("/")[0] + "/" + asset;
            assertEquals(200, api.get(ref).status(), ref);
        }
        JsonNode openapi = api.get("/api/v1/openapi.json").json();
        assertEquals("3.1.0", openapi.path("openapi").asText());
        assertNotNull(openapi.path("components").path("schemas").get("ApiError"));
        assertEquals(302, api.send(api.request("/api")).status());
        assertEquals("nosniff", health.header("X-Content-Type-Options"));
        assertNull(health.header("Access-Control-Allow-Origin"), "CORS is off by default");
    }
}
