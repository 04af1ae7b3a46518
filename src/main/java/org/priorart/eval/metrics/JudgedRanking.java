package org.priorart.eval.metrics;

import java.util.List;
import java.util.Map;
import org.priorart.eval.RankedDoc;

/**
 * A topic's ranking with each retrieved document replaced by its judgment, plus the counts of
 * judged documents per relevance value: everything the measures need, the equivalent of trec_eval's
 * {@code RES_RELS} as built by form_res_rels.c.
 *
 * <p>Conventions taken from form_res_rels.c: a retrieved document that the qrels do not mention gets
 * {@link #NOT_JUDGED} (trec_eval's {@code RELVALUE_NONPOOL}, -1); one the qrels list with a negative
 * value gets {@link #UNJUDGED_IN_POOL} ({@code RELVALUE_UNJUDGED}, -2); both are non-relevant for
 * every measure here. Relevant means a value of at least the relevance level (trec_eval's
 * {@code -l}, 1 by default); the number of relevant documents counts all the topic's judgments,
 * retrieved or not.
 */
public final class JudgedRanking {

    public static final int NOT_JUDGED = -1;
    public static final int UNJUDGED_IN_POOL = -2;

    private final int[] rels;
    private final int relevantCount;
    private final int[] levelCounts;
    private final int relevanceLevel;

    private JudgedRanking(int[] rels, int relevantCount, int[] levelCounts, int relevanceLevel) {
        this.rels = rels;
        this.relevantCount = relevantCount;
        this.levelCounts = levelCounts;
        this.relevanceLevel = relevanceLevel;
    }

    /**
     * @param ranking        the retrieved documents in {@link RankedDoc#TREC_EVAL_ORDER}
     * @param judgments      the topic's qrels: document id to relevance value
     * @param relevanceLevel the smallest value that counts as relevant
     */
    public static JudgedRanking of(List<RankedDoc> ranking, Map<String, Integer> judgments, int relevanceLevel) {
        int[] rels = new int[ranking.size()];
        for (int i = 0; i < rels.length; i++) {
            Integer rel = judgments.get(ranking.get(i).docId());
            rels[i] = rel == null ? NOT_JUDGED : rel < 0 ? UNJUDGED_IN_POOL : rel;
        }
        int maxRel = 0;
        for (int rel : judgments.values()) {
            maxRel = Math.max(maxRel, rel);
        }
        int[] levelCounts = new int[maxRel + 1];
        int relevant = 0;
        for (int rel : judgments.values()) {
            if (rel >= 0) {
                levelCounts[rel]++;
                if (rel >= relevanceLevel) {
                    relevant++;
                }
            }
        }
        return new JudgedRanking(rels, relevant, levelCounts, relevanceLevel);
    }

    /** Number of retrieved documents (trec_eval's {@code num_ret}). */
    public int retrieved() {
        return rels.length;
    }

    /** The judgment of the document at 0-based position i (rank i + 1). */
    public int rel(int i) {
        return rels[i];
    }

    /** True when the document at 0-based position i is relevant. */
    public boolean relevant(int i) {
        return rels[i] >= relevanceLevel;
    }

    /** Number of relevant documents of the topic, retrieved or not (trec_eval's {@code num_rel}). */
    public int relevantCount() {
        return relevantCount;
    }

    /** Number of relevant documents retrieved at any rank ({@code num_rel_ret}). */
    public int relevantRetrieved() {
        int n = 0;
        for (int i = 0; i < rels.length; i++) {
            if (relevant(i)) {
                n++;
            }
        }
        return n;
    }

    /** How many judged documents have the value v (v = 0 .. highest value); trec_eval's {@code rel_levels}. */
    public int levelCount(int v) {
        return v < levelCounts.length ? levelCounts[v] : 0;
    }

    /** The highest relevance value any judgment of the topic has (0 when none is positive). */
    public int highestLevel() {
        return levelCounts.length - 1;
    }

    public int relevanceLevel() {
        return relevanceLevel;
    }
}
