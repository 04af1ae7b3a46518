package org.priorart.eval.compare;

/**
 * The paired two-sided t-test on per-topic scores: t = mean(d) / (sd(d) / sqrt(n)) with
 * d = b - a and n - 1 degrees of freedom. Smucker, Allan and Carterette (CIKM 2007, "A comparison of
 * statistical significance tests for information retrieval evaluation") found it to agree closely
 * with the randomization test on IR measures; both are reported.
 */
public final class PairedTTest {

    private PairedTTest() {
    }

    /**
     * The two-sided p-value; NaN with fewer than two topics. When every difference is equal the
     * variance is 0: p is 1 if they are all 0 and 0 otherwise (a constant non-zero gain).
     */
    public static double pValue(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and " + b.length);
        }
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += b[i] - a[i];
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double dev = b[i] - a[i] - mean;
            squares += dev * dev;
        }
        double sd = Math.sqrt(squares / (n - 1));
        if (sd == 0 || sd < 1e-12 * Math.abs(mean)) {
            return Math.abs(mean) < 1e-15 ? 1 : 0;
        }
        double t = mean / (sd / Math.sqrt(n));
        return StudentT.twoSidedP(t, n - 1);
    }
}
