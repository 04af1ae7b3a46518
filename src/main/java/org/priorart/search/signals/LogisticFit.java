package org.priorart.search.signals;

import java.util.List;

/**
 * Class-balanced L2-regularized logistic regression, fitted by iteratively reweighted least squares
 * (Newton's method): the fusion weights learned from judged candidates (relevant 1, the rest 0).
 * Each class weighs half of the loss (a topic has one or two relevant documents among a thousand);
 * the L2 penalty {@code lambda/2 * |w|^2} leaves the intercept free. The intercept is dropped from
 * the result: a ranking does not need it. Issue 14's research found lambda 100 generalizes (train MAP
 * close to cross-validated MAP) where coordinate ascent on MAP overfits. No maintained Java library
 * of the project's dependencies fits logistic regression; with a dozen features a direct Newton step
 * (a dozen-by-dozen linear system) is all it takes.
 */
public final class LogisticFit {

    /** Newton steps at most; it converges in well under this. */
    static final int MAX_ITERATIONS = 50;

    private LogisticFit() {
    }

    /**
     * The weights (without intercept).
     *
     * @param x      one row of feature values per example
     * @param y      per example, whether it is relevant
     * @param lambda the L2 penalty, at least 0
     */
    public static double[] fit(List<double[]> x, List<Boolean> y, double lambda) {
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no examples to fit");
        }
        int d = x.get(0).length + 1;
        long positives = y.stream().filter(b -> b).count();
        long negatives = y.size() - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("the examples need relevant and non-relevant ones, had " + positives
                    + " relevant of " + y.size());
        }
        double wPos = 0.5 * y.size() / positives;
        double wNeg = 0.5 * y.size() / negatives;
        double[] w = new double[d];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] row = row(x.get(n));
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double sw = y.get(n) ? wPos : wNeg;
                double r = sw * (p - (y.get(n) ? 1 : 0));
                double c = sw * p * (1 - p);
                for (int j = 0; j < d; j++) {
                    g[j] += r * row[j];
                    for (int k = 0; k <= j; k++) {
                        h[j][k] += c * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = j + 1; k < d; k++) {
                    h[j][k] = h[k][j];
                }
                if (j < d - 1) { // the intercept (last) is not penalized
                    g[j] += lambda * w[j];
                    h[j][j] += lambda;
                }
            }
            double[] step = solve(h, g);
            double largest = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-9) {
                break;
            }
        }
        double[] out = new double[d - 1];
        System.arraycopy(w, 0, out, 0, d - 1);
        return out;
    }

    private static double[] row(double[] features) {
        double[] r = new double[features.length + 1];
        System.arraycopy(features, 0, r, 0, features.length);
        r[features.length] = 1;
        return r;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-300) {
                throw new ArithmeticException("singular system: a feature is constant or a copy of another");
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[r][k] -= f * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
