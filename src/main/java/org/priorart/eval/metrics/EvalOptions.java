package org.priorart.eval.metrics;

/**
 * How topics are chosen for averaging and what counts as relevant.
 *
 * <p>The default is trec_eval's default: a topic is averaged when it is in the qrels <em>and</em>
 * the run retrieved something for it; topics only in the run are ignored, and topics only in the
 * qrels are ignored too (trec_eval.c: "queries for which there are relevant docs but no retrieved
 * docs are also ignored by default"). A qrels topic without any relevant document is averaged with
 * 0 on every measure, as in trec_eval since version 8 (its CHANGELOG, 4/5/06: only queries without
 * any relevance information are ignored).
 *
 * @param relevanceLevel            the smallest judgment value that counts as relevant (trec_eval {@code -l}, default 1)
 * @param complete                  average over every topic of the qrels, a topic the run has nothing for
 *                                  scoring 0 (trec_eval {@code -c})
 * @param skipTopicsWithoutRelevant leave qrels topics without relevant documents out of the averages
 *                                  (not a trec_eval option: for qrels that list judged-irrelevant-only topics)
 */
public record EvalOptions(int relevanceLevel, boolean complete, boolean skipTopicsWithoutRelevant) {

    public static final EvalOptions TREC_EVAL_DEFAULT = new EvalOptions(1, false, false);

    public EvalOptions {
        if (relevanceLevel < 0) {
            throw new IllegalArgumentException("the relevance level must be >= 0, was " + relevanceLevel);
        }
    }
}
