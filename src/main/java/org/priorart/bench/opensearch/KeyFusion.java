package org.priorart.bench.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.search.Fusion;

/**
 * PriorArt's hybrid fusion done on the client over two rankings by key, as a client of OpenSearch
 * fuses the two answers of one {@code _msearch}: the same methods, weights, treatment of a patent
 * missing from one list and tie order as PriorArt's own fusion (search.FusionRanker, which works on
 * Lucene doc ids and stays inside the search package). A test checks both order alike.
 */
public final class KeyFusion {

    private KeyFusion() {
    }

    public static List<RankedKey> fuse(List<RankedKey> keyword, List<RankedKey> semantic, Fusion fusion) {
        Map<String, Integer> keywordRank = ranks(keyword);
        Map<String, Integer> semanticRank = ranks(semantic);
        Set<String> candidates = new LinkedHashSet<>(keywordRank.keySet());
        candidates.addAll(semanticRank.keySet());
        double w = fusion.semanticWeight();
        Normalized kw = new Normalized(keyword, fusion.method());
        Normalized sem = new Normalized(semantic, fusion.method());
        List<RankedKey> fused = new ArrayList<>(candidates.size());
        for (String key : candidates) {
            double score = switch (fusion.method()) {
                case RRF -> (1 - w) * rrf(keywordRank.get(key), fusion.rrfK()) + w * rrf(semanticRank.get(key), fusion.rrfK());
                case MINMAX, ZSCORE -> (1 - w) * kw.value(key) + w * sem.value(key);
            };
            fused.add(new RankedKey(key, score));
        }
        // Ties go to the better keyword rank, as in PriorArt (then to the first seen: keys have no doc id order).
        fused.sort(Comparator.comparingDouble((RankedKey r) -> -r.score())
                .thenComparingInt(r -> keywordRank.getOrDefault(r.key(), Integer.MAX_VALUE)));
        return fused;
    }

    private static Map<String, Integer> ranks(List<RankedKey> ranking) {
        Map<String, Integer> ranks = new HashMap<>();
        for (RankedKey r : ranking) {
            ranks.putIfAbsent(r.key(), ranks.size() + 1);
        }
        return ranks;
    }

    private static double rrf(Integer rank, int k) {
        return rank == null ? 0 : 1.0 / (k + rank);
    }

    /** A list's scores normalized; a key missing from the list gets the list's floor. */
    private static final class Normalized {
        private final Map<String, Double> scores = new HashMap<>();
        private final Fusion.Method method;
        private double min = Double.MAX_VALUE;
        private double max = -Double.MAX_VALUE;
        private double mean;
        private double sd;

        Normalized(List<RankedKey> ranking, Fusion.Method method) {
            this.method = method;
            for (RankedKey r : ranking) {
                if (scores.putIfAbsent(r.key(), r.score()) == null) {
                    min = Math.min(min, r.score());
                    max = Math.max(max, r.score());
                    mean += r.score();
                }
            }
            if (!scores.isEmpty()) {
                mean /= scores.size();
                for (double s : scores.values()) {
                    sd += (s - mean) * (s - mean);
                }
                sd = Math.sqrt(sd / scores.size());
            }
        }

        double value(String key) {
            if (scores.isEmpty()) {
                return 0;
            }
            Double s = scores.get(key);
            return switch (method) {
                case MINMAX -> s == null || max == min ? (s == null ? 0 : 1) : (s - min) / (max - min);
                case ZSCORE -> sd == 0 ? 0 : ((s == null ? min : s) - mean) / sd;
                case RRF -> throw new IllegalStateException("RRF does not normalize scores");
            };
        }
    }
}
