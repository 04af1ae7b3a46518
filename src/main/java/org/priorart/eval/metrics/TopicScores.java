package org.priorart.eval.metrics;

/**
 * The measures of one topic of one run.
 *
 * @param topic             the topic id
 * @param retrieved         documents retrieved ({@code num_ret})
 * @param relevant          relevant documents of the topic ({@code num_rel})
 * @param relevantRetrieved relevant documents retrieved ({@code num_rel_ret})
 * @param values            one value per {@link Measure}, indexed by {@link Measure#ordinal()}
 */
public record TopicScores(String topic, int retrieved, int relevant, int relevantRetrieved, double[] values) {

    public double value(Measure measure) {
        return values[measure.ordinal()];
    }
}
