package org.priorart.search;

import java.util.List;
import org.priorart.search.signals.SignalPart;

/**
 * Why a hit is where it is: its place and score in each ranking, and the fused score.
 *
 * @param keywordRank   1-based rank in the BM25 ranking, or null when BM25 did not retrieve it
 * @param keywordScore  its BM25 score, or null
 * @param semanticRank  1-based rank in the semantic ranking, or null
 * @param semanticScore cosine similarity of its best passage to the query, or null
 * @param fusedScore    the score it is ranked by (equal to one of the above outside hybrid mode)
 * @param fusion        how the scores were fused ("rrf k=60 w=0.5"), or the mode's name
 * @param passage       the best matching passage (semantic), or null
 * @param keywordPart   hybrid mode: the keyword side's weighted term of the fused score (normalized
 *                      score or reciprocal rank times its weight), else null
 * @param semanticPart  hybrid mode: the semantic side's term; with the two text signals only,
 *                      {@code keywordPart + semanticPart == fusedScore}
 * @param signals       hybrid mode: every signal that took part, with its raw value, normalized value,
 *                      weight and contribution (the contributions add up to {@code fusedScore}), so a
 *                      front end can show what each signal contributed; empty outside hybrid mode
 */
public record Explanation(Integer keywordRank, Double keywordScore, Integer semanticRank, Double semanticScore,
                          double fusedScore, String fusion, BestPassage passage, Double keywordPart,
                          Double semanticPart, List<SignalPart> signals) {

    public Explanation {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** An explanation without the parts (outside hybrid mode). */
    public Explanation(Integer keywordRank, Double keywordScore, Integer semanticRank, Double semanticScore,
                       double fusedScore, String fusion, BestPassage passage) {
        this(keywordRank, keywordScore, semanticRank, semanticScore, fusedScore, fusion, passage, null, null, List.of());
    }

    /** An explanation with the two text parts only. */
    public Explanation(Integer keywordRank, Double keywordScore, Integer semanticRank, Double semanticScore,
                       double fusedScore, String fusion, BestPassage passage, Double keywordPart, Double semanticPart) {
        this(keywordRank, keywordScore, semanticRank, semanticScore, fusedScore, fusion, passage, keywordPart,
                semanticPart, List.of());
    }

    /**
     * The passage that made a hit semantically close.
     *
     * @param location "abstract", "claim 3", "description paragraph 12"
     * @param text     the passage text
     * @param score    its cosine similarity to the query
     */
    public record BestPassage(String location, String text, double score) {
    }
}
