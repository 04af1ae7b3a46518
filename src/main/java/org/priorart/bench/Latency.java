package org.priorart.bench;

import java.util.Arrays;

/**
 * The latency of one measured thing over a set of queries, in milliseconds: median, 95th
 * percentile and mean. The mean is what a sequential batch pays per query; the percentiles are
 * what one user sees.
 */
public record Latency(int count, double p50, double p95, double mean) {

    /** The figures of per-query times (milliseconds). */
    public static Latency of(double[] millis) {
        if (millis.length == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(millis.length, percentile(sorted, 50), percentile(sorted, 95), Arrays.stream(millis).average().orElse(0));
    }

    /** Nearest-rank percentile of sorted values (the value at or above p% of them). */
    static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Per query, {@code a[i] + b[i]}: a search plus its query embedding made apart. */
    static double[] plus(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    /** Per query, {@code a[i] - b[i]}: a search without the query embedding it included. */
    static double[] minus(double[] a, double[] b) {
        double[] diff = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            diff[i] = a[i] - b[i];
        }
        return diff;
    }
}
