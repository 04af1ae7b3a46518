package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.DemoIndex;
import org.priorart.cli.PriorArtCli;
import org.priorart.search.Json;

/**
 * {@code priorart eval} end to end, as CI runs it: the paper -> patent fixture on the demo index
 * with the shipped regression expectations, then runs-only comparisons and bad input.
 */
class TestEvalCommand {

    static final String TOPICS = "data/eval/paper-queries-sample.jsonl";
    static final String QRELS = "data/eval/paper-qrels-sample.trec";
    static final String EXPECTED = "data/eval/expected-paper-sample.json";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** The fixture evaluated once (200 topics, top 1000), shared by the tests that read its output. */
    static Run fixture;
    static Path fixtureOut;

    record Result(int code, String out, String err) {
    }

    static Result eval(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("eval"), Stream.of(args)).toArray(String[]::new);
        int code = PriorArtCli.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void evaluateTheFixtureWithItsRegressionGate() throws IOException {
        fixtureOut = shared.resolve("fixture");
        Result r = eval("--topics", TOPICS, "--qrels", QRELS, "--check", EXPECTED, "--out", fixtureOut.toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("check keyword map (min 0.9700): "), r.out());
        assertFalse(r.out().contains("FAILED"), r.out());
        assertTrue(r.out().matches("(?s).*keyword: 200 topics in [0-9.]+ s \\([0-9.]+ topics/s, \\d+ threads\\); sum of per-topic search times.*"),
                r.out());
        fixture = RunReader.read(fixtureOut.resolve("keyword.trec"));
    }

    @Test
    void theFixturePassesItsGateAndWritesEverything() throws IOException {
        assertEquals(200, fixture.topics().size());
        assertTrue(fixture.topics().values().stream().allMatch(d -> d.size() == 1000), "1000 documents per topic");
        JsonNode metrics = Json.mapper().readTree(fixtureOut.resolve("metrics.json").toFile());
        JsonNode keyword = metrics.path("runs").path(0);
        assertEquals("keyword", keyword.path("name").asText());
        assertEquals(200, keyword.path("topics_averaged").asInt());
        assertTrue(keyword.path("means").path("map").asDouble() >= 0.97);
        assertEquals(8, metrics.path("checks").size());
        assertTrue(metrics.path("timing").path("searches").path(0).path("topics_per_second").asDouble() > 0);
        String html = Files.readString(fixtureOut.resolve("report.html"));
        assertTrue(html.contains("<svg class=\"recall-curve\""));
        assertTrue(html.contains("All 8 checks passed."));
        assertEquals(201, Files.readAllLines(fixtureOut.resolve("per-topic.csv")).size());
    }

    @Test
    void aTooHighExpectationFailsTheGate() throws IOException {
        // one relevant patent per paper: P_10 cannot exceed 0.1
        Path expected = Files.writeString(tmp.resolve("too-high.json"),
                "{\"keyword\": {\"map\": {\"min\": 0.9}, \"P_10\": {\"min\": 0.5}}}");
        Result r = eval("--runs", fixtureOut.resolve("keyword.trec").toString(), "--qrels", QRELS, "--check", expected.toString(),
                "--out", tmp.resolve("out").toString(), "--index", DemoIndex.path().toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("check keyword P_10 (min 0.5000): FAILED: 0.1000 is below the minimum 0.5000"), r.out());
        assertTrue(r.out().contains("check keyword map (min 0.9000): 1.0000 ok"), r.out());
        assertTrue(r.err().contains("error: 1 regression checks failed"), r.err());
        assertTrue(Files.readString(tmp.resolve("out/report.html")).contains("1 of 2 checks failed."));
    }

    @Test
    void existingRunsAreComparedWithoutSearching() throws IOException {
        // a worse system: each topic's first document moved below the tenth
        List<String> worse = new ArrayList<>();
        fixture.topics().forEach((topic, docs) -> {
            for (int i = 0; i < docs.size(); i++) {
                double score = i == 0 ? docs.get(10).score() - 0.0001 : docs.get(i).score();
                worse.add(topic + " Q0 " + docs.get(i).docId() + " " + (i + 1) + " " + score + " worse");
            }
        });
        Path worseRun = Files.write(tmp.resolve("worse.trec"), worse);
        Path out = tmp.resolve("cmp");
        Result r = eval("--runs", fixtureOut.resolve("keyword.trec").toString(), worseRun.toString(), "--qrels", QRELS,
                "--out", out.toString(), "--index", tmp.resolve("no-index").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("worse vs keyword (200 paired topics"), r.out());
        // every topic loses its rank-1 hit: recip_rank 1 -> 1/11, significant by both tests
        assertTrue(r.out().matches("(?s).*recip_rank\\s+-0\\.9091\\s+p <0\\.0001\\s+<0\\.0001\\s+W/L/T 0/200/0.*"), r.out());
        assertTrue(r.out().contains("nothing searched"), r.out());
        assertFalse(Files.exists(out.resolve("keyword.trec")), "no run is written when nothing is searched");
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(2, html.split("<polyline class=\"curve\"", -1).length - 1);
        assertTrue(html.contains("<svg class=\"delta-bars\""));
    }

    @Test
    void patentTopicsAndTopicsMissingFromTheQrels() throws IOException {
        Path topics = Files.write(tmp.resolve("patents.jsonl"), List.of(
                "{\"id\": \"p1\", \"publication_number\": \"US20190198391A1\"}",
                "{\"id\": \"p2\", \"publication_number\": \"US20100125213\"}",
                "{\"id\": \"unjudged\", \"text\": \"stretchable battery\"}"));
        Path qrels = Files.write(tmp.resolve("qrels.trec"), List.of("p1 0 US20190198391 1", "p2 0 US20150125947 1"));
        Path out = tmp.resolve("patents");
        Result r = eval("--topics", topics.toString(), "--qrels", qrels.toString(), "--top", "50", "--out", out.toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("warning: 1 of 3 topics are not in the qrels and are not evaluated: unjudged"), r.err());
        Run run = RunReader.read(out.resolve("keyword.trec"));
        assertEquals(50, run.ranking("p1").size());
        assertTrue(run.ranking("p1").stream().noneMatch(d -> d.docId().equals("US20190198391")), "a patent is not its own prior art");
        assertEquals(50, run.ranking("unjudged").size(), "searched all the same, for the run file");
        // p1's only relevant document is itself, which can never be retrieved
        assertTrue(r.out().matches("(?s).*topics\\s+2\\n.*"), r.out());
    }

    @Test
    void badInputIsOneLineWithFileAndLineAndNoStackTrace() throws IOException {
        Path badQrels = Files.write(tmp.resolve("bad.qrels"), List.of("W1 0 US1 1", "W2 0 US2"));
        Result qrels = eval("--topics", TOPICS, "--qrels", badQrels.toString(), "--out", tmp.resolve("o1").toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(1, qrels.code());
        assertEquals("error: " + badQrels + ", line 2: expected 4 fields (qid iter docid rel), found 3", qrels.err().strip());

        Path badRun = Files.write(tmp.resolve("bad.trec"), List.of("W1 Q0 US1 1 0.5 r", "W1 Q0 US2 2 half r"));
        Result run = eval("--runs", badRun.toString(), "--qrels", QRELS, "--out", tmp.resolve("o2").toString());
        assertEquals(1, run.code());
        assertEquals("error: " + badRun + ", line 2: score 'half' is not a number", run.err().strip());

        Path badTopics = Files.write(tmp.resolve("bad.tsv"), List.of("q1\tbattery", "q2 battery"));
        Result topics = eval("--topics", badTopics.toString(), "--qrels", QRELS, "--out", tmp.resolve("o3").toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(1, topics.code());
        assertEquals("error: " + badTopics + ", line 2: expected 'id<TAB>text' (no tab found)", topics.err().strip());

        Result mode = eval("--topics", TOPICS, "--qrels", QRELS, "--modes", "keyword,semantic", "--out", tmp.resolve("o4").toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(1, mode.code());
        assertEquals("error: the semantic and hybrid modes need passage vectors, and the index at " + DemoIndex.path()
                + " has none: run './priorart embed --index " + DemoIndex.path() + "'", mode.err().strip());
        Result unknown = eval("--topics", TOPICS, "--qrels", QRELS, "--modes", "bm42", "--out", tmp.resolve("o6").toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(2, unknown.code(), "a usage error");
        assertTrue(unknown.err().startsWith("error: --modes: unknown mode 'bm42'; expected keyword, semantic or hybrid"),
                unknown.err());
        assertFalse(unknown.err().contains("Usage:"), "the message, not the whole usage: " + unknown.err());

        Result missing = eval("--topics", tmp.resolve("absent.jsonl").toString(), "--qrels", QRELS, "--out", tmp.resolve("o5").toString(),
                "--index", DemoIndex.path().toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("absent.jsonl: no such file or directory"), missing.err());

        Result nothing = eval("--qrels", QRELS, "--out", tmp.resolve("o6").toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("give --topics to search, or --runs to evaluate existing runs"), nothing.err());

        for (Result r : List.of(qrels, run, topics, mode, missing, nothing)) {
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
    }
}
