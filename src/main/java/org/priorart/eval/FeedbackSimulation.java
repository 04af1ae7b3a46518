package org.priorart.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.search.signals.Feedback;

/**
 * Simulated examiner feedback, scored the standard way for feedback (the residual method): an
 * examiner looks at the first {@link #SEEN} hits of a run and tags the relevant ones (X/Y; with
 * {@code negatives}, the others as not relevant); the topic is searched again with that feedback;
 * the tagged documents are removed from both rankings and from the judgments, and the residual
 * ranking with feedback is scored against the residual ranking without it. Topics with nothing
 * relevant left are dropped; topics where nothing was tagged keep their ranking unchanged.
 */
public final class FeedbackSimulation {

    /** The hits the simulated examiner reads. */
    public static final int SEEN = 10;

    /**
     * What came out.
     *
     * @param withoutFeedback the residual of the run itself
     * @param withFeedback    the residual of the run searched again with the feedback
     * @param residual        the judgments without the tagged documents, of the topics kept
     * @param topics          topics kept (something relevant left)
     * @param withTags        of which got positive feedback
     */
    public record Outcome(Run withoutFeedback, Run withFeedback, Qrels residual, int topics, int withTags) {
    }

    private FeedbackSimulation() {
    }

    public static Outcome run(ServiceTopicSearcher searcher, List<Topic> topics, Run base, String mode, int top,
                              Qrels qrels, int relevanceLevel, boolean negatives) throws IOException {
        Map<String, List<RankedDoc>> without = new LinkedHashMap<>();
        Map<String, List<RankedDoc>> with = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> residual = new LinkedHashMap<>();
        int withTags = 0;
        for (Topic topic : topics) {
            List<RankedDoc> ranking = base.ranking(topic.id());
            Map<String, Integer> judged = qrels.judgments(topic.id());
            if (ranking.isEmpty() || judged.isEmpty()) {
                continue;
            }
            List<String> tagged = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            for (RankedDoc d : ranking.subList(0, Math.min(SEEN, ranking.size()))) {
                (judged.getOrDefault(d.docId(), 0) >= relevanceLevel ? tagged : rejected).add(d.docId());
            }
            Map<String, Integer> left = new LinkedHashMap<>(judged);
            tagged.forEach(left::remove);
            if (left.values().stream().noneMatch(r -> r >= relevanceLevel)) {
                continue;
            }
            residual.put(topic.id(), left);
            Set<String> removed = new HashSet<>(tagged);
            without.put(topic.id(), minus(ranking, removed));
            Feedback feedback = new Feedback(tagged, negatives ? rejected : List.of());
            if (tagged.isEmpty() && feedback.negative().isEmpty()) {
                with.put(topic.id(), minus(ranking, removed));
                continue;
            }
            withTags += tagged.isEmpty() ? 0 : 1;
            with.put(topic.id(), minus(searcher.search(topic, mode, top, feedback), removed));
        }
        return new Outcome(new Run(mode + "-residual", without), new Run(mode + "-feedback", with), new Qrels(residual),
                residual.size(), withTags);
    }

    private static List<RankedDoc> minus(List<RankedDoc> ranking, Set<String> removed) {
        return ranking.stream().filter(d -> !removed.contains(d.docId())).toList();
    }

    /** Writes judgments in the TREC qrels format. */
    public static void writeQrels(Qrels qrels, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String topic : qrels.topics()) {
                for (Map.Entry<String, Integer> j : qrels.judgments(topic).entrySet()) {
                    out.write(topic + " 0 " + j.getKey() + " " + j.getValue());
                    out.newLine();
                }
            }
        }
    }
}
