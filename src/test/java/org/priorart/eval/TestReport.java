package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.Expectations;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.report.DocTitles;
import org.priorart.eval.report.HtmlReport;
import org.priorart.eval.report.MetricsJson;
import org.priorart.eval.report.PerTopicCsv;
import org.priorart.eval.report.ReportData;
import org.priorart.search.Json;

/** report.html, metrics.json and per-topic.csv for two toy runs, one with a hostile name. */
class TestReport {

    private static final String EVIL = "<script>alert('x')</script>";

    @TempDir
    Path tmp;

    private ReportData data() throws IOException {
        Qrels qrels = new Qrels(Map.of("q1", Toy.judgments("a=1", "b=2"), "q2", Toy.judgments("c=1"), "q3", Toy.judgments("d=1")));
        Run base = new Run("bm25", Map.of("q1", Toy.docs("a:3", "x:2", "b:1"), "q2", Toy.docs("y:2", "c:1"), "q3", Toy.docs("z:1")));
        Run other = new Run(EVIL, Map.of("q1", Toy.docs("b:3", "a:2"), "q2", Toy.docs("c:2", "y:1"), "q3", Toy.docs("z:1")));
        Evaluator evaluator = new Evaluator(qrels, EvalOptions.TREC_EVAL_DEFAULT);
        RunEvaluation a = evaluator.evaluate(base, 10);
        RunEvaluation b = evaluator.evaluate(other, 10);
        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put(base.name(), base);
        runs.put(other.name(), other);
        Path expected = Files.writeString(tmp.resolve("e.json"), "{\"bm25\": {\"map\": {\"min\": 0.99}}}");
        return new ReportData("qrels & <friends>.trec", qrels, EvalOptions.TREC_EVAL_DEFAULT, List.of(a, b), runs,
                List.of(RunComparison.compare(a, b, 1000, 1)), Map.of("q3", Topic.ofText("q3", "a <b>bold</b> topic")),
                List.of("warning with <tag>"), List.of(), Expectations.read(expected).check(Map.of("bm25", a, EVIL, b)),
                1000, 1, 10, 1_000_000);
    }

    /** Titles that try to inject markup. */
    private static final DocTitles TITLES = id -> id.equals("z") ? "(not in the index)" : "Title of " + id + " <img src=x onerror=alert(1)>";

    @Test
    void htmlHasTheTableThePlotsAndEscapesEverything() throws IOException {
        Path file = tmp.resolve("report.html");
        HtmlReport.write(data(), TITLES, file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        // the metric table: a row per measure, a column per run
        assertTrue(html.contains("<table class=\"metrics\">\n<tr><th class=\"name\">measure</th><th>bm25</th><th>&lt;script&gt;"));
        assertTrue(html.contains("<tr><td class=\"name\">topics averaged</td><td>3</td><td>3</td></tr>"));
        for (Measure m : Measure.values()) {
            assertTrue(html.contains(">" + m.label() + "</th><td>"), m.label());
        }
        // bm25's map (q1 (1 + 2/3)/2, q2 1/2, q3 0) and the other run's (1, 1, 0)
        assertTrue(html.contains(">map</th><td>0.4444</td><td>0.6667</td></tr>"));
        // the plots: a recall curve per run, per-topic bars
        assertEquals(1, count(html, "<svg class=\"recall-curve\""));
        assertEquals(2, count(html, "<polyline class=\"curve\""));
        assertEquals(1, count(html, "<svg class=\"delta-bars\""));
        assertTrue(count(html, "<rect class=\"bar ") >= 1);
        // comparisons, regression checks, worst topics with titles
        assertTrue(html.contains("<table class=\"comparison\">"));
        // bm25's map: q1 (1 + 2/3)/2, q2 1/2, q3 0 -> 0.4444
        assertTrue(html.contains("0.4444 is below the minimum 0.9900"));
        assertTrue(html.contains("Title of b &lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("(not in the index)"));
        assertTrue(html.contains("a &lt;b&gt;bold&lt;/b&gt; topic"));
        // nothing from the input is markup, and nothing is fetched: self-contained
        assertFalse(html.contains("<script"), "no script, escaped or not");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<tag>"));
        assertTrue(html.contains("qrels &amp; &lt;friends&gt;.trec"));
        Matcher links = Pattern.compile("(?i)(src|href)\\s*=\\s*\"|<link|url\\(|@import").matcher(html);
        assertFalse(links.find(), "external reference: " + (links.find(0) ? links.group() : ""));
        assertFalse(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "").contains("http"), "no URL but the SVG namespace");
    }

    @Test
    void metricsJsonAndPerTopicCsv() throws IOException {
        ReportData data = data();
        Path json = tmp.resolve("metrics.json");
        MetricsJson.write(data, json);
        JsonNode root = Json.mapper().readTree(json.toFile());
        JsonNode bm25 = root.path("runs").path(0);
        assertEquals("bm25", bm25.path("name").asText());
        assertEquals(3, bm25.path("topics_averaged").asInt());
        // q1: a(R) x b(R): AP (1 + 2/3)/2; q2: y c(R): 1/2; q3: z, d never found: 0
        assertEquals(((1 + 2 / 3.0) / 2 + 0.5 + 0) / 3, bm25.path("means").path("map").asDouble(), 1e-12);
        assertEquals(EVIL, root.path("runs").path(1).path("name").asText());
        JsonNode cmp = root.path("comparisons").path(0).path("measures").path("map");
        // q1 and q2 improve (both relevant on top), q3 stays 0 for both
        assertEquals(2, cmp.path("wins").asInt());
        assertEquals(0, cmp.path("losses").asInt());
        assertEquals(1, cmp.path("ties").asInt());
        assertTrue(cmp.path("p_randomization").isNumber());
        assertTrue(cmp.path("p_t_test").isNumber());
        assertFalse(root.path("checks").path(0).path("passed").asBoolean());

        Path csv = tmp.resolve("per-topic.csv");
        PerTopicCsv.write(data.evaluations(), csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("run,topic,num_ret,num_rel,num_rel_ret,map,recip_rank,Rprec,P_5"), lines.get(0));
        assertEquals(1 + 3 + 3, lines.size());
        assertTrue(lines.get(1).startsWith("bm25,q1,3,2,2,0.833333,1.000000,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("<script>alert('x')</script>,q1,2,2,2,1.000000,"), lines.get(4));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
