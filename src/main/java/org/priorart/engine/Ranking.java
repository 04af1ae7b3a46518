package org.priorart.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ranked list of patents by key, best first, with their scores: what an engine's keyword (BM25)
 * or nearest-neighbour (cosine of the best passage) ranking gives, and what fusion takes. Each key
 * appears once.
 *
 * @param entries   the ranked patents
 * @param total     how many patents matched (a lower bound when {@code totalExact} is false)
 * @param totalExact whether {@code total} was counted exactly (counting every match of a broad
 *                  query costs time nobody needs)
 */
public record Ranking(List<Entry> entries, long total, boolean totalExact) {

    /** An entry without a passage (keyword rankings). */
    public static final long NO_PASSAGE = -1;

    /** The empty ranking: nothing searched. */
    public static final Ranking EMPTY = new Ranking(List.of(), 0, true);

    /**
     * One ranked patent.
     *
     * @param key     the patent's key ({@link org.priorart.patent.PublicationNumber#key()})
     * @param score   its BM25 score, or the cosine similarity of its best passage
     * @param passage the engine's handle on that best passage ({@link EngineView#passages}), valid
     *                in the view that ranked it; {@link #NO_PASSAGE} in a keyword ranking
     */
    public record Entry(String key, double score, long passage) {
    }

    public Ranking {
        entries = List.copyOf(entries);
    }

    /** The ranks by key, for looking entries up (fusion, explanations). */
    public Ranks ranks() {
        return new Ranks(this);
    }

    /** A ranking's entries by key. */
    public static final class Ranks {
        private final Ranking ranking;
        private final Map<String, Integer> rankOf;

        private Ranks(Ranking ranking) {
            this.ranking = ranking;
            this.rankOf = new HashMap<>(ranking.entries().size() * 2);
            List<Entry> entries = ranking.entries();
            for (int i = 0; i < entries.size(); i++) {
                rankOf.putIfAbsent(entries.get(i).key(), i + 1);
            }
        }

        public Ranking ranking() {
            return ranking;
        }

        /** 1-based rank of a patent, or null when it is not in the ranking. */
        public Integer rank(String key) {
            return rankOf.get(key);
        }

        /** The entry of a patent, or null. */
        public Entry entry(String key) {
            Integer r = rankOf.get(key);
            return r == null ? null : ranking.entries().get(r - 1);
        }
    }
}
