package org.priorart.search.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fuses any number of signal columns over the same candidates: each column normalized, weighted and
 * added. Ties go to the better keyword rank, then the better semantic rank (stable paging; what the
 * two-signal fusion did), then the candidate order.
 */
public final class SignalFusion {

    /** A fused candidate: its score and, per column, what it contributed. */
    public record Scored(String key, double score, List<SignalPart> parts) {

        public Scored {
            parts = List.copyOf(parts);
        }

        /** The contribution of a signal, or NaN when it did not take part. */
        public double contribution(Signal signal) {
            for (SignalPart p : parts) {
                if (p.name().equals(signal.lowerName())) {
                    return p.contribution();
                }
            }
            return Double.NaN;
        }
    }

    private SignalFusion() {
    }

    public static List<Scored> fuse(List<String> candidates, List<SignalColumn> columns, int rrfK) {
        int n = candidates.size();
        double[][] normalized = new double[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            normalized[c] = columns.get(c).normalized(rrfK);
        }
        int[] keywordRank = ranksOf(columns, Signal.KEYWORD, n);
        int[] semanticRank = ranksOf(columns, Signal.SEMANTIC, n);
        List<Integer> order = new ArrayList<>(n);
        List<Scored> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<SignalPart> parts = new ArrayList<>(columns.size());
            double score = 0;
            for (int c = 0; c < columns.size(); c++) {
                SignalColumn col = columns.get(c);
                double contribution = col.weight() * normalized[c][i];
                score += contribution;
                double raw = col.raw()[i];
                parts.add(new SignalPart(col.signal().lowerName(), Double.isNaN(raw) ? null : raw, normalized[c][i],
                        col.weight(), contribution));
            }
            scored.add(new Scored(candidates.get(i), score, parts));
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scored.get(i).score())
                .thenComparingInt(i -> keywordRank[i])
                .thenComparingInt(i -> semanticRank[i]));
        List<Scored> out = new ArrayList<>(n);
        order.forEach(i -> out.add(scored.get(i)));
        return out;
    }

    /** Ranks of a signal's column per candidate, missing (or no such column) last. */
    private static int[] ranksOf(List<SignalColumn> columns, Signal signal, int n) {
        int[] out = new int[n];
        java.util.Arrays.fill(out, Integer.MAX_VALUE);
        for (SignalColumn c : columns) {
            if (c.signal() == signal) {
                for (int i = 0; i < n; i++) {
                    out[i] = c.ranks()[i] == 0 ? Integer.MAX_VALUE : c.ranks()[i];
                }
            }
        }
        return out;
    }
}
