package org.priorart.eval.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.priorart.eval.metrics.Measure;

/**
 * What one measure of one run must satisfy: a floor ({@code min}), a ceiling ({@code max}), and/or
 * a value with a tolerance ({@code expected} ± {@code tolerance}, two-sided: a jump up is as
 * suspicious as a drop, and says the expectation wants updating). Null parts are not checked.
 */
public record Bound(String run, Measure measure, Double min, Double max, Double expected, Double tolerance) {

    /** Absorbs the rounding of means (0.9 computed as 0.8999999999999999 still meets min 0.9). */
    static final double EPSILON = 1e-9;

    public Bound {
        if (min == null && max == null && expected == null) {
            throw new IllegalArgumentException("a bound needs min, max or expected");
        }
        if ((expected == null) != (tolerance == null)) {
            throw new IllegalArgumentException("expected and tolerance go together");
        }
        if (tolerance != null && tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /** The failures of a value against this bound, for people; empty when it passes. */
    public List<String> violations(double value) {
        List<String> out = new ArrayList<>();
        if (min != null && value < min - EPSILON) {
            out.add(String.format(Locale.ROOT, "%.4f is below the minimum %.4f", value, min));
        }
        if (max != null && value > max + EPSILON) {
            out.add(String.format(Locale.ROOT, "%.4f is above the maximum %.4f", value, max));
        }
        if (expected != null && Math.abs(value - expected) > tolerance + EPSILON) {
            out.add(String.format(Locale.ROOT, "%.4f is outside %.4f ± %.4f%s", value, expected, tolerance,
                    value > expected ? " (better than expected: update the expectation)" : ""));
        }
        return out;
    }

    /** The bound in words: "min 0.9000", "0.9500 ± 0.0200". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (min != null) {
            parts.add(String.format(Locale.ROOT, "min %.4f", min));
        }
        if (max != null) {
            parts.add(String.format(Locale.ROOT, "max %.4f", max));
        }
        if (expected != null) {
            parts.add(String.format(Locale.ROOT, "%.4f ± %.4f", expected, tolerance));
        }
        return String.join(", ", parts);
    }
}
