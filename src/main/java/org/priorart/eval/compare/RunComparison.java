package org.priorart.eval.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.metrics.TopicScores;

/**
 * A run compared with a baseline, measure by measure, paired on the topics both runs averaged
 * (which are all qrels topics with {@code complete}, and usually the same topics otherwise).
 *
 * @param baseline the baseline run's name
 * @param run      the compared run's name
 * @param topics   the paired topics
 * @param measures one comparison per {@link Measure}, in the enum's order
 */
public record RunComparison(String baseline, String run, List<String> topics, List<MeasureComparison> measures) {

    public MeasureComparison of(Measure measure) {
        return measures.get(measure.ordinal());
    }

    /**
     * Compares {@code other} with {@code base}: per-topic deltas, the paired randomization test with
     * the given number of permutations and seed, the paired t-test, wins, losses and ties.
     */
    public static RunComparison compare(RunEvaluation base, RunEvaluation other, int permutations, long seed) {
        Map<String, TopicScores> otherByTopic = new HashMap<>();
        other.topics().forEach(t -> otherByTopic.put(t.topic(), t));
        List<String> paired = new ArrayList<>();
        List<TopicScores> a = new ArrayList<>();
        List<TopicScores> b = new ArrayList<>();
        for (TopicScores t : base.topics()) {
            TopicScores o = otherByTopic.get(t.topic());
            if (o != null) {
                paired.add(t.topic());
                a.add(t);
                b.add(o);
            }
        }
        List<MeasureComparison> measures = new ArrayList<>();
        for (Measure m : Measure.values()) {
            double[] x = new double[paired.size()];
            double[] y = new double[paired.size()];
            int wins = 0;
            int losses = 0;
            int ties = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = a.get(i).value(m);
                y[i] = b.get(i).value(m);
                double d = y[i] - x[i];
                // equal up to rounding is a tie: 1/3 computed two ways must not be a "win"
                if (Math.abs(d) <= 1e-12) {
                    ties++;
                } else if (d > 0) {
                    wins++;
                } else {
                    losses++;
                }
            }
            measures.add(new MeasureComparison(m, mean(x), mean(y),
                    RandomizationTest.pValue(x, y, permutations, seed), PairedTTest.pValue(x, y), wins, losses, ties));
        }
        return new RunComparison(base.run(), other.run(), List.copyOf(paired), List.copyOf(measures));
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
