package org.priorart.eval;

import java.util.Comparator;

/**
 * One retrieved document of a topic: its id (normalized, see {@link DocIds}) and its score. The rank
 * is not stored: like trec_eval, the evaluator derives it from the scores (see {@link #TREC_EVAL_ORDER}).
 *
 * @param docId the document id
 * @param score the retrieval score; higher is better
 */
public record RankedDoc(String docId, double score) {

    /**
     * trec_eval's ranking order (form_res_rels.c, {@code comp_sim_docno}): score descending, and
     * documents with equal scores by docid descending ({@code strcmp(p2->docno, p1->docno)}), so a
     * tie puts {@code d2} before {@code d1}. The rank column of a run file is ignored.
     */
    public static final Comparator<RankedDoc> TREC_EVAL_ORDER = (a, b) -> {
        // < and > as in C, not Double.compare: -0.0 and 0.0 are a tie there
        if (a.score > b.score) {
            return -1;
        }
        if (a.score < b.score) {
            return 1;
        }
        return b.docId.compareTo(a.docId);
    };

    public RankedDoc {
        if (docId == null || docId.isEmpty()) {
            throw new IllegalArgumentException("empty document id");
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of " + docId + " is not a number");
        }
    }
}
