package org.priorart.bench.growth;

import java.util.List;

/**
 * How a figure grows with size, and where it crosses a limit: a power law {@code y = c * n^a} through
 * the last two measured sizes (the exponent {@code a} says how latency grows: 1 is linear, 0 flat),
 * extrapolated to the size where it reaches the limit.
 */
public final class GrowthEstimate {

    private GrowthEstimate() {
    }

    /** The exponent {@code a} between two sizes; NaN when a figure is not positive. */
    public static double exponent(double n1, double y1, double n2, double y2) {
        if (n1 <= 0 || n2 <= n1 || y1 <= 0 || y2 <= 0) {
            return Double.NaN;
        }
        return Math.log(y2 / y1) / Math.log(n2 / n1);
    }

    /**
     * The size where {@code y} reaches {@code limit}, going on at exponent {@code a} from
     * {@code (n, y)}: {@code n} itself when already there, infinity when it does not grow.
     */
    public static double sizeAt(double n, double y, double a, double limit) {
        if (y >= limit) {
            return n;
        }
        if (!(a > 0.01)) {
            return Double.POSITIVE_INFINITY;
        }
        return n * Math.pow(limit / y, 1 / a);
    }

    /** The size where a per-item cost fills a budget: {@code budget / perItem}. */
    public static double sizeFitting(double budgetBytes, double bytesPerItem) {
        return bytesPerItem <= 0 ? Double.POSITIVE_INFINITY : budgetBytes / bytesPerItem;
    }

    /** The steps of one backend, in size order. */
    static List<KeywordStep> of(List<KeywordStep> steps, String backend) {
        return steps.stream().filter(s -> s.backend().equals(backend)).toList();
    }

    /**
     * A count for the report: "1.2 M", "350 k"; past a billion "beyond 1,000 M" (an extrapolation
     * that far says only that the limit is not in sight: the world's patents are about 150 M).
     */
    public static String count(double n) {
        if (Double.isInfinite(n) || Double.isNaN(n)) {
            return "no limit in sight (latency does not grow)";
        }
        if (n >= 1e9) {
            return "beyond 1,000 M";
        }
        if (n >= 1e6) {
            return String.format("%.1f M", n / 1e6);
        }
        return String.format("%.0f k", n / 1e3);
    }
}
