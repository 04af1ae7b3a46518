package org.priorart.eval.compare;

import org.priorart.eval.metrics.Measure;

/**
 * One measure of one run against the baseline, over the topics both averaged.
 *
 * @param measure        the measure
 * @param baseline       the baseline's mean over the paired topics
 * @param run            the run's mean over the paired topics
 * @param pRandomization two-sided p of the paired randomization test
 * @param pTTest         two-sided p of the paired t-test (NaN with fewer than 2 topics)
 * @param wins           topics where the run scores higher
 * @param losses         topics where it scores lower
 * @param ties           topics where both score the same
 */
public record MeasureComparison(Measure measure, double baseline, double run, double pRandomization, double pTTest,
                                int wins, int losses, int ties) {

    /** run - baseline. */
    public double delta() {
        return run - baseline;
    }
}
