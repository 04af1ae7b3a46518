package org.priorart.eval.metrics;

import java.util.List;

/**
 * The evaluation of one run against the qrels.
 *
 * @param run              the run's name
 * @param topics           the averaged topics, by topic id (trec_eval's order: {@code strcmp})
 * @param means            the mean of each {@link Measure} over {@code topics} (0 when there are none)
 * @param recallCurve      mean recall at ranks 1, 2, ... (element k-1 is recall at k) over {@code topics}
 * @param notInQrels       topics of the run that the qrels do not have: not evaluated
 * @param withoutResults   qrels topics the run retrieved nothing for: not averaged, or averaged as 0
 *                         with {@link EvalOptions#complete()}
 * @param withoutRelevant  qrels topics without a relevant document: averaged as 0, or left out with
 *                         {@link EvalOptions#skipTopicsWithoutRelevant()}
 */
public record RunEvaluation(String run, List<TopicScores> topics, double[] means, double[] recallCurve,
                            List<String> notInQrels, List<String> withoutResults, List<String> withoutRelevant) {

    public double mean(Measure measure) {
        return means[measure.ordinal()];
    }

    /** The scores of a topic, or null when the topic was not averaged. */
    public TopicScores topic(String id) {
        for (TopicScores t : topics) {
            if (t.topic().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
