package org.priorart.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Relevance judgments: for each topic, the judged documents and their relevance value. Values are
 * graded (0 = judged not relevant, 1, 2, ... more relevant); a negative value marks a document that
 * was in the pool but not judged (trec_eval's convention, used by infAP) and counts as neither
 * relevant nor judged. A document without a judgment is not relevant. Which values count as
 * relevant for binary measures is the evaluation's relevance level (1 unless told otherwise).
 * Document ids are normalized ({@link DocIds}).
 */
public final class Qrels {

    private final Map<String, Map<String, Integer>> byTopic;

    /** @param byTopic topic id to (document id to relevance value), in the order to report topics */
    public Qrels(Map<String, Map<String, Integer>> byTopic) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        byTopic.forEach((topic, judgments) -> copy.put(topic, Collections.unmodifiableMap(new LinkedHashMap<>(judgments))));
        this.byTopic = Collections.unmodifiableMap(copy);
    }

    /** The topics that have at least one judgment line (relevant or not). */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    public boolean has(String topic) {
        return byTopic.containsKey(topic);
    }

    /** The judgments of a topic (document id to value); empty when the topic has none. */
    public Map<String, Integer> judgments(String topic) {
        return byTopic.getOrDefault(topic, Map.of());
    }

    /** Number of documents of the topic with a value of at least {@code relevanceLevel}. */
    public int relevantCount(String topic, int relevanceLevel) {
        int n = 0;
        for (int rel : judgments(topic).values()) {
            if (rel >= relevanceLevel) {
                n++;
            }
        }
        return n;
    }

    /** Total number of judgment lines. */
    public int size() {
        return byTopic.values().stream().mapToInt(Map::size).sum();
    }
}
