package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.api.ApiDocs;

/**
 * The case under examination over the API, on the demo corpus' applications (no publication dates)
 * and battery grants (publication dates only): a case from an indexed application, its cutoff and
 * exclusion applied to every search, what the cutoff leaves out counted, date verdicts on every hit,
 * numbered sets combined with L-operands and counted exactly, saved queries run again, ST.14
 * categories with date warnings, the claim chart kept in the session, and the search report.
 */
class TestApiCasework {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static SearchService service;
    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new ApiDocs().document());
    static final String APPLICATION = "US20170250447";
    static final LocalDate FILED = LocalDate.parse("2015-09-25");

    @BeforeAll
    static void start() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.write(input.resolve("papers.jsonl"), TestData.lines(TestData.PAP2PAT, 200));
        List<String> grants = TestData.lines(TestData.TEN_K, 10_000).stream().filter(l -> l.toLowerCase().contains("batter")).toList();
        Files.write(input.resolve("grants.jsonl"), grants);
        index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 2, IngestProgress.NONE).ingest(InputFiles.expand(List.of(input)));
        server = ApiServer.start(ApiServer.config(index, ApiSettings.DEFAULT), index, null);
        api = server.client();
        service = server.server.searchService();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        index.close();
    }

    /** A new session with the case of the stretchable battery application. */
    static String caseSession() {
        String id = api.post("/api/v1/sessions", "{\"name\": \"stretchable battery\"}").json().path("id").asText();
        Api.Answer c = api.put("/api/v1/sessions/" + id + "/case", "{\"application\": \"" + APPLICATION + "\"}");
        assertEquals(200, c.status(), c.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/case", "put", c);
        return id;
    }

    private static Api.Answer search(String session, String body) {
        return api.post("/api/v1/sessions/" + session + "/search", body);
    }

    private static long keywordCount(String query, SearchFilters filters) throws Exception {
        SearchResult r = service.search(SearchRequest.query(query, 1).withFilters(filters));
        assertTrue(r.totalIsExact());
        return r.totalHits();
    }

    private static SearchFilters inCase() throws Exception {
        var doc = service.get(APPLICATION);
        return SearchFilters.NONE.withPriorArt(FILED, PriorArtRule.EFFECTIVE).excluding(List.of(doc.id()), doc.familyId());
    }

    @Test
    void aCaseFromAnIndexedApplicationRulesEverySearch() {
        String id = caseSession();
        JsonNode c = api.get("/api/v1/sessions/" + id).json().path("case");
        assertEquals(APPLICATION, c.path("number").asText());
        assertEquals("2015-09-25", c.path("filing_date").asText());
        assertTrue(c.path("claims").get(0).asText().startsWith("A flexible and stretchable battery"));
        Api.Answer a = search(id, "{\"query\": \"battery\", \"mode\": \"keyword\", \"size\": 100, \"explain\": true}");
        assertEquals(201, a.status(), a.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/search", "post", a);
        JsonNode r = a.json();
        assertEquals(1, r.path("set").asInt());
        assertEquals("2015-09-25", r.path("cutoff").path("date").asText());
        assertTrue(r.path("cutoff").path("basis").asText().startsWith("filing date"));
        for (JsonNode hit : r.path("result").path("hits")) {
            assertFalse(hit.path("publication_number").asText().startsWith(APPLICATION), "its own document is left out");
        }
        // Each hit says why its dates decide; the demo applications have no publication date, and say so.
        assertEquals(r.path("result").path("hits").size(), r.path("dates").size());
        boolean missing = false;
        for (JsonNode d : r.path("dates")) {
            assertFalse(d.path("reason").asText().isBlank());
            missing |= d.path("status").asText().equals("date_missing") && d.path("reason").asText().contains("no publication date");
        }
        assertTrue(missing, r.path("dates").toString());
    }

    @Test
    void documentsTheCutoffLeavesOutAreCountedNotSilent() throws Exception {
        String id = caseSession();
        JsonNode r = search(id, "{\"query\": \"battery\", \"mode\": \"keyword\"}").json();
        var doc = service.get(APPLICATION);
        long all = keywordCount("battery", SearchFilters.NONE.excluding(List.of(doc.id()), doc.familyId()));
        long ruled = keywordCount("battery", inCase());
        assertTrue(all > ruled, "the grants published after the cutoff are left out");
        assertEquals(ruled, r.path("result").path("total").path("value").asLong());
        String notes = r.path("notes").toString();
        assertTrue(notes.contains((all - ruled) + " matching documents are left out by the cutoff"), notes);
    }

    @Test
    void numberedSetsCombineWithExactCounts() throws Exception {
        String id = caseSession();
        assertEquals(1, search(id, "{\"query\": \"batter*\", \"mode\": \"hybrid\"}").json().path("set").asInt());
        assertEquals(2, search(id, "{\"query\": \"stretch* OR flexib*\", \"mode\": \"keyword\", \"cpc\": [\"H01M\"]}")
                .json().path("set").asInt());
        JsonNode l3 = search(id, "{\"query\": \"L1 AND L2\", \"mode\": \"keyword\"}").json();
        JsonNode l4 = search(id, "{\"query\": \"L1 NOT L2\", \"mode\": \"keyword\"}").json();
        long both = keywordCount("batter* AND (stretch* OR flexib*)", inCase().withPriorArt(FILED, PriorArtRule.EFFECTIVE)
                .excluding(inCase().excludeKeys(), inCase().excludeFamily()).equals(inCase()) ? inCase()
                : inCase());
        SearchFilters h01m = new SearchFilters(List.of("H01M"), null, null).withPriorArt(FILED, PriorArtRule.EFFECTIVE)
                .excluding(inCase().excludeKeys(), inCase().excludeFamily());
        long expected = keywordCount("batter* AND (stretch* OR flexib*)", h01m);
        assertTrue(both >= expected);
        assertEquals(expected, l3.path("result").path("total").path("value").asLong(), l3.toString());
        assertEquals("eq", l3.path("result").path("total").path("relation").asText());
        long l1 = keywordCount("batter*", inCase());
        assertEquals(l1 - expected, l4.path("result").path("total").path("value").asLong());
        // A hybrid Boolean set is counted exactly too (it was "≥ n").
        JsonNode history = api.get("/api/v1/sessions/" + id).json().path("history");
        assertEquals("eq", history.get(0).path("hits_relation").asText());
        assertEquals(l1, history.get(0).path("hits").asLong());
        assertEquals("L1 AND L2", history.get(2).path("search").path("query").asText());
        assertTrue(history.get(2).path("definition").asText().contains("CPC=H01M"), history.get(2).toString());
        // Proximity with a set: a set is documents, so W/n applies to words only; a set with words is fine.
        assertEquals(201, search(id, "{\"query\": \"L2 AND (fold* W/5 cut*)\", \"mode\": \"keyword\"}").status());
        // No such set, and a free text that is no set: 400s at the operand.
        Api.Answer none = search(id, "{\"query\": \"L1 AND L99\", \"mode\": \"keyword\"}");
        assertEquals(400, none.status(), none.toString());
        assertEquals("invalid_query", none.json().path("error").asText());
        assertEquals(7, none.json().path("details").path("position").asInt());
        assertTrue(none.json().path("message").asText().contains("no set L99"), none.toString());
        int free = search(id, "{\"text\": \"a stretchable battery\", \"mode\": \"keyword\"}").json().path("set").asInt();
        Api.Answer freeRef = search(id, "{\"query\": \"L1 AND L" + free + "\", \"mode\": \"keyword\"}");
        assertEquals(400, freeRef.status());
        assertTrue(freeRef.json().path("message").asText().contains("not a Boolean set"), freeRef.toString());
        assertEquals(400, search(id, "{\"query\": \"TI=L1\", \"mode\": \"keyword\"}").status());
    }

    @Test
    void aSavedQueryRunsAgainWithAFreshCount() throws Exception {
        String id = caseSession();
        search(id, "{\"query\": \"batter*\", \"mode\": \"keyword\"}");
        search(id, "{\"query\": \"L1 AND fold*\", \"mode\": \"keyword\"}");
        Api.Answer saved = api.post("/api/v1/sessions/" + id + "/saved", "{\"name\": \"folded batteries\", \"set\": 2}");
        assertEquals(201, saved.status(), saved.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/saved", "post", saved);
        assertEquals("((batter*)) AND fold*", saved.json().path("search").path("query").asText());
        // A document added since: the re-run counts it.
        long before = saved.json().path("last_hits").asLong();
        Api.Answer added = api.post("/api/v1/patents", "{\"publication_number\": \"US9999777B2\", \"title\": \"A folded battery\","
                + "\"abstract\": \"A battery folded along its seams.\", \"publication_date\": \"2010-01-05\"}");
        assertEquals(200, added.status(), added.toString());
        Api.Answer run = api.post("/api/v1/sessions/" + id + "/saved/1/run", "");
        assertEquals(201, run.status(), run.toString());
        assertEquals(3, run.json().path("set").asInt());
        assertEquals(before + 1, run.json().path("result").path("total").path("value").asLong());
        JsonNode s = api.get("/api/v1/sessions/" + id).json();
        assertEquals(3, s.path("saved").get(0).path("last_set").asInt());
        assertEquals(before + 1, s.path("saved").get(0).path("last_hits").asLong());
        assertEquals(400, api.post("/api/v1/sessions/" + id + "/saved", "{\"set\": 42}").status());
        assertEquals("set", api.post("/api/v1/sessions/" + id + "/saved", "{\"set\": \"two\"}").json().path("details").path("parameter").asText());
        assertEquals(400, api.post("/api/v1/sessions/" + id + "/saved/x/run", "").status());
        assertEquals(404, api.post("/api/v1/sessions/" + id + "/saved/9/run", "").status());
        api.delete("/api/v1/patents/US9999777B2");
    }

    @Test
    void tagsTakeSt14CategoriesAndWarnAboutDates() throws Exception {
        String id = caseSession();
        // A grant published after the filing date (no earlier filing known): not prior art, tagging it X warns.
        SearchResult late = service.search(SearchRequest.query("battery AND PD>=2016-01-01", 1));
        String number = late.hits().get(0).publicationNumber();
        Api.Answer x = api.put("/api/v1/sessions/" + id + "/tags/" + number, "{\"category\": \"X\"}");
        assertEquals(200, x.status(), x.toString());
        assertTrue(x.json().path("warning").asText().contains("not prior art"), x.toString());
        // An early one: no warning.
        SearchResult early = service.search(SearchRequest.query("battery AND PD<2010-01-01", 1));
        Api.Answer ok = api.put("/api/v1/sessions/" + id + "/tags/" + early.hits().get(0).publicationNumber(),
                "{\"category\": \"y, p\", \"claims\": \"1-3, 5\"}");
        assertEquals(200, ok.status(), ok.toString());
        assertTrue(ok.json().path("warning").isNull() || ok.json().path("warning").isMissingNode(), ok.toString());
        assertEquals("Y,P", ok.json().path("categories").asText());
        assertEquals("Y", ok.json().path("category").asText());
        for (String bad : List.of("Q", "X,Y", "XX", "")) {
            Api.Answer b = api.put("/api/v1/sessions/" + id + "/tags/" + number, "{\"category\": \"" + bad + "\"}");
            assertEquals(400, b.status(), bad + ": " + b);
            assertEquals("category", b.json().path("details").path("parameter").asText());
        }
        for (String bad : List.of("claim one, 99, 3-1", "3-1", "99")) {
            Api.Answer b = api.put("/api/v1/sessions/" + id + "/tags/" + number, "{\"category\": \"A\", \"claims\": \"" + bad + "\"}");
            assertEquals(400, b.status(), bad + ": " + b);
            assertEquals("claims", b.json().path("details").path("parameter").asText());
        }
    }

    @Test
    void theChartIsKeptInTheSessionAndInTheReport() throws Exception {
        String id = caseSession();
        JsonNode c = api.get("/api/v1/sessions/" + id).json().path("case");
        String claim = c.path("claims").get(0).asText();
        List<String> hits = new ArrayList<>();
        service.search(SearchRequest.query("stretch* AND batter*", 3).withFilters(inCase())).hits()
                .forEach(h -> hits.add(h.publicationNumber()));
        String body = "{\"claim\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(claim) + ", \"hits\": "
                + org.priorart.search.Json.mapper().writeValueAsString(hits) + ", \"mode\": \"keyword\"}";
        Api.Answer put = api.put("/api/v1/sessions/" + id + "/chart", body);
        assertEquals(200, put.status(), put.toString());
        SCHEMAS.assertValid("/api/v1/sessions/{session}/chart", "put", put);
        // The split keeps the folded configuration, the cut and the stretch result apart.
        List<String> elements = new ArrayList<>();
        put.json().path("elements").forEach(e -> elements.add(e.asText()));
        assertTrue(elements.stream().anyMatch(e -> e.contains("folded configuration") && !e.contains("cut")), elements.toString());
        assertTrue(elements.stream().anyMatch(e -> e.startsWith("contains at least one cut") && !e.contains("stretch")), elements.toString());
        assertTrue(elements.stream().anyMatch(e -> e.startsWith("such that")), elements.toString());
        Api.Answer cite = api.put("/api/v1/sessions/" + id + "/chart/cells", "{\"element\": 1, \"publication_number\": \""
                + hits.get(0) + "\", \"passage\": \"an <b>assembly</b> sealed in a pouch\", \"location\": \"col. 3, l. 12-20\"}");
        assertEquals(200, cite.status(), cite.toString());
        // Reloaded: the session has the chart with the examiner's cell.
        JsonNode kept = api.get("/api/v1/sessions/" + id).json().path("chart");
        assertEquals(elements.size(), kept.path("elements").size());
        assertEquals("col. 3, l. 12-20", kept.path("cited").get(0).path("location").asText());
        Api.Answer html = api.get("/api/v1/sessions/" + id + "/report.html");
        assertEquals(200, html.status());
        assertTrue(html.raw().contains("an &lt;b&gt;assembly&lt;/b&gt; sealed in a pouch"), "escaped cited passage");
        assertTrue(html.raw().contains("col. 3, l. 12-20"));
        assertTrue(html.raw().contains("Claim chart"));
        assertTrue(html.raw().contains(APPLICATION) && html.raw().contains("2015-09-25"), "the case header");
        assertFalse(html.raw().contains("<script"), "no script in the report");
        // Bad cells: the field is named.
        assertEquals("element", api.put("/api/v1/sessions/" + id + "/chart/cells", "{\"element\": 99, \"publication_number\": \""
                + hits.get(0) + "\", \"passage\": \"x\", \"location\": \"p. 1\"}").json().path("details").path("parameter").asText());
        assertEquals("location", api.put("/api/v1/sessions/" + id + "/chart/cells", "{\"element\": 0, \"publication_number\": \""
                + hits.get(0) + "\", \"passage\": \"x\"}").json().path("details").path("parameter").asText());
        assertEquals("publication_number", api.put("/api/v1/sessions/" + id + "/chart/cells", "{\"element\": 0, "
                + "\"publication_number\": \"US1234567B1\", \"passage\": \"x\", \"location\": \"p\"}").json().path("details").path("parameter").asText());
    }

    @Test
    void theReportCsvHasTheCaseHeaderAndCategories() {
        String id = caseSession();
        api.put("/api/v1/sessions/" + id + "/tags/US20160141723", "{\"category\": \"A,D\", \"note\": \"=cmd|' /C calc'!A0\"}");
        Api.Answer csv = api.get("/api/v1/sessions/" + id + "/report.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.raw().startsWith("field,value\r\napplication," + APPLICATION + "\r\n"), csv.raw());
        assertTrue(csv.raw().contains("\r\ncategory,document,publication_date,title,cited_passage,relevant_claims,date_warning\r\n"));
        assertTrue(csv.raw().contains("A,D") || csv.raw().contains("\"A,D\""), csv.raw());
        assertTrue(csv.raw().contains("'=cmd"), "a formula is defused");
    }

    @Test
    void forwardCitationsInTheCollectionAreListed() {
        Api.Answer added = api.post("/api/v1/patents", "{\"publication_number\": \"US9999888B2\", \"title\": \"A folded cell citing the stretchable battery\","
                + "\"abstract\": \"A folded cell.\", \"publication_date\": \"2019-01-05\","
                + "\"citations\": [{\"number\": \"US20170250447A1\", \"cited_by\": \"examiner\"}]}");
        assertEquals(200, added.status(), added.toString());
        try {
            Api.Answer a = api.get("/api/v1/patents/" + APPLICATION + "/cited-by");
            assertEquals(200, a.status(), a.toString());
            SCHEMAS.assertValid("/api/v1/patents/{id}/cited-by", "get", a);
            assertEquals(1, a.json().path("total").asInt());
            assertEquals("US9999888B2", a.json().path("cited_by").get(0).path("publication_number").asText());
            assertEquals(0, api.get("/api/v1/patents/US9999888B2/cited-by").json().path("total").asInt());
            assertEquals(404, api.get("/api/v1/patents/US1111111B1/cited-by").status());
            assertEquals("id", api.get("/api/v1/patents/not*a*number/cited-by").json().path("details").path("parameter").asText());
        } finally {
            api.delete("/api/v1/patents/US9999888B2");
        }
    }

    /**
     * "Search among these": a case search restricted to one side of a document's citations makes a
     * numbered set of exactly the cited (or citing) documents that match, with the case's cutoff.
     */
    @Test
    void aSearchAmongCitationsIsANumberedSetWithTheCutoff() throws Exception {
        // Two battery grants published before the case's cutoff, from the collection itself.
        List<String> grants = new java.util.ArrayList<>();
        for (var h : service.search(SearchRequest.query("battery AND PD<2015-01-01", 20)).hits()) {
            if (!h.publicationNumber().startsWith("US2") && grants.size() < 2) {
                grants.add(h.publicationNumber());
            }
        }
        assertEquals(2, grants.size(), grants.toString());
        String cites = "{\"publication_number\": \"US9999777B2\", \"title\": \"A battery pack\", \"abstract\": \"A battery pack.\","
                + "\"publication_date\": \"2014-03-04\", \"citations\": [{\"number\": \"" + grants.get(0) + "\"}, "
                + "{\"number\": \"" + grants.get(1) + "\"}, {\"number\": \"US1234567B1\"}]}";
        String late = "{\"publication_number\": \"US9999666B2\", \"title\": \"A later battery\", \"abstract\": \"A battery.\","
                + "\"publication_date\": \"2019-03-05\", \"filing_date\": \"2018-01-02\", \"citations\": [{\"number\": \""
                + grants.get(0) + "\"}]}";
        assertEquals(200, api.post("/api/v1/patents", cites).status());
        assertEquals(200, api.post("/api/v1/patents", late).status());
        try {
            String id = caseSession();
            Api.Answer a = search(id, "{\"query\": \"battery\", \"mode\": \"keyword\", \"size\": 50, "
                    + "\"among\": {\"document\": \"US9999777B2\", \"citations\": \"backward\"}}");
            assertEquals(201, a.status(), a.toString());
            SCHEMAS.assertValid("/api/v1/sessions/{session}/search", "post", a);
            JsonNode r = a.json();
            assertEquals(1, r.path("set").asInt());
            assertEquals(2, r.path("result").path("total").path("value").asInt(), r.toString());
            assertEquals("eq", r.path("result").path("total").path("relation").asText());
            java.util.Set<String> found = new java.util.HashSet<>();
            r.path("result").path("hits").forEach(h -> found.add(h.path("publication_number").asText()));
            assertEquals(new java.util.HashSet<>(grants), found);
            assertTrue(r.path("notes").get(0).asText().contains("the 2 documents US9999777B2 cites"), r.path("notes").toString());
            // Forward: both documents cite the first grant; the late one is no prior art and is counted as left out.
            Api.Answer f = search(id, "{\"query\": \"battery\", \"mode\": \"keyword\", "
                    + "\"among\": {\"document\": \"" + grants.get(0) + "\", \"citations\": \"forward\"}}");
            assertEquals(201, f.status(), f.toString());
            assertEquals(2, f.json().path("set").asInt());
            assertEquals(1, f.json().path("result").path("total").path("value").asInt(), f.toString());
            assertEquals("US9999777B2", f.json().path("result").path("hits").get(0).path("publication_number").asText());
            assertTrue(f.json().path("notes").toString().contains("1 matching document is left out by the cutoff"), f.toString());
            JsonNode history = api.get("/api/v1/sessions/" + id).json().path("history");
            assertTrue(history.get(1).path("search").path("among").asText().contains("cite " + grants.get(0)), history.toString());
            // Such a set has no query-language definition: combining or saving it is refused, naming why.
            Api.Answer combined = search(id, "{\"query\": \"L1 AND battery\", \"mode\": \"keyword\"}");
            assertEquals(400, combined.status(), combined.toString());
            assertTrue(combined.json().path("message").asText().contains("not a Boolean set"), combined.toString());
            assertEquals(400, api.post("/api/v1/sessions/" + id + "/saved", "{\"set\": 1}").status());
            // Bad input names "among".
            for (String bad : List.of("{\"document\": \"US9999666B2\", \"citations\": \"forward\"}",
                    "{\"document\": \"US1111111B1\"}", "{\"document\": \"US9999777B2\", \"citations\": \"sideways\"}",
                    "\"US9999777B2\"")) {
                Api.Answer b = search(id, "{\"query\": \"battery\", \"among\": " + bad + "}");
                assertEquals(400, b.status(), bad + ": " + b);
                assertEquals("among", b.json().path("details").path("parameter").asText(), b.toString());
            }
        } finally {
            api.delete("/api/v1/patents/US9999777B2");
            api.delete("/api/v1/patents/US9999666B2");
        }
    }

    @Test
    void aCpcCodeHasItsPlaceInTheHierarchy() {
        Api.Answer a = api.get("/api/v1/cpc?symbol=H01M10/04");
        assertEquals(200, a.status(), a.toString());
        SCHEMAS.assertValid("/api/v1/cpc", "get", a);
        assertEquals(5, a.json().path("levels").size());
        assertEquals("H01M10", a.json().path("levels").get(3).path("prefix").asText());
        assertTrue(a.json().path("levels").get(3).path("title").isMissingNode(), "no titles for H01M in the data");
        assertEquals("SHOEING OF ANIMALS", api.get("/api/v1/cpc?symbol=A01L1/02").json().path("levels").get(2).path("title").asText());
        for (String bad : List.of("/api/v1/cpc", "/api/v1/cpc?symbol=battery")) {
            Api.Answer b = api.get(bad);
            assertEquals(400, b.status(), b.toString());
            assertEquals("symbol", b.json().path("details").path("parameter").asText(), b.toString());
        }
    }

    /** Issue 17, defect 6: an exact Boolean set in hybrid mode was "≥ n". */
    @Test
    void aHybridBooleanSearchIsCountedExactly() throws Exception {
        LuceneEngine embedded = org.priorart.EmbeddedIndex.open();
        try (ApiServer hybrid = ApiServer.start(ApiServer.config(embedded, ApiSettings.DEFAULT).withIndexDir(tmp.resolve("embedded")),
                embedded, org.priorart.EmbeddedIndex.models())) {
            JsonNode r = hybrid.client().post("/api/v1/search", "{\"query\": \"battery AND (anode OR cathode)\", \"mode\": \"hybrid\"}").json();
            assertEquals("hybrid", r.path("mode").asText(), r.toString());
            long keyword = hybrid.server.searchService().search(SearchRequest.query("battery AND (anode OR cathode)", 1)).totalHits();
            assertEquals("eq", r.path("total").path("relation").asText());
            assertEquals(keyword, r.path("total").path("value").asLong());
        } finally {
            embedded.close();
        }
    }

    @Test
    void badCaseInputIsA400NamingTheField() {
        String id = api.post("/api/v1/sessions", "{}").json().path("id").asText();
        String path = "/api/v1/sessions/" + id + "/case";
        assertEquals("application", api.put(path, "{\"application\": \"US1\"}").json().path("details").path("parameter").asText());
        assertEquals("priority_date", api.put(path, "{\"number\": \"X1\"}").json().path("details").path("parameter").asText());
        assertEquals("filing_date", api.put(path, "{\"number\": \"X1\", \"filing_date\": \"yesterday\"}").json().path("details").path("parameter").asText());
        assertEquals("priority_date", api.put(path, "{\"number\": \"X1\", \"priority_date\": \"2016-01-01\", \"filing_date\": \"2015-01-01\"}")
                .json().path("details").path("parameter").asText());
        assertEquals("nonsense", api.put(path, "{\"number\": \"X1\", \"nonsense\": 1}").json().path("details").path("parameter").asText());
        assertEquals("prior_art_rule", api.put(path, "{\"number\": \"X1\", \"filing_date\": \"2015-01-01\", \"prior_art_rule\": \"any\"}")
                .json().path("details").path("parameter").asText());
        assertEquals("claims", api.put(path, "{\"number\": \"X1\", \"filing_date\": \"2015-01-01\", \"claims\": [1]}")
                .json().path("details").path("parameter").asText());
        // A pasted case: its cutoff applies.
        Api.Answer pasted = api.put(path, "{\"number\": \"US 15/123,456\", \"title\": \"Folded cell\", \"priority_date\": \"2012-01-01\","
                + " \"filing_date\": \"2013-01-01\", \"claims\": [\"1. A folded battery.\"], \"cpc\": [\"H01M10/04\"]}");
        assertEquals(200, pasted.status(), pasted.toString());
        JsonNode r = search(id, "{\"query\": \"battery\", \"mode\": \"keyword\", \"size\": 100}").json();
        for (JsonNode h : r.path("result").path("hits")) {
            String published = h.path("publication_date").asText("");
            assertTrue(published.isEmpty() || published.compareTo("2012-01-01") < 0 || h.path("prior_art_flag").asText().equals("E"), h.toString());
        }
        // Search without a case, priority_date in a case, an unknown session: clear errors.
        String bare = api.post("/api/v1/sessions", "{}").json().path("id").asText();
        assertEquals(400, search(bare, "{\"query\": \"battery\"}").status());
        assertEquals("priority_date", search(id, "{\"query\": \"battery\", \"priority_date\": \"2010-01-01\"}").json().path("details").path("parameter").asText());
        assertEquals(404, search("0000000000000000", "{\"query\": \"battery\"}").status());
        assertEquals(400, api.put("/api/v1/sessions/" + id + "/chart/cells", "{}").status());
        assertNotNull(api.get("/api/v1/sessions/" + id).json().path("case").path("number").asText(null));
        assertNull(null);
    }
}
