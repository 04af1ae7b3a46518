package org.priorart.eval.compare;

import java.util.Random;

/**
 * The paired two-sided randomization (permutation) test of Fisher, as recommended for IR by
 * Smucker, Allan and Carterette ("A comparison of statistical significance tests for information
 * retrieval evaluation", CIKM 2007). Under the null hypothesis the two systems are exchangeable on
 * each topic, so each per-topic difference d_i = b_i - a_i is as likely to have either sign. The
 * test draws {@code permutations} random sign assignments and counts those whose |sum of d| is at
 * least the observed one; p = (count + 1) / (permutations + 1), the estimate that never reports an
 * impossible p of 0 (Phipson and Smyth 2010). The generator is seeded, so the same input gives the
 * same p-value on every run and machine ({@link java.util.Random}'s algorithm is fixed by its
 * specification).
 */
public final class RandomizationTest {

    public static final int DEFAULT_PERMUTATIONS = 10_000;
    public static final long DEFAULT_SEED = 20100719L;

    private RandomizationTest() {
    }

    /** The two-sided p-value; 1 when there are no topics. */
    public static double pValue(double[] a, double[] b, int permutations, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and " + b.length);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be >= 1, was " + permutations);
        }
        int n = a.length;
        double[] d = new double[n];
        double observed = 0;
        for (int i = 0; i < n; i++) {
            d[i] = b[i] - a[i];
            observed += d[i];
        }
        observed = Math.abs(observed);
        // sums of the same numbers in another order differ in the last bits: do not let that decide
        double threshold = observed - 1e-9 * Math.max(1, observed);
        Random random = new Random(seed);
        int atLeastAsExtreme = 0;
        for (int p = 0; p < permutations; p++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += random.nextBoolean() ? d[i] : -d[i];
            }
            if (Math.abs(sum) >= threshold) {
                atLeastAsExtreme++;
            }
        }
        return (atLeastAsExtreme + 1.0) / (permutations + 1.0);
    }
}
