package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WindowType;
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

/**
 * The examiner's workbench end to end in headless Chromium (issue 17), on a case built from the demo
 * application US20170250447 (a folded stretchable battery) among the demo corpus' battery
 * applications (no publication dates) and battery grants (publication dates, no titles): the case
 * made in a dialog, numbered sets combined with exact counts, the cutoff and date verdicts, a saved
 * query re-run, a late document tagged with a warning, two tabs agreeing, the chart edited, cited,
 * reloaded, kept across a session switch and exported, and the defects the examiner met.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestWorkbenchPage {

    @TempDir
    static Path tmp;

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;
    private static Browser browser;
    private static String base;
    private static String caseSession;
    static final String APPLICATION = "US20170250447";

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(); // skips the class when Chromium is not installed (fails in CI)
        Pattern battery = Pattern.compile("(?i)batter");
        List<String> papers = new ArrayList<>();
        for (String l : TestData.lines(TestData.PAP2PAT, 200)) {
            JsonNode d = org.priorart.search.Json.mapper().readTree(l);
            if (battery.matcher(d.path("title").asText() + d.path("abstract").asText()).find()) {
                papers.add(l);
            }
        }
        List<String> grants = TestData.lines(TestData.TEN_K, 10_000).stream().filter(l -> battery.matcher(l).find()).toList();
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.write(input.resolve("papers.jsonl"), papers);
        Files.write(input.resolve("grants.jsonl"), grants);
        index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 2, IngestProgress.NONE).ingest(InputFiles.expand(List.of(input)));
        server = ApiServer.start(ApiServer.config(index, ApiSettings.DEFAULT), index, EmbeddedIndex.models());
        api = server.client();
        ServerWaits.awaitEmbedding(server.server, Duration.ofMinutes(4));
        base = "http://127.0.0.1:" + server.port;
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
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20));
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

    /** Loads the page afresh (a changed hash alone would not reload it). */
    private static void openPage(String hash) {
        browser.driver.get("about:blank");
        browser.driver.get(base + "/" + hash);
        waiting().until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
    }

    private static void type(WebElement box, String text) {
        box.clear();
        box.sendKeys(text);
    }

    private static void keys(CharSequence... k) {
        new Actions(browser.driver).sendKeys(k).perform();
    }

    private static void noConsoleErrors(String... expected) {
        List<String> errors = browser.consoleErrors().stream()
                .filter(e -> java.util.Arrays.stream(expected).noneMatch(e::contains)).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    /** Searches with the form (keyword mode unless told), by Ctrl+Enter in the query box; waits for the new answer. */
    private static void search(String query, String mode) {
        type(find("#q"), query);
        type(find("#t"), "");
        find("input[name=mode][value=" + mode + "]").click();
        js("document.getElementById('results').append(Object.assign(document.createElement('i'), {id: 'before-search'}))");
        find("#q").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(d -> all("#before-search").isEmpty() && !all("#results .summary").isEmpty());
    }

    private static JsonNode session(String id) {
        return api.get("/api/v1/sessions/" + id).json();
    }

    private static long count(String hitCount) {
        return Long.parseLong(hitCount.replace(",", "").replace("≥", "").trim());
    }

    @Test
    @Order(1)
    void aNewSessionIsADialogAndMakesTheCase() {
        openPage("#/search");
        find("#session-new").click();
        // A dialog of the page, not a native prompt() (which would block the driver here).
        find("#session-dialog[open] #session-name").sendKeys("Stretchable battery");
        find("#case-application").sendKeys(APPLICATION);
        find("#session-create").click();
        waiting().until(d -> all("#session-dialog[open]").isEmpty());
        caseSession = (String) js("return document.getElementById('session-select').value");
        assertEquals(APPLICATION, session(caseSession).path("case").path("number").asText());
        WebElement line = find("#case-line");
        assertTrue(line.getText().contains(APPLICATION) && line.getText().contains("2015-09-25"), line.getText());
        assertFalse(find("#pd").isEnabled(), "the case's cutoff decides, not the form's date");
        // A bad case: the dialog stays open and names the field.
        find("#session-new").click();
        find("#case-application").sendKeys("US0000001");
        find("#session-create").click();
        WebElement error = find("#session-error");
        assertTrue(error.getText().contains("application"), error.getText());
        find("#session-cancel").click();
        // A reload opens the session changed last (this one), not an older one.
        openPage("#/search");
        assertEquals(caseSession, js("return document.getElementById('session-select').value"));
        noConsoleErrors("status of 400");
    }

    @Test
    @Order(2)
    void setsCombineWithExactCountsAndEveryHitSaysWhyItsDateDecides() {
        openPage("#/search");
        search("batter*", "hybrid");
        assertEquals("L1", find("#set-number").getText());
        assertTrue(find("#cutoff").getText().contains("2015-09-25"), find("#cutoff").getText());
        // Ctrl+Enter leaves the query box: j moves in the hits instead of typing into it.
        assertFalse("q".equals(js("return document.activeElement.id")), "focus left the query box");
        keys("j");
        waiting().until(d -> all("ol.hits li.hit").get(1).getAttribute("class").contains("selected"));
        assertEquals("batter*", find("#q").getAttribute("value"));
        String l1 = find("#hit-count").getText();
        assertFalse(l1.contains("≥"), "an exact Boolean set in hybrid mode: " + l1);
        // Every hit says why its date decides; the applications (no publication date) say what is missing.
        assertEquals(all("ol.hits li.hit").size(), all("ol.hits li.hit .date-why").size());
        assertFalse(all(".date-why.date-date_missing").isEmpty(), "an application without a publication date");
        assertTrue(find("#results .notes").getText().contains("left out by the cutoff"), find("#results .notes").getText());
        for (WebElement hit : all("ol.hits li.hit")) {
            assertFalse(hit.getAttribute("data-number").startsWith(APPLICATION), "the application itself is left out");
        }
        // Grants without a title show their first words, marked as such.
        assertFalse(all("ol.hits li.hit .title.untitled").isEmpty(), "a fallback for grants without a title");
        search("stretch* OR flexib* OR fold*", "keyword");
        assertEquals("L2", find("#set-number").getText());
        search("L1 AND L2", "keyword");
        assertEquals("L3", find("#set-number").getText());
        long expected = api.post("/api/v1/sessions/" + caseSession + "/search", "{\"query\": \"(batter*) AND (stretch* OR flexib* OR fold*)\", \"mode\": \"keyword\"}")
                .json().path("result").path("total").path("value").asLong();
        assertEquals(expected, count(find("#hit-count").getText()));
        assertFalse(find("#hit-count").getText().contains("≥"));
        // Next is off when the set fits on the page.
        if (expected <= 20) {
            assertFalse(find(".pager button:last-child").isEnabled(), "no Next on the last page");
        }
        WebElement l3 = find(".history-list li[data-set='3']");
        assertTrue(l3.getText().contains("L3") && l3.getText().contains(expected + " hits"), l3.getText());
        browser.screenshot("workbench-sets");
        noConsoleErrors();
    }

    @Test
    @Order(3)
    void aSavedQueryRunsAgainWithAFreshCount() {
        openPage("#/search");
        find(".history-list li[data-set='3'] .save-query").click();
        WebElement saved = find(".saved-list li[data-saved='1']");
        assertTrue(saved.getText().contains("L3"), saved.getText());
        Api.Answer added = api.post("/api/v1/patents", "{\"publication_number\": \"US9999777B2\", \"title\": \"A folded battery\","
                + "\"abstract\": \"A battery folded along its seams.\", \"publication_date\": \"2010-01-05\"}");
        assertEquals(200, added.status(), added.toString());
        long before = session(caseSession).path("saved").get(0).path("last_hits").asLong();
        find(".saved-list li[data-saved='1'] .run-saved").click();
        waiting().until(d -> String.valueOf(js("return document.getElementById('set-number')?.textContent")).matches("L[4-9]"));
        assertEquals(before + 1, count(find("#hit-count").getText()));
        waiting().until(d -> find(".saved-list li[data-saved='1']").getText().contains((before + 1) + " hits"));
        noConsoleErrors();
    }

    @Test
    @Order(4)
    void aLateDocumentTaggedXWarnsAndTwoTabsAgree() throws Exception {
        // A grant published after the filing date: no prior art.
        String late = api.post("/api/v1/search", "{\"query\": \"battery AND PD>=2016-06-01\", \"mode\": \"keyword\", \"size\": 1}")
                .json().path("hits").get(0).path("publication_number").asText();
        openPage("#/report");
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        openPage("#/report");
        String second = browser.driver.getWindowHandle();
        browser.driver.switchTo().window(first);
        openPage("#/doc/" + late);
        keys("x");
        WebElement warning = find(".tag-editor .tag-warning");
        assertTrue(warning.getText().contains("not prior art"), warning.getText());
        find(".tag-editor input.extra-category[value='E']").click();
        find(".tag-editor textarea.note").sendKeys("late: cited for the record" + Keys.ENTER);
        waiting().until(d -> all(".tag-editor").isEmpty());
        // The other tab's report has the tag without a reload, and its export is the server's (the same).
        browser.driver.switchTo().window(second);
        WebElement row = waiting().until(d -> d.findElements(By.cssSelector("#report-citations tbody tr")).stream()
                .filter(r -> r.getText().contains(late)).findFirst().orElse(null));
        assertTrue(row.getText().startsWith("X,E"), row.getText());
        assertTrue(row.getText().contains("not prior art"), "the date warning is in the report: " + row.getText());
        find("#export-html").click();
        String html = Files.readString(waitForDownload("-report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains(late) && html.contains("https://patents.google.com/patent/"), "the export has the tag and links");
        browser.driver.close();
        browser.driver.switchTo().window(first);
        noConsoleErrors();
    }

    @Test
    @Order(5)
    void theChartIsEditedCitedReloadedKeptAcrossSessionsAndExported() throws Exception {
        openPage("#/search");
        search("batter*", "keyword");
        js("location.hash = '#/chart'");
        WebElement claim = find("#chart-claim");
        type(claim, session(caseSession).path("case").path("claims").get(0).asText());
        find(".docs-col .buttons button").click(); // top 5 hits
        int docs = all(".chart-docs li .number").size();
        assertTrue(docs >= 2, "documents to chart: " + docs);
        find("#chart-button").click();
        waiting().until(d -> all("#claim-chart tbody tr").size() >= 5);
        List<String> elements = all("#claim-chart tbody th.element").stream().map(WebElement::getText).toList();
        assertTrue(elements.stream().anyMatch(e -> e.contains("contains at least one cut") && !e.contains("stretch beyond")), elements.toString());
        // Absolute evidence in the cells, one best per row at most.
        assertTrue(find("#claim-chart td.cell .evidence").getText().matches(".*(BM25|cos) \\d.*"), find("#claim-chart td.cell .evidence").getText());
        // Split an element with a line break, add one, chart again.
        int rows = all("#claim-chart tbody tr").size();
        WebElement box = all(".element-list textarea").get(1);
        box.sendKeys(Keys.END, Keys.SHIFT, Keys.ENTER);
        box.sendKeys("a separator between the anode side and the cathode side");
        find("#add-element").click();
        all(".element-list textarea").get(all(".element-list textarea").size() - 1).sendKeys("a packaging sealing the assembly");
        find("#chart-elements").click();
        waiting().until(d -> all("#claim-chart tbody tr").size() == rows + 2);
        // Cite a passage in a cell, with its location.
        find("#claim-chart tbody tr:nth-child(2) td .cite-button").click();
        find(".cite-form .cite-passage").sendKeys("the electrode assembly is folded in a zigzag");
        find(".cite-form .cite-location").sendKeys("col. 4, l. 10-15");
        find(".cite-form button[type=submit]").click();
        waiting().until(d -> !all("#claim-chart td.cited").isEmpty());
        // Reloaded: the chart is still there, with the cell.
        openPage("#/chart");
        waiting().until(d -> all("#claim-chart tbody tr").size() == rows + 2);
        assertTrue(find("#claim-chart td.cited").getText().contains("col. 4, l. 10-15"));
        // Another session and back: the report still has the chart.
        String other = api.post("/api/v1/sessions", "{\"name\": \"another\"}").json().path("id").asText();
        openPage("#/report");
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(other);
        waiting().until(d -> all("#report-chart").isEmpty());
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(caseSession);
        WebElement chart = find("#report-chart");
        assertTrue(chart.getText().contains("the electrode assembly is folded in a zigzag"), chart.getText());
        // Printed, a chart of several documents stays within the page.
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            long table = ((Number) js("return document.querySelector('#report-chart table').getBoundingClientRect().right")).longValue();
            long page = ((Number) js("return document.documentElement.clientWidth")).longValue();
            assertTrue(table <= page, "the chart fits the page: " + table + " > " + page);
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        find("#export-html").click();
        String html = Files.readString(waitForDownload("-report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("col. 4, l. 10-15") && html.contains("Claim chart"), "the exported report has the chart");
        browser.screenshot("workbench-report");
        noConsoleErrors();
    }

    @Test
    @Order(6)
    void withoutACaseTheHistoryShowsFiltersAndFallbacksAndSimilarIsHybrid() {
        String plain = api.post("/api/v1/sessions", "{\"name\": \"no case\"}").json().path("id").asText();
        openPage("#/search");
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(plain);
        type(find("#cpc"), "");
        search("battery", "keyword");
        type(find("#cpc"), "H01M");
        search("battery", "keyword");
        // Only codes: nothing to embed, so hybrid falls back to keyword, and the history says so.
        type(find("#cpc"), "");
        search("CPC=H01M", "hybrid");
        waiting().until(d -> session(plain).path("history").size() == 3);
        waiting().until(d -> all(".history-list li").size() == 3);
        List<String> entries = all(".history-list li").stream().map(WebElement::getText).toList();
        assertTrue(entries.get(0).contains("→ ranked keyword"), entries.get(0));
        assertTrue(entries.get(1).contains("CPC H01M") && !entries.get(2).contains("CPC H01M"), entries.toString());
        // A hit whose snippet has the words is never "no keyword match" (it is beyond the keyword top 100).
        type(find("#t"), "battery electrode");
        type(find("#q"), "");
        find("input[name=mode][value=hybrid]").click();
        new org.openqa.selenium.support.ui.Select(find("#size")).selectByValue("100");
        js("document.getElementById('results').append(Object.assign(document.createElement('i'), {id: 'before-search'}))");
        find("#search-button").click();
        waiting().until(d -> all("#before-search").isEmpty() && !all("ol.hits li.hit").isEmpty());
        for (WebElement hit : all("ol.hits li.hit")) {
            if (!hit.findElements(By.cssSelector(".snippet mark")).isEmpty()) {
                assertFalse(hit.findElement(By.cssSelector(".score .why")).getText().contains("no keyword match"), hit.getText());
            }
        }
        // Find similar after a keyword search ranks hybrid, not the form's leftover mode.
        new org.openqa.selenium.support.ui.Select(find("#size")).selectByValue("20");
        search("battery", "keyword");
        js("location.hash = '#/doc/US20160141723'");
        find("#find-similar").click();
        waiting().until(d -> find("#results-title").getText().startsWith("Prior art of"));
        assertTrue(find(".counts .fusion").getText().startsWith("hybrid"), find(".counts").getText());
        // The help lists m; relevant claims are checked.
        keys("?");
        assertTrue(find("#help-dialog[open]").getText().contains("next match"));
        keys(Keys.ESCAPE);
        noConsoleErrors();
    }

    @Test
    @Order(7)
    void relevantClaimsAreCheckedAgainstTheCase() {
        openPage("#/search");
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(caseSession);
        search("batter*", "keyword");
        keys("a");
        WebElement claims = find(".tag-editor input.claims");
        claims.clear();
        claims.sendKeys("claim one, 99, 3-1");
        find(".tag-editor textarea.note").sendKeys(Keys.ENTER);
        waiting().until(d -> find("#toast.error").getText().contains("claims"));
        assertFalse(all(".tag-editor").isEmpty(), "the editor stays open to correct it");
        noConsoleErrors("status of 400");
    }

    @Test
    @Order(8)
    void aCitationIsFollowedAndTaggedAndAClassSearchedWithTheCutoff() {
        Api.Answer added = api.post("/api/v1/patents", "{\"publication_number\": \"US9999888B2\", \"title\": \"A folded cell\","
                + "\"abstract\": \"A folded cell.\", \"publication_date\": \"2012-01-05\", \"cpc\": [\"H01M10/04\"],"
                + "\"citations\": [{\"number\": \"US20160141723A1\", \"cited_by\": \"examiner\"}]}");
        assertEquals(200, added.status(), added.toString());
        openPage("#/doc/US20160141723");
        new org.openqa.selenium.support.ui.Select(find("#session-select")).selectByValue(caseSession);
        WebElement citing = find("#cited-by a");
        assertEquals("US9999888B2", citing.getText());
        citing.click();
        waiting().until(d -> find(".doc-head").getText().contains("US9999888B2"));
        keys("y");
        find(".tag-editor textarea.note").sendKeys("followed from US20160141723" + Keys.ENTER);
        waiting().until(d -> session(caseSession).path("tags").toString().contains("US9999888B2"));
        // Its class, searched in the case: the class filter and the case's cutoff.
        waiting().until(d -> !all(".cpc-link").isEmpty());
        all(".cpc-link").get(0).click();
        // Its place in the hierarchy, each level searchable; the demo classes have no titles, and it says so.
        waiting().until(d -> all("#cpc-place .cpc-level").size() == 5);
        assertEquals(List.of("H", "H01", "H01M", "H01M10/00", "H01M10/04"),
                all("#cpc-place .cpc-level").stream().map(WebElement::getText).toList());
        assertTrue(find("#cpc-place .cpc-untitled").getText().contains("A01L only"), find("#cpc-place").getText());
        find("#cpc-place .cpc-level[data-level=subgroup]").click();
        waiting().until(d -> !all("#set-number").isEmpty() && "CPC=H01M10/04".equals(find("#q").getAttribute("value")));
        assertTrue(find("#cutoff").getText().contains("2015-09-25"), find("#cutoff").getText());
        assertFalse(all("ol.hits li.hit[data-number='US9999888B2']").isEmpty(), "the citing document is in its class");
        // "Search among these": the same search among the forward citations of the application, a set of its own.
        String classSet = find("#set-number").getText();
        openPage("#/doc/US20160141723");
        waiting().until(d -> !all("#cited-by button.among").isEmpty());
        find("#cited-by button.among").click();
        waiting().until(d -> !all("#set-number").isEmpty() && !classSet.equals(find("#set-number").getText()));
        assertEquals(List.of("US9999888B2"), all("ol.hits li.hit").stream().map(h -> h.getAttribute("data-number")).toList());
        assertTrue(find("#results .notes").getText().contains("the 1 document that cites US20160141723"), find("#results .notes").getText());
        assertTrue(find("#cutoff").getText().contains("2015-09-25"), find("#cutoff").getText());
        noConsoleErrors();
    }

    @Test
    @Order(9)
    void theClaimStandsBesideADocumentElementByElement() {
        openPage("#/doc/US20160141723");
        find("#side-by-side-link").click();
        WebElement table = find("#side-table");
        assertTrue(table.findElement(By.cssSelector("thead")).getText().contains(APPLICATION), table.getText());
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(5, rows.size(), "the preamble and the four elements of claim 1");
        assertFalse(table.findElements(By.cssSelector(".side-passage")).isEmpty(), "passages beside the elements");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            long right = ((Number) js("return document.getElementById('side-table').getBoundingClientRect().right")).longValue();
            assertTrue(right <= ((Number) js("return document.documentElement.clientWidth")).longValue(), "printable within the page");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.screenshot("workbench-side-by-side");
        noConsoleErrors();
    }

    private static Path waitForDownload(String suffix) {
        List<Path> before = new ArrayList<>();
        return waiting().until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                Path p = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                if (p != null) {
                    Path moved = p.resolveSibling("seen-" + System.nanoTime() + ".done");
                    Files.copy(p, moved);
                    Files.delete(p);
                    before.add(moved);
                    return moved;
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
