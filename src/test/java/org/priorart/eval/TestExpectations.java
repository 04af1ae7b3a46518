package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.eval.gate.Expectations;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.RunEvaluation;

/** Regression expectations: the file format, and which values pass. */
class TestExpectations {

    @TempDir
    Path tmp;

    /** One topic, relevant document at rank 2: map 0.5, recip_rank 0.5, P_5 0.2. */
    private static Map<String, RunEvaluation> evaluations() {
        Qrels qrels = new Qrels(Map.of("q", Toy.judgments("a=1")));
        Run run = new Run("keyword", Map.of("q", Toy.docs("x:2", "a:1")));
        return Map.of("keyword", new Evaluator(qrels, EvalOptions.TREC_EVAL_DEFAULT).evaluate(run));
    }

    private List<GateCheck> check(String json) throws IOException {
        return Expectations.read(Files.writeString(tmp.resolve("expected.json"), json)).check(evaluations());
    }

    @Test
    void boundsPassAndFail() throws IOException {
        List<GateCheck> checks = check("""
                {"_comment": "ignored",
                 "keyword": {"map": {"min": 0.5}, "recip_rank": {"expected": 0.52, "tolerance": 0.02},
                             "P_5": {"max": 0.2, "min": 0.1}}}""");
        assertEquals(3, checks.size());
        assertTrue(checks.stream().allMatch(GateCheck::passed), checks.toString());

        List<GateCheck> failing = check("""
                {"keyword": {"map": {"min": 0.6}, "recip_rank": {"expected": 0.45, "tolerance": 0.04},
                             "P_5": {"max": 0.1}}}""");
        assertEquals(List.of("0.5000 is below the minimum 0.6000"), failing.get(0).violations());
        assertEquals(List.of("0.5000 is outside 0.4500 ± 0.0400 (better than expected: update the expectation)"),
                failing.get(1).violations());
        assertEquals(List.of("0.2000 is above the maximum 0.1000"), failing.get(2).violations());
    }

    @Test
    void aRunThatWasNotEvaluatedFails() throws IOException {
        GateCheck c = check("{\"semantic\": {\"map\": {\"min\": 0.1}}}").get(0);
        assertFalse(c.passed());
        assertEquals(List.of("run 'semantic' was not evaluated (runs: keyword)"), c.violations());
        assertTrue(Double.isNaN(c.value()));
    }

    @Test
    void typosAreErrorsNotSilentlyIgnoredGates() throws IOException {
        assertMessage("{\"keyword\": {\"MAP\": {\"min\": 0.1}}}", "expected.json: keyword: unknown measure 'MAP'; the measures are: map, recip_rank,");
        assertMessage("{\"keyword\": {\"map\": {\"minimum\": 0.1}}}", "expected.json: keyword.map: unknown key 'minimum' (use min, max, expected with tolerance)");
        assertMessage("{\"keyword\": {\"map\": {\"min\": \"high\"}}}", "expected.json: keyword.map.min: expected a number, found \"high\"");
        assertMessage("{\"keyword\": {\"map\": {\"expected\": 0.9}}}", "expected.json: keyword.map: expected and tolerance go together");
        assertMessage("{\"keyword\": {\"map\": {}}}", "expected.json: keyword.map: a bound needs min, max or expected");
        assertMessage("{\"keyword\": {\"map\": 0.9}}", "expected.json: keyword.map: expected an object such as {\"min\": 0.9}");
        assertMessage("{\"keyword\": {}}", "expected.json: no expectations: the file names no run and measure");
        assertMessage("{\n\"keyword\": {\n\"map\": {\"min\": 0.9,}}}", "expected.json, line 3: invalid JSON");
    }

    private void assertMessage(String json, String start) throws IOException {
        Path f = Files.writeString(tmp.resolve("expected.json"), json);
        EvalInputException e = assertThrows(EvalInputException.class, () -> Expectations.read(f));
        assertTrue(e.getMessage().contains(start), e.getMessage());
    }
}
