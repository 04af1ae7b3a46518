package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.metrics.TopicScores;

/**
 * Which topics are averaged. The toy qrels and run below were also run through trec_eval 9.0.4;
 * its output is quoted next to each expectation.
 */
class TestEvaluator {

    @TempDir
    Path tmp;

    /**
     * q1: A=1, B=2, C=0, Z=1 (3 relevant); the run ties A and B at 1.0, so B (higher docid) is rank
     * 1, A rank 2, then C, D. q2: judged, nothing relevant, retrieved. q3: in the qrels only.
     * q4: in the run only. The patent number in two spellings is one document.
     */
    private RunEvaluation evaluate(EvalOptions options) throws IOException {
        Path qrels = Files.write(tmp.resolve("qrels"), List.of(
                "q1 0 A 1", "q1 0 B 2", "q1 0 C 0", "q1 0 Z 1", "q2 0 X 0", "q3 0 M 1", "q5 0 US6993175B2 1"));
        Path run = Files.write(tmp.resolve("run"), List.of(
                "q1 Q0 A 1 1.0 r", "q1 Q0 B 2 1.0 r", "q1 Q0 C 3 0.5 r", "q1 Q0 D 4 0.4 r",
                "q2 Q0 X 1 3 r", "q4 Q0 K 1 3 r", "q5 Q0 US6993175 1 1 r"));
        return new Evaluator(QrelsReader.read(qrels), options).evaluate(RunReader.read(run));
    }

    @Test
    void byDefaultTopicsInTheQrelsWithResultsAreAveraged() throws IOException {
        RunEvaluation e = evaluate(EvalOptions.TREC_EVAL_DEFAULT);
        assertEquals(List.of("q1", "q2", "q5"), e.topics().stream().map(TopicScores::topic).toList());
        assertEquals(List.of("q4"), e.notInQrels());
        assertEquals(List.of("q3"), e.withoutResults());
        assertEquals(List.of("q2"), e.withoutRelevant());
        TopicScores q1 = e.topic("q1");
        // trec_eval -q: map q1 0.6667, P_2 q1 1.0000, recall_2 q1 0.6667, ndcg_cut_10 q1 0.8403 (B=2 first
        // because ties go to the higher docid), Rprec q1 0.6667, recip_rank q1 1.0000
        assertEquals(0.6667, q1.value(Measure.MAP), 0.00005);           // (1/1 + 2/2) / 3
        assertEquals(0.6667, q1.value(Measure.R_PREC), 0.00005);        // B, A, C: 2 of 3
        assertEquals(0.8403, q1.value(Measure.NDCG_CUT_10), 0.00005);   // (2 + 1/log2 3) / (2 + 1/log2 3 + 1/2)
        assertEquals(4, q1.retrieved());
        assertEquals(3, q1.relevant());
        assertEquals(2, q1.relevantRetrieved());
        // q5 found its patent though qrels and run spell it differently
        assertEquals(1.0, e.topic("q5").value(Measure.MAP), 0);
        // q2 counts with 0: mean map = (0.6667 + 0 + 1) / 3
        assertEquals((2 / 3.0 + 0 + 1) / 3, e.mean(Measure.MAP), 1e-12);
    }

    @Test
    void completeAveragesOverEveryQrelsTopic() throws IOException {
        RunEvaluation e = evaluate(new EvalOptions(1, true, false));
        // trec_eval -c: num_q 4 (q1, q2, q3, q5), q3 scoring 0
        assertEquals(List.of("q1", "q2", "q3", "q5"), e.topics().stream().map(TopicScores::topic).toList());
        assertEquals((2 / 3.0 + 0 + 0 + 1) / 4, e.mean(Measure.MAP), 1e-12);
        assertEquals(0.0, e.topic("q3").value(Measure.RECALL_1000), 0);
    }

    @Test
    void topicsWithoutRelevantDocumentsCanBeLeftOut() throws IOException {
        RunEvaluation e = evaluate(new EvalOptions(1, false, true));
        assertEquals(List.of("q1", "q5"), e.topics().stream().map(TopicScores::topic).toList());
        assertEquals((2 / 3.0 + 1) / 2, e.mean(Measure.MAP), 1e-12);
    }

    @Test
    void relevanceLevelTwo() throws IOException {
        RunEvaluation e = evaluate(new EvalOptions(2, false, false));
        // only B is relevant in q1 (rank 1): map 1; q5's judgment 1 is no longer relevant
        assertEquals(1.0, e.topic("q1").value(Measure.MAP), 0);
        assertEquals(List.of("q2", "q5"), e.withoutRelevant());
        // nDCG still gains from A=1
        assertEquals(0.8403, e.topic("q1").value(Measure.NDCG_CUT_10), 0.00005);
    }

    @Test
    void recallCurveIsTheMeanOverAveragedTopics() throws IOException {
        RunEvaluation e = evaluate(EvalOptions.TREC_EVAL_DEFAULT);
        // rank 1: q1 1/3 (B), q2 0, q5 1 -> (1/3 + 0 + 1) / 3; rank 2: q1 2/3 -> (2/3 + 1) / 3
        assertEquals((1 / 3.0 + 1) / 3, e.recallCurve()[0], 1e-12);
        assertEquals((2 / 3.0 + 1) / 3, e.recallCurve()[1], 1e-12);
        assertEquals(4, e.recallCurve().length);
    }
}
