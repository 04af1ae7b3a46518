package org.priorart.eval.metrics;

/**
 * The definitions of every measure, in one place. Each reproduces trec_eval (usnistgov/trec_eval,
 * version 9; the file and function are named on each method) including its edge cases, so that the
 * numbers agree with trec_eval's to all printed decimals; PRES follows its paper. All take a
 * {@link JudgedRanking}, whose order already is trec_eval's (score descending, ties by docid
 * descending) and whose notion of "relevant" is the relevance level.
 *
 * <p>Conventions shared by all: unjudged documents are not relevant; a cutoff deeper than the
 * ranking counts the missing positions as non-relevant; a topic without relevant documents scores
 * 0 on every measure (it is still averaged, as trec_eval does; see {@code Evaluator}).
 */
public final class Metrics {

    private static final double LN2 = Math.log(2);

    private Metrics() {
    }

    /**
     * Precision at k: relevant documents in the top k, divided by k even when fewer than k were
     * retrieved. trec_eval m_P.c, {@code te_calc_P} ("P_k").
     */
    public static double precision(JudgedRanking r, int k) {
        return (double) relevantInTop(r, k) / k;
    }

    /**
     * Recall at k: relevant documents in the top k divided by all relevant documents of the topic;
     * 0 when it has none. trec_eval m_recall.c, {@code te_calc_recall} ("recall_k").
     */
    public static double recall(JudgedRanking r, int k) {
        if (r.relevantCount() == 0) {
            return 0;
        }
        return (double) relevantInTop(r, k) / r.relevantCount();
    }

    /**
     * Average precision: the precision at the rank of each relevant retrieved document, summed and
     * divided by the number of relevant documents (so relevant documents never retrieved count as
     * precision 0). trec_eval m_map.c, {@code te_calc_map} ("map" when averaged over topics).
     */
    public static double averagePrecision(JudgedRanking r) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < r.retrieved(); i++) {
            if (r.relevant(i)) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return found == 0 ? 0 : sum / r.relevantCount();
    }

    /**
     * Reciprocal rank of the first relevant retrieved document; 0 when none is retrieved. trec_eval
     * m_recip_rank.c, {@code te_calc_recip_rank} ("recip_rank"; averaged it is MRR).
     */
    public static double reciprocalRank(JudgedRanking r) {
        for (int i = 0; i < r.retrieved(); i++) {
            if (r.relevant(i)) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * R-precision: relevant documents among the top R, divided by R, where R is the number of
     * relevant documents of the topic; 0 when R is 0 or nothing was retrieved. trec_eval m_Rprec.c,
     * {@code te_calc_Rprec} ("Rprec").
     */
    public static double rPrecision(JudgedRanking r) {
        int big = r.relevantCount();
        if (Math.min(big, r.retrieved()) == 0) {
            return 0;
        }
        return (double) relevantInTop(r, big) / big;
    }

    /**
     * nDCG at k with graded gains, as trec_eval m_ndcg_cut.c, {@code te_calc_ndcg_cut}
     * ("ndcg_cut_k"; Järvelin and Kekäläinen, ACM TOIS 20(4), 2002):
     * DCG@k = sum over ranks i = 1..k of gain(i) / log2(i + 1), where the gain is the document's
     * relevance value in the qrels (whatever the relevance level; unjudged and 0 give nothing);
     * the ideal DCG@k orders the topic's judged values from the highest down; nDCG = DCG / ideal DCG,
     * 0 when the ideal is 0. (trec_eval's source writes the discount as log2(i + 2) over 0-based
     * positions: the same thing.)
     */
    public static double ndcg(JudgedRanking r, int k) {
        double dcg = 0;
        int depth = Math.min(k, r.retrieved());
        for (int i = 0; i < depth; i++) {
            int gain = r.rel(i);
            if (gain > 0) {
                dcg += gain / log2(i + 2);
            }
        }
        double ideal = 0;
        int position = 0;
        for (int level = r.highestLevel(); level > 0 && position < k; level--) {
            for (int c = 0; c < r.levelCount(level) && position < k; c++) {
                ideal += level / log2(position + 2);
                position++;
            }
        }
        return ideal > 0 ? dcg / ideal : dcg;
    }

    /**
     * PRES, the Patent Retrieval Evaluation Score, with N_max = nMax documents the searcher is
     * willing to check. Magdy and Jones, "PRES: a score metric for evaluating recall-oriented
     * information retrieval applications", SIGIR 2010:
     *
     * <pre>
     *   PRES = 1 - (sum(r_i) / n - (n + 1) / 2) / N_max
     * </pre>
     *
     * where n is the number of relevant documents and r_i the rank of the i-th relevant document.
     * Only the top N_max count as retrieved. Relevant documents not retrieved within N_max are
     * taken to be ranked right after N_max, the worst case: with n' found in the top N_max, the
     * i-th relevant document for i = n'+1 .. n is at rank N_max + i (so with none found they are at
     * N_max+1 .. N_max+n, PRES is 0). This is the convention under which the paper's bounds hold:
     * PRES equals recall R when the found documents are at the top, and is nR^2/N_max when they are
     * at the bottom of the N_max. 0 for a topic without relevant documents.
     */
    public static double pres(JudgedRanking r, int nMax) {
        int n = r.relevantCount();
        if (n == 0) {
            return 0;
        }
        double sumRanks = 0;
        int found = 0;
        int depth = Math.min(nMax, r.retrieved());
        for (int i = 0; i < depth; i++) {
            if (r.relevant(i)) {
                found++;
                sumRanks += i + 1;
            }
        }
        for (int i = found + 1; i <= n; i++) {
            sumRanks += (double) nMax + i;
        }
        return 1 - (sumRanks / n - (n + 1) / 2.0) / nMax;
    }

    /**
     * Recall at every rank 1..depth (element k-1 is recall at k), for recall curves. Same
     * definition as {@link #recall}.
     */
    public static double[] recallCurve(JudgedRanking r, int depth) {
        double[] curve = new double[depth];
        if (r.relevantCount() == 0) {
            return curve;
        }
        int found = 0;
        for (int i = 0; i < depth; i++) {
            if (i < r.retrieved() && r.relevant(i)) {
                found++;
            }
            curve[i] = (double) found / r.relevantCount();
        }
        return curve;
    }

    private static int relevantInTop(JudgedRanking r, int k) {
        int n = 0;
        int depth = Math.min(k, r.retrieved());
        for (int i = 0; i < depth; i++) {
            if (r.relevant(i)) {
                n++;
            }
        }
        return n;
    }

    private static double log2(double x) {
        return Math.log(x) / LN2;
    }
}
