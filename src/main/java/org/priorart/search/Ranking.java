package org.priorart.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ranked list of patents (top-level Lucene doc ids) with scores; in a semantic ranking each
 * entry also names the passage document that scored it.
 */
final class Ranking {

    /** One entry: a patent, its score, and (semantic) its best passage's doc id, else -1. */
    record Entry(int doc, double score, int passageDoc) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, Integer> rankOf = new HashMap<>();
    private long total;
    private boolean totalExact = true;

    void add(int doc, double score, int passageDoc) {
        if (!rankOf.containsKey(doc)) {
            rankOf.put(doc, entries.size() + 1);
            entries.add(new Entry(doc, score, passageDoc));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** 1-based rank of a patent, or null when it is not in this ranking. */
    Integer rank(int doc) {
        return rankOf.get(doc);
    }

    Entry entry(int doc) {
        Integer r = rankOf.get(doc);
        return r == null ? null : entries.get(r - 1);
    }

    long total() {
        return total;
    }

    void total(long t) {
        total = t;
    }

    /** Whether {@link #total()} was counted exactly (Lucene stops counting broad matches). */
    boolean totalExact() {
        return totalExact;
    }

    void totalExact(boolean exact) {
        totalExact = exact;
    }

    int size() {
        return entries.size();
    }
}
