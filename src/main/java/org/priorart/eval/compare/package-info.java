/**
 * Runs compared with a baseline, measure by measure, paired on topics: the mean difference, wins,
 * losses and ties, and two significance tests on the per-topic differences, Fisher's randomization
 * test ({@link org.priorart.eval.compare.RandomizationTest}, the one IR recommends) and the paired
 * t-test ({@link org.priorart.eval.compare.PairedTTest}, with {@link org.priorart.eval.compare.StudentT}
 * for its p-value), both reported in {@link org.priorart.eval.compare.RunComparison}.
 */
package org.priorart.eval.compare;
