package org.priorart.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run: the ranked documents a system returned for each topic, under a name (the mode, or the run
 * file's name). Each topic's list is kept in {@link RankedDoc#TREC_EVAL_ORDER}, the order every
 * measure and the written run file use, so that position i is rank i + 1.
 *
 * @param name   the run's name in reports and in regression expectations
 * @param topics topic id to its ranked documents, in the order topics were given
 */
public record Run(String name, Map<String, List<RankedDoc>> topics) {

    public Run {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a run needs a name");
        }
        Map<String, List<RankedDoc>> sorted = new LinkedHashMap<>();
        topics.forEach((topic, docs) -> {
            List<RankedDoc> ranked = new ArrayList<>(docs);
            ranked.sort(RankedDoc.TREC_EVAL_ORDER);
            sorted.put(topic, Collections.unmodifiableList(ranked));
        });
        topics = Collections.unmodifiableMap(sorted);
    }

    /** The ranking of a topic; empty when the run has nothing for it. */
    public List<RankedDoc> ranking(String topic) {
        return topics.getOrDefault(topic, List.of());
    }

    /** True when the run retrieved at least one document for the topic (trec_eval's "has results"). */
    public boolean hasResults(String topic) {
        return !ranking(topic).isEmpty();
    }

    /** The deepest ranking of any topic. */
    public int depth() {
        return topics.values().stream().mapToInt(List::size).max().orElse(0);
    }
}
