package org.priorart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.DemoIndex;
import org.priorart.TestData;
import org.priorart.search.Json;

/** The commands, run as a user runs them (through picocli), on real data. */
class TestCli {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PriorArtCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String command : List.of("index", "search", "show", "serve", "bench")) {
            assertTrue(r.out().contains(command), command);
        }
    }

    @Test
    void indexSearchAndShow() throws Exception {
        Path input = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.PAP2PAT, 5));
        Path index = tmp.resolve("index");
        Run indexed = run("index", "--input", input.toString(), "--index", index.toString());
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.out().contains("read 5, indexed 5, replaced 0, unchanged 0, skipped 0"), indexed.out());

        String firstId = Json.mapper().readTree(TestData.lines(TestData.PAP2PAT, 1).get(0)).path("id").asText();
        Run shown = run("show", firstId, "--index", index.toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith(firstId));
        assertTrue(shown.out().contains("CLAIMS ("));
        assertTrue(shown.out().contains("1. [independent]"));

        Run json = run("show", firstId, "--json", "--index", index.toString());
        assertEquals(firstId, Json.mapper().readTree(json.out()).path("publication_number").asText());
    }

    @Test
    void searchPrintsRankedHitsAndJson() throws Exception {
        String index = DemoIndex.path().toString();
        Run text = run("search", "stretchable", "battery", "--top", "3", "--index", index);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("  1. US20170250447"), text.out());
        assertTrue(text.out().contains("**"), "matches are marked");

        Run json = run("search", "stretchable battery", "--top", "3", "--json", "--index", index);
        JsonNode result = Json.mapper().readTree(json.out());
        // The API's shape: the same field names from the CLI and from /api/v1/search.
        assertEquals("US20170250447", result.path("hits").path(0).path("publication_number").asText());
        assertEquals("eq", result.path("total").path("relation").asText(), json.out());
        assertTrue(result.path("hits").path(0).path("snippet").path("highlights").size() > 0);

        Run filtered = run("search", "container", "--cpc", "B65D", "--before", "2010-01-01", "--json", "--index", index);
        for (JsonNode hit : Json.mapper().readTree(filtered.out()).path("hits")) {
            assertTrue(hit.path("publication_date").asText().compareTo("2010-01-01") < 0);
        }
    }

    @Test
    void embedThenSimilarWithTheDateRules() throws Exception {
        Path index = tmp.resolve("index");
        assertEquals(0, run("index", "--input", "src/test/resources/similar", "--index", index.toString()).code());
        Run embedded = run("embed", "--index", index.toString(), "--threads", "2");
        assertEquals(0, embedded.code(), embedded.err());
        assertTrue(embedded.out().contains("Embedded 5 patents"), embedded.out());
        assertTrue(embedded.out().contains("Semantic coverage: 100.0%"), embedded.out());

        Run effective = run("similar", "US20110300001A1", "--index", index.toString(), "--explain");
        assertEquals(0, effective.code(), effective.err());
        assertTrue(effective.out().contains("US20100280001A1") && effective.out().contains("(E: filed before"), effective.out());
        assertTrue(effective.out().contains("why: keyword #"), effective.out());
        assertTrue(effective.out().contains("best passage, "), effective.out());
        assertFalse(effective.out().contains("EP2400001A1"), "family excluded");

        Run published = run("similar", "US20110300001A1", "--prior-art", "published", "--index", index.toString());
        assertTrue(published.out().contains("US7900001B2"), published.out());
        assertFalse(published.out().contains("US20100280001A1"), published.out());

        Run again = run("embed", "--index", index.toString());
        assertTrue(again.out().contains("Embedded 0 patents"), "nothing left to embed: " + again.out());

        Run badRule = run("similar", "US20110300001A1", "--prior-art", "sometime", "--index", index.toString());
        assertEquals(2, badRule.code());
        assertTrue(badRule.err().contains("unknown prior-art rule 'sometime'"), badRule.err());
        Run badMode = run("search", "anode", "--mode", "fuzzy", "--index", index.toString());
        assertEquals(2, badMode.code());
        assertTrue(badMode.err().contains("unknown mode 'fuzzy'"), badMode.err());
        Run badTop = run("search", "anode", "--top", "0", "--index", index.toString());
        assertEquals(2, badTop.code());
        assertTrue(badTop.err().startsWith("error: --top must be between 1 and 1000, was 0"), badTop.err());
        assertTrue(badTop.err().contains("(see 'priorart search --help')"), badTop.err());
        assertFalse(badTop.err().contains("Usage:"), "the message, not the whole usage: " + badTop.err());
        // from + top past Integer.MAX_VALUE must not wrap around and pass (issue 11, item 7)
        Run deep = run("search", "anode", "--from", "2147483640", "--top", "10", "--index", index.toString());
        assertEquals(2, deep.code());
        assertTrue(deep.err().startsWith("error: --from + --top must be at most 10000, was 2147483650"), deep.err());
        Run deepSimilar = run("similar", "US20110300001A1", "--from", "2147483647", "--top", "1", "--index", index.toString());
        assertEquals(2, deepSimilar.code());
        assertTrue(deepSimilar.err().startsWith("error: --from + --top must be at most 10000"), deepSimilar.err());
    }

    @Test
    void aDescriptionAsTheQueryFindsItsParaphraseInSemanticAndHybridMode() {
        // the command of issue 11, item 9, on five documents one of which says it in other words
        String index = org.priorart.DescribedIndex.path().toString();
        for (String mode : List.of("semantic", "hybrid")) {
            Run r = run("search", org.priorart.DescribedIndex.QUERY, "--mode", mode, "--index", index);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("  1. " + org.priorart.DescribedIndex.PARAPHRASE), mode + ": " + r.out());
            assertTrue(r.out().contains("note: the query has no operators"), r.out());
        }
        Run keyword = run("search", org.priorart.DescribedIndex.QUERY, "--mode", "keyword", "--index", index);
        assertEquals(0, keyword.code(), keyword.err());
        assertTrue(keyword.out().startsWith("0 hits (keyword"), "keyword mode ANDs the words, as before: " + keyword.out());
    }

    @Test
    void userErrorsAreOneLineWithoutStackTrace() {
        Run noIndex = run("search", "battery", "--index", tmp.resolve("nothing").toString());
        assertEquals(1, noIndex.code());
        assertTrue(noIndex.err().startsWith("error: no index at"), noIndex.err());
        assertFalse(noIndex.err().contains("\tat "), "no stack trace");

        Run badDate = run("search", "battery", "--before", "2010-13-01", "--index", DemoIndex.path().toString());
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().contains("--before: not a date: '2010-13-01'"), badDate.err());

        Run badCpc = run("search", "battery", "--cpc", "battery", "--index", DemoIndex.path().toString());
        assertEquals(2, badCpc.code(), "a bad option value is a usage error");
        assertTrue(badCpc.err().contains("not a CPC/IPC symbol or prefix: 'battery'"), badCpc.err());

        Run missing = run("show", "US1", "--index", DemoIndex.path().toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no document US1"), missing.err());

        Run noInput = run("index", "--input", tmp.resolve("absent.jsonl").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(1, noInput.code());
        assertTrue(noInput.err().contains("absent.jsonl: no such file or directory"), noInput.err());
    }

    @Test
    void indexExitsNonZeroOnlyWhenNothingCouldBeRead() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        Run nothing = run("index", "--input", empty.toString(), "--index", tmp.resolve("i1").toString());
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().contains("skipped: " + empty + ": unknown format: the file is empty"), nothing.err());

        Path mixed = Files.write(tmp.resolve("mixed.jsonl"), List.of("not json", TestData.lines(TestData.TEN_K, 1).get(0)));
        Run some = run("index", "--input", mixed.toString(), "--index", tmp.resolve("i2").toString());
        assertEquals(0, some.code(), some.err());
        assertTrue(some.err().contains("mixed.jsonl, line 1, document #1: invalid JSON"), some.err());
        assertTrue(some.out().contains("read 1, indexed 1, replaced 0, unchanged 0, skipped 1"), some.out());

        // A canonical document with a misspelt field: indexed, and the field named with its line.
        Path typo = Files.write(tmp.resolve("typo.jsonl"), List.of(
                "{\"publication_number\": \"US9900021B2\", \"title\": \"Quillwort cell\", \"abstarct\": \"a cell\"}"));
        Run warned = run("index", "--input", typo.toString(), "--index", tmp.resolve("i3").toString());
        assertEquals(0, warned.code(), warned.err());
        assertTrue(warned.err().contains("warning: " + typo + ", line 1, document #1 (US9900021B2): unknown field 'abstarct' ignored "
                + "(did you mean 'abstract'?)"), warned.err());
        assertTrue(warned.out().contains("read 1, indexed 1"), warned.out());
    }
}
