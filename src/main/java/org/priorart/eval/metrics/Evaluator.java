package org.priorart.eval.metrics;

import java.util.ArrayList;
import java.util.List;
import org.priorart.eval.Qrels;
import org.priorart.eval.RankedDoc;
import org.priorart.eval.Run;

/**
 * Evaluates runs against qrels: per topic every {@link Measure}, then the means over the topics
 * that {@link EvalOptions} selects (by default exactly those trec_eval averages).
 */
public final class Evaluator {

    private final Qrels qrels;
    private final EvalOptions options;

    public Evaluator(Qrels qrels, EvalOptions options) {
        this.qrels = qrels;
        this.options = options;
    }

    public EvalOptions options() {
        return options;
    }

    /** The evaluation of a run, with a recall curve as deep as the run's deepest ranking. */
    public RunEvaluation evaluate(Run run) {
        return evaluate(run, Math.max(1, run.depth()));
    }

    /** The evaluation of a run, with a recall curve over ranks 1..curveDepth. */
    public RunEvaluation evaluate(Run run, int curveDepth) {
        List<String> notInQrels = new ArrayList<>();
        for (String topic : run.topics().keySet()) {
            if (!qrels.has(topic) && run.hasResults(topic)) {
                notInQrels.add(topic);
            }
        }
        List<String> withoutResults = new ArrayList<>();
        List<String> withoutRelevant = new ArrayList<>();
        List<TopicScores> scores = new ArrayList<>();
        double[] sums = new double[Measure.values().length];
        double[] curve = new double[curveDepth];
        // trec_eval goes through the qrels topics sorted by strcmp; the same order here makes the
        // floating-point sums (and so the last decimal) the same.
        List<String> topics = new ArrayList<>(qrels.topics());
        topics.sort(String::compareTo);
        for (String topic : topics) {
            List<RankedDoc> ranking = run.ranking(topic);
            if (ranking.isEmpty()) {
                withoutResults.add(topic);
                if (!options.complete()) {
                    continue;
                }
            }
            JudgedRanking judged = JudgedRanking.of(ranking, qrels.judgments(topic), options.relevanceLevel());
            if (judged.relevantCount() == 0) {
                withoutRelevant.add(topic);
                if (options.skipTopicsWithoutRelevant()) {
                    continue;
                }
            }
            double[] values = new double[Measure.values().length];
            for (Measure m : Measure.values()) {
                values[m.ordinal()] = m.of(judged);
                sums[m.ordinal()] += values[m.ordinal()];
            }
            double[] recall = Metrics.recallCurve(judged, curveDepth);
            for (int i = 0; i < curveDepth; i++) {
                curve[i] += recall[i];
            }
            scores.add(new TopicScores(topic, judged.retrieved(), judged.relevantCount(), judged.relevantRetrieved(), values));
        }
        int n = scores.size();
        if (n > 0) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] /= n;
            }
            for (int i = 0; i < curve.length; i++) {
                curve[i] /= n;
            }
        }
        return new RunEvaluation(run.name(), List.copyOf(scores), sums, curve,
                List.copyOf(notInQrels), List.copyOf(withoutResults), List.copyOf(withoutRelevant));
    }
}
