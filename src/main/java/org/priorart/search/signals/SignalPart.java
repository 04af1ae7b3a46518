package org.priorart.search.signals;

/**
 * What one signal gave a hit: its raw value, its value after normalization, its weight and the
 * product, its contribution to the fused score (the contributions add up to the score).
 *
 * @param name         the signal ({@link Signal#lowerName()})
 * @param raw          its raw value (BM25 score, cosine, overlap...), or null when the candidate
 *                     is missing from that signal's list
 * @param normalized   the value fused (z-score, min-max, reciprocal rank, or the raw value)
 * @param weight       its weight
 * @param contribution {@code weight * normalized}
 */
public record SignalPart(String name, Double raw, double normalized, double weight, double contribution) {
}
