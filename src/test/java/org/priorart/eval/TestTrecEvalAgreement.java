package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.metrics.TopicScores;
import uk.ac.gla.terrier.jtreceval.trec_eval;

/**
 * The evaluator against NIST's trec_eval (9.0.4, the binary shipped in the jtreceval test
 * dependency) on random qrels and runs full of the awkward cases: many tied scores, graded and
 * negative judgments, unjudged documents, topics without relevant documents, topics only in the
 * qrels or only in the run, run lines in random order with meaningless rank columns. Every
 * trec_eval measure the evaluator reports must agree per topic and on average to trec_eval's four
 * printed decimals, with the default averaging, with {@code -c} and with {@code -l 2}. (PRES is not
 * in trec_eval: {@link TestMetrics} checks it on the paper's example.)
 *
 * <p>Skipped where no trec_eval binary runs (jtreceval ships Linux, macOS and Windows x86 builds).
 */
class TestTrecEvalAgreement {

    private static final List<Measure> TREC_EVAL_MEASURES = List.of(Measure.MAP, Measure.RECIP_RANK, Measure.R_PREC,
            Measure.P_5, Measure.P_10, Measure.P_100, Measure.RECALL_10, Measure.RECALL_100, Measure.RECALL_1000,
            Measure.NDCG_CUT_10, Measure.NDCG_CUT_100);

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(1L, new EvalOptions(1, false, false)),
                Arguments.of(2L, new EvalOptions(1, false, false)),
                Arguments.of(3L, new EvalOptions(1, true, false)),
                Arguments.of(4L, new EvalOptions(2, false, false)),
                Arguments.of(5L, new EvalOptions(2, true, false)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("cases")
    void sameNumbersAsTrecEval(long seed, EvalOptions options) throws IOException {
        assumeTrecEval();
        Path qrelsFile = tmp.resolve("qrels-" + seed);
        Path runFile = tmp.resolve("run-" + seed);
        writeRandom(new Random(seed), qrelsFile, runFile);

        Qrels qrels = QrelsReader.read(qrelsFile);
        RunEvaluation ours = new Evaluator(qrels, options).evaluate(RunReader.read(runFile));
        Map<String, Map<String, Double>> theirs = trecEval(qrelsFile, runFile, options);

        Map<String, Double> all = theirs.remove("all");
        assertEquals(ours.topics().size(), all.get("num_q").intValue(), "topics averaged");
        for (Measure m : TREC_EVAL_MEASURES) {
            assertEquals(all.get(m.label()), ours.mean(m), 0.00005 + 1e-9, "mean " + m.label());
        }
        if (!options.complete()) {
            // trec_eval 9.0.4 prints no per-topic lines for -c's missing topics; averages are compared above
            assertEquals(theirs.keySet(), new java.util.TreeSet<>(ours.topics().stream().map(TopicScores::topic).toList()));
        }
        for (Map.Entry<String, Map<String, Double>> topic : theirs.entrySet()) {
            TopicScores t = ours.topic(topic.getKey());
            for (Measure m : TREC_EVAL_MEASURES) {
                assertEquals(topic.getValue().get(m.label()), t.value(m), 0.00005 + 1e-9, topic.getKey() + " " + m.label());
            }
        }
        // the random data must exercise the conventions, or the test proves little
        assertFalse(ours.withoutResults().isEmpty(), "qrels topics without results");
        assertFalse(ours.notInQrels().isEmpty(), "run topics without qrels");
        assertFalse(ours.withoutRelevant().isEmpty(), "topics without relevant documents");
    }

    /** The run PriorArt writes reads back into the same numbers under trec_eval (ties and all). */
    @Test
    void writtenRunsEvaluateTheSameInTrecEval() throws IOException {
        assumeTrecEval();
        Path qrelsFile = tmp.resolve("qrels");
        Path runFile = tmp.resolve("run");
        writeRandom(new Random(7), qrelsFile, runFile);
        Run run = RunReader.read(runFile);
        Path written = tmp.resolve("written.trec");
        RunWriter.write(run, written, "test");
        Map<String, Double> original = trecEval(qrelsFile, runFile, EvalOptions.TREC_EVAL_DEFAULT).get("all");
        Map<String, Double> rewritten = trecEval(qrelsFile, written, EvalOptions.TREC_EVAL_DEFAULT).get("all");
        assertEquals(original, rewritten);
    }

    private static void assumeTrecEval() {
        boolean supported;
        try {
            supported = trec_eval.isPlatformSupported();
        } catch (RuntimeException | LinkageError e) {
            supported = false;
        }
        assumeTrue(supported, "no trec_eval binary for this platform");
    }

    /** trec_eval's output: topic ("all" for the means) to measure to value. */
    private static Map<String, Map<String, Double>> trecEval(Path qrels, Path run, EvalOptions options) {
        List<String> args = new ArrayList<>(List.of("-q", "-m", "num_q", "-m", "map", "-m", "recip_rank", "-m", "Rprec",
                "-m", "P.5,10,100", "-m", "recall.10,100,1000", "-m", "ndcg_cut.10,100", "-l", String.valueOf(options.relevanceLevel())));
        if (options.complete()) {
            args.add("-c");
        }
        args.add(qrels.toString());
        args.add(run.toString());
        trec_eval te = new trec_eval();
        String[][] rows = te.runAndGetOutput(args.toArray(String[]::new));
        assertEquals(0, te.getLastExitCode(), "trec_eval exit code");
        Map<String, Map<String, Double>> out = new java.util.TreeMap<>();
        for (String[] row : rows) {
            if (row.length == 3) {
                out.computeIfAbsent(row[1], k -> new HashMap<>()).put(row[0], Double.parseDouble(row[2]));
            }
        }
        assertTrue(out.containsKey("all"), "trec_eval printed means");
        return out;
    }

    /**
     * 40 topics over 150 documents. Qrels: topics t00-t34, 1-41 judgments each, values -1..3 (some
     * topics with only 0s). Run: topics t05-t39 (so t00-t04 are only in the qrels and t35-t39 only
     * in the run), 0-150 documents each (all 150 at most), scores from ten values so that ties abound, written in
     * random order with random ranks.
     */
    private static final int DOCS = 150;

    static void writeRandom(Random random, Path qrelsFile, Path runFile) throws IOException {
        List<String> qrels = new ArrayList<>();
        for (int t = 0; t < 35; t++) {
            int judged = random.nextInt(41);
            boolean noRelevant = random.nextInt(6) == 0;
            List<Integer> docs = sample(random, DOCS, judged + 1);
            for (int i = 0; i < docs.size(); i++) {
                // one judgment of 0 in each topic: trec_eval 9.0.4 fails on a topic judged only -1
                int rel = noRelevant || i == 0 ? 0 : random.nextInt(5) - 1;
                qrels.add(String.format(Locale.ROOT, "t%02d 0 d%03d %d", t, docs.get(i), rel));
            }
        }
        Collections.shuffle(qrels, random);
        List<String> run = new ArrayList<>();
        for (int t = 5; t < 40; t++) {
            int retrieved = random.nextInt(6) == 0 ? random.nextInt(5) : random.nextInt(151);
            for (int d : sample(random, DOCS, retrieved)) {
                double score = (random.nextInt(10) + 1) / 10.0;
                run.add(String.format(Locale.ROOT, "t%02d Q0 d%03d %d %s run%d", t, d, random.nextInt(1000), score, t));
            }
        }
        Collections.shuffle(run, random);
        if (run.isEmpty()) {
            run.add("t39 Q0 d000 1 1.0 run");
        }
        Files.write(qrelsFile, qrels);
        Files.write(runFile, run);
    }

    private static List<Integer> sample(Random random, int range, int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < range; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, range));
    }
}
