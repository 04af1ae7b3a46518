package org.priorart.search.signals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.priorart.engine.Ranking;

/**
 * One signal's raw values over the candidates of a fusion, and how it is fused.
 *
 * @param signal        the signal
 * @param raw           per candidate (in the fusion's candidate order), NaN where the candidate is
 *                      missing from the signal's list
 * @param list          the values of the signal's own list, in its own order: the mean, deviation,
 *                      minimum and maximum are taken over these (in this order, so a two-signal
 *                      fusion adds up exactly as the fusion before it did)
 * @param ranks         per candidate, its 1-based rank in the list, 0 where missing
 * @param normalization how the values are normalized
 * @param weight        the weight of the normalized value
 */
public record SignalColumn(Signal signal, double[] raw, double[] list, int[] ranks, Normalization normalization,
                           double weight) {

    /** A ranking's scores as a column over the candidates. */
    public static SignalColumn of(Signal signal, Ranking.Ranks ranking, List<String> candidates,
                                  Normalization normalization, double weight) {
        double[] raw = new double[candidates.size()];
        int[] ranks = new int[candidates.size()];
        for (int i = 0; i < raw.length; i++) {
            Integer rank = ranking.rank(candidates.get(i));
            ranks[i] = rank == null ? 0 : rank;
            raw[i] = rank == null ? Double.NaN : ranking.ranking().entries().get(rank - 1).score();
        }
        List<Ranking.Entry> entries = ranking.ranking().entries();
        double[] list = new double[entries.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = entries.get(i).score();
        }
        return new SignalColumn(signal, raw, list, ranks, normalization, weight);
    }

    /** Computed values as a column: the list is the finite values, ranked by value (best first, stable). */
    public static SignalColumn of(Signal signal, double[] raw, Normalization normalization, double weight) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!Double.isNaN(raw[i])) {
                present.add(i);
            }
        }
        double[] list = new double[present.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = raw[present.get(i)];
        }
        present.sort(Comparator.comparingDouble((Integer i) -> -raw[i]));
        int[] ranks = new int[raw.length];
        for (int r = 0; r < present.size(); r++) {
            ranks[present.get(r)] = r + 1;
        }
        return new SignalColumn(signal, raw, list, ranks, normalization, weight);
    }

    /** The same column with another weight. */
    public SignalColumn withWeight(double w) {
        return new SignalColumn(signal, raw, list, ranks, normalization, w);
    }

    /** The normalized values per candidate (see {@link Normalization}). */
    public double[] normalized(int rrfK) {
        double[] out = new double[raw.length];
        switch (normalization) {
            case RAW -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.isNaN(raw[i]) ? 0 : raw[i];
                }
            }
            case RRF -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = ranks[i] == 0 ? 0 : 1.0 / (rrfK + ranks[i]);
                }
            }
            case MINMAX, ZSCORE -> {
                if (list.length == 0) {
                    return out;
                }
                double min = Double.MAX_VALUE;
                double max = -Double.MAX_VALUE;
                double mean = 0;
                for (double v : list) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    mean += v;
                }
                mean /= list.length;
                double sd = 0;
                for (double v : list) {
                    sd += (v - mean) * (v - mean);
                }
                sd = Math.sqrt(sd / list.length);
                for (int i = 0; i < out.length; i++) {
                    boolean missing = Double.isNaN(raw[i]);
                    out[i] = normalization == Normalization.MINMAX
                            // Missing from the list: below all its entries, i.e. at its minimum (0 after scaling).
                            ? (missing || max == min ? (missing ? 0 : 1) : (raw[i] - min) / (max - min))
                            : (sd == 0 ? 0 : ((missing ? min : raw[i]) - mean) / sd);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return signal.lowerName() + " " + normalization + " w=" + weight + " " + Arrays.toString(Arrays.copyOf(raw, Math.min(5, raw.length)));
    }
}
