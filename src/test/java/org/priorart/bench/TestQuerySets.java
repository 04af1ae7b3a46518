package org.priorart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.eval.EvalInputException;
import org.priorart.eval.TopicReader;
import org.priorart.search.Json;

/** The latency benchmark's query sets, read from the repository's real evaluation and corpus files. */
class TestQuerySets {

    private static final Path PAPERS = Path.of("data", "eval", "paper-queries-sample.jsonl");

    @TempDir
    Path tmp;

    @Test
    void shortQueriesAreThePaperTitles() throws IOException {
        QuerySet titles = QuerySets.titles("short", PAPERS);
        List<String> lines = Files.readAllLines(PAPERS);
        assertEquals(lines.size(), titles.texts().size());
        assertEquals(Json.mapper().readTree(lines.get(0)).path("title").asText(), titles.texts().get(0));
        assertTrue(titles.meanChars() < 200, "titles are short: " + titles.meanChars());
    }

    @Test
    void longQueriesAreTheTopicsAsEvalReadsThem() throws IOException {
        QuerySet longSet = QuerySets.topics("long", PAPERS, number -> null);
        List<String> evalTexts = TopicReader.read(PAPERS).stream().map(t -> t.text()).toList();
        assertEquals(evalTexts, longSet.texts());
        String title = QuerySets.titles("short", PAPERS).texts().get(0);
        assertTrue(longSet.texts().get(0).startsWith(title), "title first, then the abstract");
        assertTrue(longSet.meanChars() > 5 * QuerySets.titles("short", PAPERS).meanChars());
    }

    @Test
    void patentTopicsAreTheIndexedDocumentsText() throws IOException {
        Path topics = Files.writeString(tmp.resolve("patents.jsonl"), "{\"publication_number\": \"US20190198391\"}\n");
        QuerySet set = QuerySets.topics("patents", topics, number -> number.equals("US20190198391") ? "indexed text" : null);
        assertEquals(List.of("indexed text"), set.texts());
        EvalInputException missing = assertThrows(EvalInputException.class, () -> QuerySets.topics("patents", topics, n -> null));
        assertTrue(missing.getMessage().contains("US20190198391 is not in the index"), missing.getMessage());
    }

    @Test
    void claimQueriesAreTheFirstIndependentClaimOfEachPatent() throws IOException {
        QuerySet claims = QuerySets.claims("claims", TestData.PAP2PAT);
        assertEquals(200, claims.texts().size(), "one claim for each of the 200 patents");
        String first = claims.texts().get(0);
        assertTrue(first.contains("A method of forming a low-k dielectric film"), first);
        assertFalse(first.contains("The method of claim"), "an independent claim: " + first);
        for (String claim : claims.texts()) {
            assertFalse(claim.isBlank());
            assertFalse(claim.matches("(?s)^(\\d+\\.\\s*)?(The|A) [^,]{0,80} (of|according to|as claimed in) claim \\d.*"),
                    "a dependent claim slipped in: " + claim.substring(0, Math.min(120, claim.length())));
        }
        assertNotEquals(claims.texts().get(0), claims.texts().get(1));
    }

    @Test
    void titlesNeedJsonTopicsAndSayWhereTheyAreNot() {
        Path tsv = Path.of("data", "eval", "cpc-topics-dev.tsv");
        EvalInputException e = assertThrows(EvalInputException.class, () -> QuerySets.titles("short", tsv));
        assertTrue(e.getMessage().contains("cpc-topics-dev.tsv") && e.getMessage().contains("1"), e.getMessage());
    }

    @Test
    void aSetIsCutToItsFirstQueries() throws IOException {
        QuerySet titles = QuerySets.titles("short", PAPERS);
        assertEquals(titles.texts().subList(0, 5), titles.first(5).texts());
        assertEquals(titles, titles.first(10_000));
        assertThrows(IllegalArgumentException.class, () -> new QuerySet("empty", "nowhere", List.of()));
    }
}
