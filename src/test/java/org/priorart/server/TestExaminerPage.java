package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.priorart.EmbeddedIndex;
import org.priorart.TestData;
import org.priorart.config.ApiSettings;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.search.InvalidQueryException;
import org.priorart.search.SearchService;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/**
 * The examiner's page end to end in headless Chromium, against a real server on a real index (full
 * texts of Pap2Pat, battery abstracts with CPC codes, the prior-art date documents, all embedded,
 * and a hostile document written through the API): a hybrid search with its evidence, keyboard
 * navigation into a document, tagging X with a note, the CSV export, the claim chart, a syntax
 * error underlined where the API says, the hostile document rendered inert, and the key asked once
 * when the server has keys. Screenshots of the main views go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestExaminerPage {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static Browser browser;
    private static String base;

    /** A document whose texts are markup an attacker would send: it must show as text, and nothing may run. */
    static final String HOSTILE = """
            {"publication_number": "US9999001B2",
             "title": "Silicon anode <script>window.__xss = 'title'</script> battery <img src=x onerror=\\"window.__xss='img'\\">",
             "abstract": "A silicon anode battery <img src=x onerror=window.__xss='abstract'> with a carbon coating <b>bold</b> & \\"quotes\\" <a href=javascript:alert(1)>link</a>.",
             "claims": [{"number": 1, "text": "1. A battery comprising: a silicon anode <script>window.__xss='claim'</script>; and a cathode <img src=x onerror=window.__xss='claim-img'>.", "depends_on": []},
                        {"number": 2, "text": "2. The battery of claim 1, wherein the anode <svg onload=window.__xss='svg'> is porous.", "depends_on": [1]}],
             "description": [{"number": 1, "heading": "<h1 onclick=alert(1)>BACKGROUND</h1>", "text": "<iframe src=javascript:window.__xss='iframe'></iframe> The silicon anode swells."}],
             "applicants": ["<svg onload=window.__xss='applicant'>ACME"],
             "cpc": ["H01M4/38"], "filing_date": "2011-01-01", "publication_date": "2012-03-01"}""";

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(); // skips the class when Chromium is not installed
        // Full texts (claims, descriptions), battery abstracts with CPC and dates, the prior-art date set.
        List<String> papers = TestData.lines(TestData.PAP2PAT, 30);
        Pattern battery = Pattern.compile("(?i)batter|anode|electrode|lithium");
        List<String> abstracts = TestData.lines(TestData.TEN_K, 3000).stream()
                .filter(l -> battery.matcher(l).find() && !l.contains("\"cpc\": []")).limit(60).toList();
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.write(input.resolve("papers.jsonl"), papers);
        Files.write(input.resolve("abstracts.jsonl"), abstracts);
        index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 2, IngestProgress.NONE).ingest(InputFiles.expand(List.of(input,
                Path.of("src/test/resources/similar"))));
        server = ApiServer.start(ApiServer.config(index, ApiSettings.DEFAULT), index, EmbeddedIndex.models());
        api = server.client();
        Api.Answer written = api.post("/api/v1/patents", HOSTILE);
        assertEquals(200, written.status(), written.toString());
        ServerWaits.awaitEmbedding(server.server, Duration.ofMinutes(3));
        base = "http://127.0.0.1:" + server.port;
        Files.createDirectories(Browser.SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }

    private static WebDriverWait waiting() {
        // A condition that read an element the page has just drawn again is asked again, not failed.
        return (WebDriverWait) new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private static void openPage(String hash) {
        browser.driver.get(base + "/" + hash);
        waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
    }

    private static void type(WebElement box, String text) {
        box.clear();
        box.sendKeys(text);
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** No script error, no CSP violation, no failed request but those expected (e.g. a 400 for a bad query). */
    private static void noConsoleErrors(String... expected) {
        List<String> errors = browser.consoleErrors().stream()
                .filter(e -> java.util.Arrays.stream(expected).noneMatch(e::contains)).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** The page's search for the battery topic: an examiner query and a pasted text, hybrid. */
    private static void searchBatteries() {
        WebElement query = find("#q");
        type(query, "silicon AND (anode OR electrode*)");
        type(find("#t"), "A lithium ion battery with an anode of porous silicon particles coated with carbon, which limits swelling during charging.");
        find("input[name=mode][value=hybrid]").click();
        // A marker the new answer's rendering removes: the hits waited for are this search's, not the
        // ones the page restored on load.
        js("document.getElementById('results').append(Object.assign(document.createElement('i'), {id: 'before-search'}))");
        find("#search-button").click();
        waiting().until(d -> all("#before-search").isEmpty() && !all("ol.hits li.hit").isEmpty());
    }

    private static JsonNode readJson(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static JsonNode session() {
        JsonNode list = api.get("/api/v1/sessions").json().path("sessions");
        assertFalse(list.isEmpty(), "the page made a session");
        return api.get("/api/v1/sessions/" + list.get(0).path("id").asText()).json();
    }

    @Test
    @Order(1)
    void aHybridSearchShowsItsEvidenceAndGoesIntoTheHistory() {
        openPage("#/search");
        searchBatteries();
        List<WebElement> hits = all("ol.hits li.hit");
        assertTrue(hits.size() >= 5, "hits: " + hits.size());
        String count = find("#hit-count").getText();
        assertTrue(count.matches("≥? ?\\d[\\d,]*"), count);
        assertTrue(find(".counts .fusion").getText().startsWith("hybrid z-score"), find(".counts").getText());
        WebElement first = hits.get(0);
        assertTrue(first.getAttribute("class").contains("selected"), "the first hit is selected");
        assertFalse(first.findElement(By.cssSelector(".number")).getText().isBlank());
        // The score bar has a keyword and a semantic part, and the hit names its ranks on both sides.
        assertFalse(first.findElements(By.cssSelector(".bar .seg.kw")).isEmpty(), "keyword part");
        assertFalse(first.findElements(By.cssSelector(".bar .seg.sem")).isEmpty(), "semantic part");
        assertTrue(first.findElement(By.cssSelector(".score .why")).getText().contains("keyword #"));
        // Highlights come from ranges: marks inside the snippet, and they read as the query's words.
        List<WebElement> marks = all("ol.hits .snippet mark");
        assertFalse(marks.isEmpty(), "highlighted snippets");
        for (WebElement m : marks.subList(0, Math.min(10, marks.size()))) {
            String w = m.getText().toLowerCase(java.util.Locale.ROOT);
            assertTrue(w.startsWith("silic") || w.startsWith("anod") || w.startsWith("electrod") || w.length() > 2, w);
        }
        assertFalse(all("ol.hits .passage").isEmpty(), "the nearest semantic passage is shown");
        // The history of the session has the search with its hit count.
        WebElement entry = waiting().until(d -> d.findElement(By.cssSelector(".history-list li")));
        assertTrue(entry.getText().contains("silicon AND (anode OR electrode*)"), entry.getText());
        assertTrue(entry.getText().contains("hits"), entry.getText());
        assertEquals(1, session().path("history").size());
        browser.screenshot("search-results");
        noConsoleErrors();
    }

    @Test
    @Order(2)
    void theKeyboardMovesOpensAndTagsAndTheNoteIsKept() {
        openPage("#/search");
        waiting().until(d -> !all("ol.hits li.hit").isEmpty()); // the tab's last search, restored
        keys("j");
        waiting().until(d -> all("ol.hits li.hit").get(1).getAttribute("class").contains("selected"));
        keys("k");
        waiting().until(d -> all("ol.hits li.hit").get(0).getAttribute("class").contains("selected"));
        // Open the first full-text hit (the abstracts have no claims): select it with j, then Enter.
        int target = -1;
        List<WebElement> hits = all("ol.hits li.hit");
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).findElement(By.cssSelector(".number")).getText().startsWith("US2011")) {
                target = i;
                break;
            }
        }
        assertTrue(target >= 0, "the silicon anode application is among the hits");
        for (int i = 0; i < target; i++) {
            keys("j");
        }
        String number = all("ol.hits li.hit").get(target).getAttribute("data-number");
        keys(Keys.ENTER);
        WebElement head = find(".doc-head");
        assertTrue(head.getText().contains(number), head.getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/doc/" + number));
        assertFalse(all(".claim.independent .badge.indep").isEmpty(), "independent claims are marked");
        assertFalse(all(".document .abstract mark").isEmpty(), "the search's matches are marked in the text");
        // x tags it X at once and opens the note; Enter saves the note.
        keys("x");
        WebElement note = find(".tag-editor textarea.note");
        note.sendKeys("D1: porous Si anode, carbon coating (claim 1)");
        find(".tag-editor input.claims").sendKeys("1-3");
        note.sendKeys(Keys.ENTER);
        waiting().until(d -> all(".tag-editor").isEmpty());
        waiting().until(d -> !all(".doc-actions .tag-button.cat-X.on").isEmpty());
        JsonNode tags = session().path("tags");
        assertEquals(1, tags.size(), tags.toString());
        assertEquals(number, tags.get(0).path("publication_number").asText());
        assertEquals("X", tags.get(0).path("category").asText());
        assertEquals("D1: porous Si anode, carbon coating (claim 1)", tags.get(0).path("note").asText());
        assertEquals("1-3", tags.get(0).path("claims").asText());
        browser.screenshot("document");
        // Esc goes back to the results, where the hit now carries its tag.
        keys(Keys.ESCAPE);
        waiting().until(d -> !all("ol.hits li.hit.tagged-X").isEmpty());
        // A full text: many claims, independent ones marked, description paragraphs, the matches marked.
        openPage("#/doc/US20160141723");
        waiting().until(d -> all(".claim-list li.claim").size() > 10);
        assertTrue(all(".claim.independent").size() >= 1);
        assertFalse(all(".description .para").isEmpty());
        assertFalse(all(".description mark").isEmpty(), "matches marked in the description");
        browser.screenshot("document-fulltext");
        noConsoleErrors();
    }

    @Test
    @Order(3)
    void theReportExportsTheTaggedCitationAsCsv() throws Exception {
        openPage("#/report");
        // read again when the report redraws its table (the session refreshed under it): no stale row
        String first = waiting().until(d -> find("#report-citations tbody tr").getText());
        assertTrue(first.startsWith("X"), first);
        assertFalse(all("#report-strategy tbody tr").isEmpty(), "the search strategy is in the report");
        browser.screenshot("report");
        // Printed, the report keeps its citations and strategy and drops the page's controls.
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertTrue(find("#report-strategy").isDisplayed(), "the strategy is printed");
            assertTrue(find("#report-citations").isDisplayed(), "the citations are printed");
            assertFalse(browser.driver.findElement(By.cssSelector("header.top, .top")).isDisplayed(), "no navigation on paper");
            assertFalse(find("#report-citations").getText().contains("Edit"), "no controls on paper");
            browser.screenshot("report-print");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        find("#export-citations").click();
        Path csv = waitForDownload("-citations.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("category,publication_number,publication_date,title,relevant_claims,note,tagged_at", lines.get(0));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("X,US20110300001A1,2011-12-01,Silicon anode for a lithium ion battery,1-3,"
                + "\"D1: porous Si anode, carbon coating (claim 1)\","), lines.get(1));
        find("#export-strategy").click();
        List<String> strategy = Files.readAllLines(waitForDownload("-strategy.csv"), StandardCharsets.UTF_8);
        assertTrue(strategy.get(1).contains("silicon AND (anode OR electrode*)"), strategy.toString());
        noConsoleErrors();
    }

    private static Path waitForDownload(String suffix) {
        return waiting().until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    @Order(4)
    void theClaimChartShowsAPassagePerElement() {
        openPage("#/doc/US20110300001A1");
        find(".claim .claim-head button").click(); // "Chart this claim"
        waiting().until(ExpectedConditions.urlContains("#/chart"));
        WebElement claim = find("#chart-claim");
        assertTrue(claim.getAttribute("value").startsWith("1. A lithium ion battery comprising"), claim.getAttribute("value"));
        // A longer claim, to chart several elements, against the top five hits of the search.
        type(claim, "1. A lithium ion battery comprising: an anode of porous silicon particles; a carbon coating on the "
                + "particles; and an electrolyte, wherein the coating limits the swelling of the silicon during charging.");
        find(".docs-col .buttons button").click(); // Top 5 hits
        assertEquals(5, all(".chart-docs li .number").size());
        find("#chart-button").click();
        WebElement table = find("#claim-chart");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(5, rows.size(), "preamble and four elements");
        assertEquals(List.of("pre", "a", "b", "c", "d"), rows.stream()
                .map(r -> r.findElement(By.cssSelector("th .label")).getText()).toList());
        for (WebElement r : rows) {
            assertFalse(r.findElements(By.cssSelector(".chart-passage")).isEmpty(), "a passage for " + r.getText());
            assertEquals(1, r.findElements(By.cssSelector("td.best")).size(), "one best document per element");
        }
        assertEquals(5, table.findElements(By.cssSelector("thead th")).size() - 1, "five documents across");
        assertFalse(table.findElements(By.cssSelector(".chart-passage.kw mark")).isEmpty(), "the element's words are marked");
        browser.screenshot("claim-chart");
        noConsoleErrors();
    }

    @Test
    @Order(5)
    void aSyntaxErrorIsUnderlinedWhereTheApiSaysItIs() {
        openPage("#/search");
        // Leading spaces: the page sends the query trimmed, and the mark must still sit under the right character.
        String query = "  battery AND (anode OR";
        int position;
        try {
            SearchService.parse(query.strip());
            throw new AssertionError("the query should not parse");
        } catch (InvalidQueryException e) {
            position = e.position() + 2;
        }
        type(find("#q"), query);
        find("#search-button").click();
        WebElement mark = find(".query-backdrop .syntax-error");
        String before = (String) js("const m = document.querySelector('.query-backdrop .syntax-error');"
                + "let s = ''; for (let n = m.previousSibling; n; n = n.previousSibling) s = n.textContent + s; return s;");
        assertEquals(query.substring(0, position), before, "the mark sits at the API's position " + position);
        assertNotNull(mark);
        assertEquals("true", find("#q").getAttribute("aria-invalid"));
        WebElement message = find("#q-error");
        assertTrue(message.getText().contains("character " + (position + 1)), message.getText());
        // The previous search's hits are gone: nobody tags from a list that is not the query's.
        assertTrue(all("ol.hits li.hit").isEmpty(), "the old results are taken off the screen");
        assertTrue(find("#results .error").getText().contains("syntax error"), find("#results").getText());
        browser.screenshot("syntax-error");
        browser.screenshot("syntax-error-detail", find(".search-form"));
        // Typing clears the mark.
        find("#q").sendKeys(" cathode)");
        waiting().until(d -> all(".query-backdrop .syntax-error").isEmpty());
        noConsoleErrors("status of 400");
    }

    @Test
    @Order(6)
    void aHostileDocumentRendersInert() {
        openPage("#/search");
        type(find("#q"), "");
        type(find("#t"), "silicon anode battery carbon coating script img");
        find("input[name=mode][value=keyword]").click();
        find("#search-button").click();
        // The hit list shows its title and snippet as text.
        String shown = waiting().until(d -> (String) js("const h = document.querySelector('li.hit[data-number=\"US9999001B2\"]');"
                + "return h && document.querySelector('.counts .fusion').textContent === 'keyword' ? h.innerText : null"));
        assertTrue(shown.contains("<script>window.__xss = 'title'</script>"), shown);
        find("li.hit[data-number='US9999001B2'] a.number").click();
        WebElement title = find(".doc-head .doc-title");
        assertEquals("Silicon anode <script>window.__xss = 'title'</script> battery <img src=x onerror=\"window.__xss='img'\">",
                title.getText());
        assertTrue(find(".document .abstract").getText().contains("<img src=x onerror=window.__xss='abstract'>"));
        assertTrue(find(".claim-list").getText().contains("<script>window.__xss='claim'</script>"));
        assertTrue(find(".document .description").getText().contains("<iframe src=javascript:window.__xss='iframe'></iframe>"));
        assertTrue(find("table.biblio").getText().contains("<svg onload=window.__xss='applicant'>ACME"));
        // Nothing ran, and no element came out of the data: the only elements are the page's own.
        assertNull(js("return window.__xss === undefined ? null : String(window.__xss)"), "a script in the data ran");
        assertEquals(0L, js("return document.querySelectorAll('main script, main img, main svg, main iframe, main b, main h1, "
                + "[onerror], [onload], [onclick]').length"));
        assertEquals(0L, js("return document.querySelectorAll('a[href^=\"javascript\"]').length"));
        browser.screenshot("hostile-document");
        // The same in the report and the chart, where its title and passages appear too.
        keys("a");
        find(".tag-editor textarea.note").sendKeys("<img src=x onerror=window.__xss='note'>" + Keys.ENTER);
        waiting().until(d -> all(".tag-editor").isEmpty());
        openPage("#/report");
        waiting().until(d -> d.findElement(By.cssSelector("#report-citations")).getText().contains("<script>"));
        assertNull(js("return window.__xss === undefined ? null : String(window.__xss)"));
        assertEquals(0L, js("return document.querySelectorAll('main img, main script, [onerror]').length"));
        noConsoleErrors();
    }

    @Test
    @Order(7)
    void withKeysThePageAsksForOneOnceAndSendsIt() throws Exception {
        Path keysFile = tmp.resolve("keys.json");
        String key = KeyStore.at(keysFile).create("examiner-1", Role.SEARCH, null, null).secret();
        try (ApiServer keyed = ApiServer.start(ApiServer.config(index, ApiSettings.DEFAULT.withKeysFile(keysFile))
                .withIndexDir(tmp.resolve("keyed")), index, EmbeddedIndex.models())) {
            String keyedBase = "http://127.0.0.1:" + keyed.port;
            browser.driver.get(keyedBase + "/#/search");
            WebElement input = find("#key-dialog[open] #key-input");
            input.sendKeys("pa_0000_wrong" + Keys.ENTER);
            WebElement error = find("#key-dialog[open] #key-error");
            assertTrue(error.getText().contains("not accepted"), error.getText());
            find("#key-dialog[open] #key-input").sendKeys(key + Keys.ENTER);
            waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
            assertTrue(find("#status").getText().contains("examiner-1"), find("#status").getText());
            type(find("#t"), "silicon anode");
            find("#search-button").click();
            waiting().until(d -> !all("ol.hits li.hit").isEmpty());
            // A reload in the same tab keeps the key: no second question.
            browser.driver.navigate().refresh();
            waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
            assertTrue(all("#key-dialog[open]").isEmpty());
            List<String> kept = new ArrayList<>();
            kept.add((String) js("return sessionStorage.getItem('priorart.key')"));
            assertEquals(key, kept.get(0));
            assertEquals(1, keyed.client(key).get("/api/v1/sessions").json().path("sessions").size());
            js("sessionStorage.clear(); localStorage.clear();");
        }
        browser.consoleErrors(); // the refused key's 401s are expected here
    }

    /** The hit count the API gives for a keyword query, as the page would ask for it. */
    private static long keywordHits(String query) {
        return api.post("/api/v1/search", "{\"query\": \"" + query + "\", \"mode\": \"keyword\", \"size\": 1}").json()
                .path("total").path("value").asLong();
    }

    @Test
    @Order(8)
    void anOvertakenSearchNeverReplacesTheNewerOne() throws Exception {
        openPage("#/search");
        long battery = keywordHits("battery");
        long silicon = keywordHits("silicon");
        assertTrue(battery != silicon, "the two searches must be told apart by their counts");
        type(find("#t"), "");
        find("input[name=mode][value=keyword]").click();
        // The first search's answer is held back 2 s, so the second one, sent after it, answers first.
        js("const real = window.fetch; let n = 0; window.__held = 0;"
                + "window.fetch = (...a) => real(...a).then(r => String(a[0]).endsWith('/api/v1/search') && n++ === 0"
                + " ? new Promise(ok => { window.__held = 1; setTimeout(() => { window.__held = 2; ok(r); }, 2000); }) : r);");
        type(find("#q"), "battery");
        find("#q").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(d -> Long.valueOf(1).equals(js("return window.__held")));
        type(find("#q"), "silicon");
        find("#q").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(d -> Long.valueOf(2).equals(js("return window.__held")));
        Thread.sleep(300); // the held answer has arrived; it must have been dropped
        assertEquals(String.valueOf(silicon), find("#hit-count").getText().replace(",", "").replace("≥", "").trim());
        assertEquals("silicon", js("return JSON.parse(sessionStorage.getItem('priorart.search')).search.query"),
                "the search kept for a reload is the newer one");
        noConsoleErrors();
    }

    @Test
    @Order(9)
    void buttonsKeepTheirKeysMarksStepSessionsSwitchAndSimilarIsRecorded() {
        openPage("#/search");
        searchBatteries();
        // Enter on a focused button presses that button; it does not open the selected hit.
        WebElement chartButton = all("ol.hits li.hit").get(0).findElement(By.cssSelector(".chart-button"));
        js("arguments[0].focus()", chartButton);
        keys(Keys.ENTER);
        waiting().until(d -> !all("ol.hits li.hit").get(0).findElements(By.cssSelector(".badge.chart")).isEmpty());
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/search"), browser.driver.getCurrentUrl());
        js("arguments[0].focus()", all("ol.hits li.hit").get(0).findElement(By.cssSelector(".chart-button")));
        keys(Keys.ENTER);
        waiting().until(d -> all("ol.hits li.hit").get(0).findElements(By.cssSelector(".badge.chart")).isEmpty());

        // m steps from one match to the next, not back to the first.
        js("location.hash = '#/doc/US20160141723'");
        waiting().until(d -> all(".document mark").size() > 3);
        for (int i = 0; i < 3; i++) {
            keys("m");
        }
        assertEquals(2L, js("return [...document.querySelectorAll('.document mark')].findIndex(m => m.classList.contains('current'))"));

        // Another session shows its own tags: none here, the X tag again when switching back.
        String original = (String) js("return document.getElementById('session-select').value");
        String other = api.post("/api/v1/sessions", "{\"name\": \"Other application\"}").json().path("id").asText();
        js("location.hash = '#/search'");
        browser.driver.navigate().refresh(); // a reload lists the new session (a changed hash alone would not)
        waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
        waiting().until(d -> !all("ol.hits li.hit.tagged-X").isEmpty());
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(other);
        waiting().until(d -> all("ol.hits li.hit.tagged-X").isEmpty());
        assertFalse(all("ol.hits li.hit").isEmpty(), "the results stay");
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(original);
        waiting().until(d -> !all("ol.hits li.hit.tagged-X").isEmpty());

        // Find similar, with the form's filters, is a search of the strategy like any other.
        type(find("#cpc"), "H01M");
        js("location.hash = '#/doc/US20110300001A1'");
        find("#find-similar").click();
        waiting().until(d -> find("#results-title").getText().startsWith("Prior art of"));
        WebElement entry = waiting().until(d -> d.findElements(By.cssSelector(".history-list li")).stream()
                .filter(li -> li.getText().contains("similar to US20110300001A1")).findFirst().orElse(null));
        assertNotNull(entry);
        JsonNode history = api.get("/api/v1/sessions/" + original).json().path("history");
        JsonNode last = history.get(history.size() - 1).path("search");
        assertEquals("US20110300001A1", last.path("similar").asText());
        assertEquals("H01M", last.path("cpc").get(0).asText());
        for (WebElement cpc : all("ol.hits li.hit .cpc")) {
            assertTrue(cpc.getAttribute("title").contains("H01M"), "the CPC filter applies to the similar search: " + cpc.getAttribute("title"));
        }
        type(find("#cpc"), "");
        noConsoleErrors();
    }

    @Test
    @Order(10)
    void moreLikeMyXyRanksTheSearchAgainTowardTheTaggedDocuments() {
        openPage("#/search");
        type(find("#cpc"), "");
        searchBatteries();
        // Tag the second hit Y from the list (Enter in the note saves the tag).
        WebElement second = all("ol.hits li.hit").get(1);
        String number = second.getAttribute("data-number");
        second.findElement(By.cssSelector(".tag-button.cat-Y")).click();
        find(".tag-editor textarea.note").sendKeys(Keys.ENTER);
        waiting().until(d -> all(".tag-editor").isEmpty());
        List<String> liked = new ArrayList<>();
        session().path("tags").forEach(t -> {
            if (List.of("X", "Y").contains(t.path("category").asText())) {
                liked.add(t.path("publication_number").asText());
            }
        });
        assertTrue(liked.contains(number), liked.toString());
        WebElement button = find("#more-like");
        assertEquals("More like my X/Y (" + liked.size() + ")", button.getText());
        assertTrue(all("#feedback-given").isEmpty(), "a plain search is not ranked toward anything");
        js("document.getElementById('results').append(Object.assign(document.createElement('i'), {id: 'before-feedback'}))");
        // The request bodies the page sends from here on, to see what the button asked for.
        js("window.__bodies = []; const f = window.fetch; "
                + "window.fetch = (u, o) => { if (o && o.body) window.__bodies.push(String(o.body)); return f(u, o); }");
        button.click();
        waiting().until(d -> all("#before-feedback").isEmpty() && !all("#feedback-given").isEmpty());
        assertTrue(find("#feedback-given").getText().startsWith("Ranked more like " + liked.size() + " X/Y document"),
                find("#feedback-given").getText());
        assertTrue(all("#more-like").isEmpty(), "ranked toward every X/Y document already: no button");
        // The search went with the feedback and the hits' score bars show its part.
        String search = (String) js("return window.__bodies.find(b => b.includes('feedback')) || ''");
        JsonNode sent = readJson(search);
        List<String> positive = new ArrayList<>();
        sent.path("feedback").path("positive").forEach(n -> positive.add(n.asText()));
        assertEquals(java.util.Set.copyOf(liked), java.util.Set.copyOf(positive), search);
        assertEquals(0, sent.path("feedback").path("negative").size(), "an A document is background, not a negative");
        // closeness in meaning to the tagged documents (z-scored over the hits: non-zero for almost every one)
        assertTrue(all("ol.hits li.hit .bar .seg.sig-feedback_vector").size() > 1, "the hits' bars show the feedback in meaning");
        browser.screenshot("more-like-tagged");
        noConsoleErrors();
    }

    @Test
    @Order(11)
    void aSearchRerunFromTheHistoryKeepsItsFeedback() {
        // Regression: the history dropped a search's feedback and its rerun went without it.
        openPage("#/search");
        searchBatteries();
        if (!all("#more-like").isEmpty()) {
            find("#more-like").click();
            waiting().until(d -> !all("#feedback-given").isEmpty());
        }
        JsonNode ranked = null;
        int set = 0;
        for (JsonNode entry : session().path("history")) {
            if (entry.path("search").has("feedback")) {
                ranked = entry.path("search").path("feedback");
                set = entry.path("number").asInt();
            }
        }
        assertNotNull(ranked, "the search ranked more like the X/Y documents is in the history with its feedback");
        searchBatteries(); // the latest search is a plain one again
        assertTrue(all("#feedback-given").isEmpty());
        WebElement row = find("ol.history-list li[data-set='" + set + "']");
        assertTrue(row.getText().contains("more like " + ranked.path("positive").size() + " X/Y"), row.getText());
        js("window.__bodies = []; const f = window.fetch; "
                + "window.fetch = (u, o) => { if (o && o.body) window.__bodies.push(String(o.body)); return f(u, o); }");
        js("document.getElementById('results').append(Object.assign(document.createElement('i'), {id: 'before-rerun'}))");
        row.findElement(By.cssSelector("button.link")).click();
        waiting().until(d -> all("#before-rerun").isEmpty() && !all("#feedback-given").isEmpty());
        JsonNode sent = readJson((String) js("return window.__bodies.find(b => b.includes('\"feedback\"')) || '{}'"));
        assertEquals(ranked.path("positive"), sent.path("feedback").path("positive"), sent.toString());
        assertTrue(find("#feedback-given").getText().startsWith("Ranked more like " + ranked.path("positive").size()));
        noConsoleErrors();
    }

    @Test
    @Order(12)
    void aSearchRerunFromTheHistoryKeepsItsFusionAndSignals() {
        // Regression: the history kept no signal groups, and the page's rerun sent neither them nor the fusion
        // (the form has no field for either): it ranked with every group, z-score. Nor did it send the rrf k
        // and depth of a search recorded through the API, and its row counted the "more like" documents only.
        openPage("#/search");
        String sessionPath = "/api/v1/sessions/" + js("return document.getElementById('session-select').value");
        String ranked = ", \"mode\": \"hybrid\", \"signals\": \"keyword,semantic,feedback\", \"rrf_k\": 20, \"depth\": 50, "
                + "\"feedback\": {\"positive\": [\"US7900001B2\"], \"negative\": [\"EP2400001A1\"]}";
        for (String search : List.of(
                "{\"query\": \"silicon AND anode\", \"fusion\": \"rrf\"" + ranked + "}",
                "{\"similar\": \"US20110300001A1\", \"fusion\": \"minmax\"" + ranked + "}")) {
            Api.Answer recorded = api.post(sessionPath + "/history", "{\"search\": " + search
                    + ", \"total\": {\"value\": 5, \"relation\": \"eq\"}}");
            assertEquals(201, recorded.status(), recorded.toString());
            int set = recorded.json().path("number").asInt();
            JsonNode kept = recorded.json().path("search");
            assertEquals("keyword,semantic,feedback", kept.path("signals").asText(), kept.toString());
            assertEquals(20, kept.path("rrf_k").asInt(), kept.toString());
            browser.driver.navigate().refresh(); // the page reads the history recorded beside it
            waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
            WebElement row = find("ol.history-list li[data-set='" + set + "']");
            assertTrue(row.getText().contains("signals keyword, semantic, feedback; rrf k 20; depth 50; more like 1 X/Y; "
                    + "less like 1"), row.getText());
            String meta = row.findElement(By.cssSelector(".h-meta")).getAttribute("textContent");
            assertTrue(meta.contains("hybrid " + kept.path("fusion").asText()), "the row names the fusion method: " + meta);
            // what the page sends, not only what it records: a "find similar" builds its query string apart
            js("window.__sent = []; const f = window.fetch; window.fetch = (u, o) => { "
                    + "if (/\\/similar\\?|\\/search$/.test(String(u))) window.__sent.push(String(u) + ' ' + String(o && o.body || '')); "
                    + "return f(u, o); }");
            row.findElement(By.cssSelector("button.link")).click();
            JsonNode rerun = waiting().until(d -> {
                JsonNode history = api.get(sessionPath).json().path("history");
                JsonNode last = history.get(history.size() - 1);
                return last.path("number").asInt() > set ? last.path("search") : null;
            });
            assertEquals(kept.path("fusion"), rerun.path("fusion"), rerun.toString());
            assertEquals(kept.path("signals"), rerun.path("signals"), rerun.toString());
            assertEquals(kept.path("similar"), rerun.path("similar"), rerun.toString());
            assertEquals(kept.path("rrf_k"), rerun.path("rrf_k"), rerun.toString());
            assertEquals(kept.path("depth"), rerun.path("depth"), rerun.toString());
            assertEquals(kept.path("feedback"), rerun.path("feedback"), rerun.toString());
            String sent = (String) js("return window.__sent.join('\\n')");
            assertTrue(sent.contains("rrf_k=20") && sent.contains("depth=50")
                    || sent.contains("\"rrf_k\":20") && sent.contains("\"depth\":50"), sent);
        }
        noConsoleErrors();
    }
}
