package org.priorart.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.priorart.engine.Ranking;

/**
 * Fuses a keyword and a semantic {@link Ranking} into one, by patent key (see {@link Fusion}). Each
 * candidate is a patent in either list; its fused score, both ranks and both parts go into its
 * {@link Explanation}.
 */
final class FusionRanker {

    /**
     * A fused entry. {@code keywordPart + semanticPart == score} in hybrid mode: the weighted terms of
     * the fusion, kept so a hit can show how much each side lifted it; NaN outside hybrid mode.
     */
    record Fused(String key, double score, double keywordPart, double semanticPart) {
        Fused(String key, double score) {
            this(key, score, Double.NaN, Double.NaN);
        }
    }

    private FusionRanker() {
    }

    /** A single ranking as it ranks on its own (keyword or semantic mode). */
    static List<Fused> unfused(Ranking ranking) {
        List<Fused> out = new ArrayList<>(ranking.entries().size());
        for (Ranking.Entry e : ranking.entries()) {
            out.add(new Fused(e.key(), e.score()));
        }
        return out;
    }

    static List<Fused> fuse(Ranking.Ranks keyword, Ranking.Ranks semantic, Fusion fusion) {
        Set<String> candidates = new LinkedHashSet<>();
        keyword.ranking().entries().forEach(e -> candidates.add(e.key()));
        semantic.ranking().entries().forEach(e -> candidates.add(e.key()));
        double w = fusion.semanticWeight();
        Normalizer kw = new Normalizer(keyword, fusion.method());
        Normalizer sem = new Normalizer(semantic, fusion.method());
        List<Fused> fused = new ArrayList<>(candidates.size());
        for (String key : candidates) {
            double keywordPart = switch (fusion.method()) {
                case RRF -> (1 - w) * rrf(keyword.rank(key), fusion.rrfK());
                case MINMAX, ZSCORE -> (1 - w) * kw.value(key);
            };
            double semanticPart = switch (fusion.method()) {
                case RRF -> w * rrf(semantic.rank(key), fusion.rrfK());
                case MINMAX, ZSCORE -> w * sem.value(key);
            };
            fused.add(new Fused(key, keywordPart + semanticPart, keywordPart, semanticPart));
        }
        // Ties (rare with real scores) go to the better keyword rank, then the better semantic rank:
        // stable paging. Two candidates tie on both only when neither has a keyword rank, and then the
        // semantic ranking (score, then index order) has already ordered them.
        fused.sort(Comparator.comparingDouble((Fused f) -> -f.score())
                .thenComparingInt(f -> rankOrLast(keyword, f.key()))
                .thenComparingInt(f -> rankOrLast(semantic, f.key())));
        return fused;
    }

    private static int rankOrLast(Ranking.Ranks ranks, String key) {
        Integer rank = ranks.rank(key);
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    private static double rrf(Integer rank, int k) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    /** A list's scores normalized; a patent missing from the list gets the list's floor. */
    private static final class Normalizer {
        private final Ranking.Ranks ranks;
        private final Fusion.Method method;
        private double min = Double.MAX_VALUE;
        private double max = -Double.MAX_VALUE;
        private double mean;
        private double sd;

        Normalizer(Ranking.Ranks ranks, Fusion.Method method) {
            this.ranks = ranks;
            this.method = method;
            List<Ranking.Entry> entries = ranks.ranking().entries();
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

        double value(String key) {
            Ranking.Entry e = ranks.entry(key);
            if (ranks.ranking().entries().isEmpty()) {
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
