package org.priorart.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuses a keyword and a semantic {@link Ranking} into one (see {@link Fusion}). Each candidate is a
 * patent in either list; its fused score and both ranks go into its {@link Explanation}.
 */
final class FusionRanker {

    /**
     * A fused entry. {@code keywordPart + semanticPart == score} in hybrid mode: the weighted terms of
     * the fusion, kept so a hit can show how much each side lifted it; NaN outside hybrid mode.
     */
    record Fused(int doc, double score, double keywordPart, double semanticPart) {
        Fused(int doc, double score) {
            this(doc, score, Double.NaN, Double.NaN);
        }
    }

    private FusionRanker() {
    }

    static List<Fused> fuse(Ranking keyword, Ranking semantic, Fusion fusion) {
        Set<Integer> candidates = new LinkedHashSet<>();
        keyword.entries().forEach(e -> candidates.add(e.doc()));
        semantic.entries().forEach(e -> candidates.add(e.doc()));
        double w = fusion.semanticWeight();
        Normalizer kw = new Normalizer(keyword, fusion.method());
        Normalizer sem = new Normalizer(semantic, fusion.method());
        List<Fused> fused = new ArrayList<>(candidates.size());
        for (int doc : candidates) {
            double keywordPart = switch (fusion.method()) {
                case RRF -> (1 - w) * rrf(keyword.rank(doc), fusion.rrfK());
                case MINMAX, ZSCORE -> (1 - w) * kw.value(doc);
            };
            double semanticPart = switch (fusion.method()) {
                case RRF -> w * rrf(semantic.rank(doc), fusion.rrfK());
                case MINMAX, ZSCORE -> w * sem.value(doc);
            };
            fused.add(new Fused(doc, keywordPart + semanticPart, keywordPart, semanticPart));
        }
        // Ties (rare with real scores) go to the better keyword rank, then the lower doc id: stable paging.
        fused.sort(Comparator.comparingDouble((Fused f) -> -f.score())
                .thenComparingInt(f -> keyword.rank(f.doc()) == null ? Integer.MAX_VALUE : keyword.rank(f.doc()))
                .thenComparingInt(Fused::doc));
        return fused;
    }

    private static double rrf(Integer rank, int k) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    /** A list's scores normalized; a document missing from the list gets the list's floor. */
    private static final class Normalizer {
        private final Ranking ranking;
        private final Fusion.Method method;
        private double min = Double.MAX_VALUE;
        private double max = -Double.MAX_VALUE;
        private double mean;
        private double sd;

        Normalizer(Ranking ranking, Fusion.Method method) {
            this.ranking = ranking;
            this.method = method;
            List<Ranking.Entry> entries = ranking.entries();
            for (Ranking.Entry e : entries) {
                min = Math.min(min, e.score());
                max = Math.max(max, e.score());
                mean += e.score();
            }
            if (!entries.isEmpty()) {
                mean /= entries.size();
                for (Ranking.Entry e : entries) {
                    sd += (e.score() - mean) * (e.score() - mean);
                }
                sd = Math.sqrt(sd / entries.size());
            }
        }

        double value(int doc) {
            Ranking.Entry e = ranking.entry(doc);
            if (ranking.size() == 0) {
                return 0;
            }
            return switch (method) {
                // Missing from the list: below all its entries, i.e. at its minimum (0 after scaling).
                case MINMAX -> e == null || max == min ? (e == null ? 0 : 1) : (e.score() - min) / (max - min);
                case ZSCORE -> sd == 0 ? 0 : ((e == null ? min : e.score()) - mean) / sd;
                case RRF -> throw new IllegalStateException("RRF does not normalize scores");
            };
        }
    }
}
