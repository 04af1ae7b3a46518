package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorart.eval.compare.MeasureComparison;
import org.priorart.eval.compare.PairedTTest;
import org.priorart.eval.compare.RandomizationTest;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.compare.StudentT;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;

/** The significance tests and run comparisons, on cases with known answers. */
class TestSignificance {

    @Test
    void studentTMatchesClosedForms() {
        for (double t : new double[] {0, 0.3, 1, 2.5, 12}) {
            // df = 1 is the Cauchy distribution: P(|T| >= t) = 1 - (2/pi) atan(t)
            assertEquals(1 - 2 / Math.PI * Math.atan(t), StudentT.twoSidedP(t, 1), 1e-10, "df 1, t " + t);
            // df = 2: P(|T| >= t) = 1 - t / sqrt(2 + t^2)
            assertEquals(1 - t / Math.sqrt(2 + t * t), StudentT.twoSidedP(-t, 2), 1e-10, "df 2, t " + t);
        }
        // the textbook critical value: t = 2.228139 is the 5% two-sided point at 10 degrees of freedom
        assertEquals(0.05, StudentT.twoSidedP(2.228138852, 10), 1e-8);
        assertEquals(0.0, StudentT.twoSidedP(Double.POSITIVE_INFINITY, 5), 0);
    }

    @Test
    void pairedTTestOnAHandExample() {
        double[] a = {0.1, 0.2, 0.3, 0.4};
        double[] b = {0.2, 0.4, 0.5, 0.5};
        // d = 0.1, 0.2, 0.2, 0.1: mean 0.15, sd sqrt(4 * 0.05^2 / 3) = 0.0577350, t = 0.15 / (0.057735 / 2) = 5.196152
        // df = 3: p = 1 - (2/pi) (atan(x) + x / (1 + x^2)) with x = t / sqrt(3) = 3  ->  0.0138468
        double x = 3;
        double expected = 1 - 2 / Math.PI * (Math.atan(x) + x / (1 + x * x));
        assertEquals(expected, PairedTTest.pValue(a, b), 1e-9);
        assertEquals(0.0138468, PairedTTest.pValue(a, b), 1e-7);
        assertEquals(PairedTTest.pValue(a, b), PairedTTest.pValue(b, a), 1e-12);
        // no difference at all: p = 1; the same gain on every topic: no variance, p = 0
        assertEquals(1.0, PairedTTest.pValue(a, a), 0);
        assertEquals(0.0, PairedTTest.pValue(a, new double[] {0.2, 0.3, 0.4, 0.5}), 0);
        assertTrue(Double.isNaN(PairedTTest.pValue(new double[] {1}, new double[] {0})));
    }

    @Test
    void randomizationTestOnKnownDistributions() {
        double[] zeros = new double[10];
        double[] ones = new double[10];
        java.util.Arrays.fill(ones, 1);
        // identical runs: every permutation is as extreme as the observed 0
        assertEquals(1.0, RandomizationTest.pValue(zeros, zeros, 1000, 1), 0);
        // all 10 differences +1: only the 2 sign patterns of 2^10 with all signs equal reach |sum| = 10,
        // so the exact p is 2/1024 = 0.00195; 10,000 permutations estimate it within sampling error
        double p = RandomizationTest.pValue(zeros, ones, 10_000, RandomizationTest.DEFAULT_SEED);
        assertEquals(2 / 1024.0, p, 0.0012);
        // deterministic for a seed, and the same whichever run is the baseline
        assertEquals(p, RandomizationTest.pValue(zeros, ones, 10_000, RandomizationTest.DEFAULT_SEED), 0);
        assertEquals(p, RandomizationTest.pValue(ones, zeros, 10_000, RandomizationTest.DEFAULT_SEED), 0);
        // one big gain among small noise is not significant: d = +1, then nine of +-0.01, observed sum 1.01.
        // A permutation reaches |sum| >= 1.01 exactly when the nine small terms (an odd count, never summing
        // to 0) take the sign of the big one: probability 1/2
        double[] noisy = {1, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01, -0.01, 0.01};
        double[] base = new double[10];
        double pNoisy = RandomizationTest.pValue(base, noisy, 10_000, 3);
        assertEquals(0.5, pNoisy, 0.02);
        assertNotEquals(RandomizationTest.pValue(zeros, ones, 2_000, 1), RandomizationTest.pValue(zeros, ones, 2_000, 2));
    }

    @Test
    void comparisonPairsTopicsAndCountsWinsLossesTies() {
        Qrels qrels = new Qrels(Map.of(
                "q1", Toy.judgments("a=1"),
                "q2", Toy.judgments("b=1"),
                "q3", Toy.judgments("c=1"),
                "q4", Toy.judgments("d=1")));
        // baseline: a at rank 1 (RR 1), b at rank 2 (RR 1/2), c at rank 1, q4 missing
        Run base = new Run("base", Map.of("q1", Toy.docs("a:2", "x:1"), "q2", Toy.docs("x:2", "b:1"), "q3", Toy.docs("c:1")));
        // run: q1 worse (RR 1/2), q2 better (RR 1), q3 the same, q4 found (but the baseline did not average q4)
        Run run = new Run("run", Map.of("q1", Toy.docs("x:2", "a:1"), "q2", Toy.docs("b:2", "x:1"), "q3", Toy.docs("c:1"),
                "q4", Toy.docs("d:1")));
        Evaluator evaluator = new Evaluator(qrels, EvalOptions.TREC_EVAL_DEFAULT);
        RunEvaluation a = evaluator.evaluate(base);
        RunEvaluation b = evaluator.evaluate(run);
        RunComparison c = RunComparison.compare(a, b, 1000, 1);
        assertEquals(List.of("q1", "q2", "q3"), c.topics());
        MeasureComparison rr = c.of(Measure.RECIP_RANK);
        assertEquals((1 + 0.5 + 1) / 3, rr.baseline(), 1e-12);
        assertEquals((0.5 + 1 + 1) / 3, rr.run(), 1e-12);
        assertEquals(0.0, rr.delta(), 1e-12);
        assertEquals(1, rr.wins());
        assertEquals(1, rr.losses());
        assertEquals(1, rr.ties());
        // d = -0.5, +0.5, 0: sign flips give |sum| in {0, 1}; |observed| = 0, so every permutation counts
        assertEquals(1.0, rr.pRandomization(), 0);
        assertEquals(1.0, rr.pTTest(), 1e-12);
        // over 4 topics the run's own mean differs from the paired one
        assertEquals((0.5 + 1 + 1 + 1) / 4, b.mean(Measure.RECIP_RANK), 1e-12);
    }
}
