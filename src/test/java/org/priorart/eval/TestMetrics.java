package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.priorart.eval.Toy.judgments;
import static org.priorart.eval.Toy.ranking;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorart.eval.metrics.JudgedRanking;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.Metrics;

/**
 * Every measure on toy rankings whose values are worked out by hand in the comments (to 1e-6;
 * trec_eval prints 4 decimals). {@link TestTrecEvalAgreement} checks the same definitions against
 * trec_eval itself on random runs.
 */
class TestMetrics {

    private static final double EPS = 1e-6;

    /**
     * Qrels: d1, d3, d5, d9 relevant (4), d2 judged not relevant. Ranking: 1 d1 (R), 2 d2 (judged
     * N), 3 d3 (R), 4 d4 (unjudged, so N), 5 d5 (R); d9 is never retrieved.
     */
    private static JudgedRanking basic() {
        return ranking(judgments("d1=1", "d2=0", "d3=1", "d5=1", "d9=1"),
                "d1:0.9", "d2:0.8", "d3:0.7", "d4:0.6", "d5:0.5");
    }

    @Test
    void precisionCountsRelevantInTheTopKOverK() {
        JudgedRanking r = basic();
        assertEquals(3 / 5.0, Metrics.precision(r, 5), EPS);       // d1, d3, d5 in the top 5
        assertEquals(1 / 2.0, Metrics.precision(r, 2), EPS);       // d1 of d1, d2
        // only 5 retrieved: the 5 missing positions of the top 10 count as non-relevant (m_P.c)
        assertEquals(3 / 10.0, Metrics.precision(r, 10), EPS);
        assertEquals(3 / 100.0, Metrics.precision(r, 100), EPS);
    }

    @Test
    void recallDividesByAllRelevantDocumentsRetrievedOrNot() {
        JudgedRanking r = basic();
        assertEquals(4, r.relevantCount());                        // d9 counts though never retrieved
        assertEquals(1 / 4.0, Metrics.recall(r, 2), EPS);          // d1
        assertEquals(3 / 4.0, Metrics.recall(r, 10), EPS);         // d1, d3, d5
        assertEquals(3 / 4.0, Metrics.recall(r, 1000), EPS);
    }

    @Test
    void averagePrecisionAveragesPrecisionAtEachRelevantOverAllRelevant() {
        // precision at the relevant ranks 1, 3, 5: 1/1, 2/3, 3/5; d9 adds 0; divided by 4
        assertEquals((1 + 2 / 3.0 + 3 / 5.0) / 4, Metrics.averagePrecision(basic()), EPS);
        assertEquals(0.566667, Measure.MAP.of(basic()), EPS);
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantRank() {
        assertEquals(1.0, Metrics.reciprocalRank(basic()), EPS);
        JudgedRanking late = ranking(judgments("b=1"), "a:3", "x:2", "b:1");
        assertEquals(1 / 3.0, Metrics.reciprocalRank(late), EPS);
        JudgedRanking none = ranking(judgments("z=1"), "a:3", "b:2");
        assertEquals(0.0, Metrics.reciprocalRank(none), EPS);
    }

    @Test
    void rPrecisionLooksAtTheTopR() {
        // R = 4: top 4 are d1 (R), d2, d3 (R), d4: 2 / 4
        assertEquals(0.5, Metrics.rPrecision(basic()), EPS);
        // R = 3 but only 2 retrieved, one relevant: 1 / 3 (m_Rprec.c looks at min(R, retrieved))
        JudgedRanking shallow = ranking(judgments("a=1", "b=1", "c=1"), "a:2", "x:1");
        assertEquals(1 / 3.0, Metrics.rPrecision(shallow), EPS);
    }

    @Test
    void ndcgWithBinaryGains() {
        // DCG@10: relevant at ranks 1, 3, 5: 1/log2(2) + 1/log2(4) + 1/log2(6) = 1 + 0.5 + 0.386853
        // ideal: 4 relevant at ranks 1-4: 1 + 1/log2(3) + 1/log2(4) + 1/log2(5) = 2.561606
        double dcg = 1 + 0.5 + 1 / log2(6);
        double ideal = 1 + 1 / log2(3) + 0.5 + 1 / log2(5);
        assertEquals(dcg / ideal, Metrics.ndcg(basic(), 10), EPS);
        assertEquals(0.736590, Metrics.ndcg(basic(), 10), EPS);
        // @2: DCG = 1 (d2 gains nothing); ideal = 1 + 1/log2(3)
        assertEquals(1 / (1 + 1 / log2(3)), Metrics.ndcg(basic(), 2), EPS);
    }

    /**
     * Graded: x=3, y=2, z=1, w=0. Ranking z, y, u (unjudged), x. Gains are the judgment values
     * (m_ndcg_cut.c), whatever the relevance level.
     */
    @Test
    void ndcgUsesTheJudgmentValuesAsGains() {
        Map<String, Integer> graded = judgments("x=3", "y=2", "z=1", "w=0");
        String[] run = {"z:4", "y:3", "u:2", "x:1"};
        // DCG@10 = 1/log2(2) + 2/log2(3) + 0/log2(4) + 3/log2(5) = 1 + 1.261860 + 1.292030 = 3.553890
        // ideal  = 3/log2(2) + 2/log2(3) + 1/log2(4)              = 3 + 1.261860 + 0.5   = 4.761860
        assertEquals(0.746324, Metrics.ndcg(ranking(graded, run), 10), EPS);
        // @2: (1 + 2/log2(3)) / (3 + 2/log2(3)) = 2.261860 / 4.261860
        assertEquals(0.530721, Metrics.ndcg(ranking(graded, run), 2), EPS);
        // the relevance level changes binary measures, not the gains
        assertEquals(0.746324, Metrics.ndcg(ranking(graded, 2, run), 10), EPS);
    }

    @Test
    void relevanceLevelDecidesWhatIsRelevantForBinaryMeasures() {
        Map<String, Integer> graded = judgments("x=3", "y=2", "z=1", "w=0");
        String[] run = {"z:4", "y:3", "u:2", "x:1"};
        // level 1: z, y, x relevant at ranks 1, 2, 4: AP = (1/1 + 2/2 + 3/4) / 3
        assertEquals((1 + 1 + 0.75) / 3, Metrics.averagePrecision(ranking(graded, 1, run)), EPS);
        // level 2: only y (rank 2) and x (rank 4): AP = (1/2 + 2/4) / 2 = 0.5; RR = 1/2
        JudgedRanking level2 = ranking(graded, 2, run);
        assertEquals(2, level2.relevantCount());
        assertEquals(0.5, Metrics.averagePrecision(level2), EPS);
        assertEquals(0.5, Metrics.reciprocalRank(level2), EPS);
    }

    /** Equal scores: trec_eval ranks the higher docid first (comp_sim_docno: strcmp(p2, p1)). */
    @Test
    void tiesAreBrokenByDocidDescending() {
        // a, b, c all score 1.0: order c, b, a, so the only relevant document, a, is at rank 3
        JudgedRanking tied = ranking(judgments("a=1"), "a:1.0", "b:1.0", "c:1.0");
        assertEquals(1 / 3.0, Metrics.reciprocalRank(tied), EPS);
        assertEquals(1 / 3.0, Metrics.averagePrecision(tied), EPS);
        assertEquals(0.0, Metrics.precision(tied, 2), EPS);
        // scores decide before docids: a higher-scored a comes first whatever its name
        assertEquals(1.0, Metrics.reciprocalRank(ranking(judgments("a=1"), "c:1.0", "b:1.0", "a:1.5")), EPS);
        // -0.0 and 0.0 are equal in C: a tie, broken by docid (b before a)
        assertEquals(0.5, Metrics.reciprocalRank(ranking(judgments("a=1"), "a:-0.0", "b:0.0")), EPS);
    }

    @Test
    void anEmptyRankingScoresZeroEverywhere() {
        JudgedRanking empty = ranking(judgments("a=1", "b=2"));
        for (Measure m : Measure.values()) {
            // PRES: both relevant documents at N+1, N+2 -> sum/n - (n+1)/2 = N -> 1 - N/N = 0
            assertEquals(0.0, m.of(empty), EPS, m.label());
        }
    }

    @Test
    void aTopicWithoutRelevantDocumentsScoresZeroEverywhere() {
        JudgedRanking noRelevant = ranking(judgments("a=0", "b=0"), "a:2", "b:1");
        assertEquals(0, noRelevant.relevantCount());
        for (Measure m : Measure.values()) {
            assertEquals(0.0, m.of(noRelevant), EPS, m.label());
        }
    }

    @Test
    void unjudgedAndPoolOnlyDocumentsAreNotRelevant() {
        // p is in the pool with -1 ("not judged", as infAP qrels have): neither relevant nor counted
        JudgedRanking r = ranking(judgments("p=-1", "r=1"), "p:2", "u:1.5", "r:1");
        assertEquals(JudgedRanking.UNJUDGED_IN_POOL, r.rel(0));
        assertEquals(JudgedRanking.NOT_JUDGED, r.rel(1));
        assertEquals(1, r.relevantCount());
        assertEquals(1 / 3.0, Metrics.reciprocalRank(r), EPS);
        assertEquals(0.0, Metrics.ndcg(r, 2), EPS);
    }

    /**
     * The example of Magdy and Jones (SIGIR 2010, and their talk): a topic with 4 relevant
     * documents, N_max = 100. PRES = 1 - (sum(r)/n - (n+1)/2) / N_max.
     */
    @Test
    void presOnThePapersExample() {
        Map<String, Integer> four = judgments("r1=1", "r2=1", "r3=1", "r4=1");
        // System 1 finds one relevant at rank 1; the other 3 are missing and placed at 100+2, +3, +4:
        // sum = 1 + 102 + 103 + 104 = 310; 310/4 - 2.5 = 75; PRES = 1 - 75/100 = 0.25 (= its recall)
        assertEquals(0.25, Metrics.pres(atRanks(four, 1), 100), EPS);
        // System 2: ranks 50, 51, 53, 54: sum 208; 52 - 2.5 = 49.5; PRES = 0.505
        assertEquals(0.505, Metrics.pres(atRanks(four, 50, 51, 53, 54), 100), EPS);
        // System 3: ranks 1-4, the best case: PRES = 1
        assertEquals(1.0, Metrics.pres(atRanks(four, 1, 2, 3, 4), 100), EPS);
        // System 4: ranks 1, 98, 99, 100: sum 298; 74.5 - 2.5 = 72; PRES = 0.28
        assertEquals(0.28, Metrics.pres(atRanks(four, 1, 98, 99, 100), 100), EPS);
        // the paper's bounds for recall R: found at the bottom of N_max gives n R^2 / N_max
        // (ranks 99, 100 of 4 relevant: R = 0.5, 4 * 0.25 / 100 = 0.01)
        assertEquals(0.01, Metrics.pres(atRanks(four, 99, 100), 100), EPS);
        // documents found below N_max do not count: ranks 1 and 150 with N_max 100 = only rank 1 found
        assertEquals(0.25, Metrics.pres(atRanks(four, 1, 150), 100), EPS);
    }

    @Test
    void presOnTheBasicRanking() {
        // 4 relevant, found at 1, 3, 5; d9 missing is the 4th relevant: rank 100 + 4
        // sum = 1 + 3 + 5 + 104 = 113; 113/4 - 2.5 = 25.75; PRES = 1 - 0.2575 = 0.7425
        assertEquals(0.7425, Metrics.pres(basic(), 100), EPS);
        // N_max = 2: only d1 counts; missing are the 2nd to 4th relevant at 2+2, 2+3, 2+4
        // sum = 1 + 4 + 5 + 6 = 16; 4 - 2.5 = 1.5; PRES = 1 - 1.5/2 = 0.25
        assertEquals(0.25, Metrics.pres(basic(), 2), EPS);
    }

    @Test
    void recallCurveIsRecallAtEveryRank() {
        assertArrayEquals(new double[] {0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 0.75}, Metrics.recallCurve(basic(), 7), EPS);
        assertArrayEquals(new double[3], Metrics.recallCurve(ranking(judgments("a=0"), "a:1"), 3), EPS);
    }

    @Test
    void measureLabelsAreTrecEvalNames() {
        assertEquals(List.of("map", "recip_rank", "Rprec", "P_5", "P_10", "P_100", "recall_10", "recall_100", "recall_1000",
                        "ndcg_cut_10", "ndcg_cut_100", "PRES_100", "PRES_1000"),
                java.util.Arrays.stream(Measure.values()).map(Measure::label).toList());
        assertEquals(Measure.NDCG_CUT_10, Measure.byLabel("ndcg_cut_10"));
    }

    /** A ranking with the 4 relevant documents r1.. at the given ranks and filler elsewhere. */
    private static JudgedRanking atRanks(Map<String, Integer> judgments, int... ranks) {
        int depth = java.util.Arrays.stream(ranks).max().orElse(0);
        String[] docs = new String[depth];
        for (int i = 0; i < depth; i++) {
            docs[i] = String.format("n%03d:%d", i + 1, 1000 - i);
        }
        for (int k = 0; k < ranks.length; k++) {
            docs[ranks[k] - 1] = "r" + (k + 1) + ":" + (1000 - (ranks[k] - 1));
        }
        return ranking(judgments, docs);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
