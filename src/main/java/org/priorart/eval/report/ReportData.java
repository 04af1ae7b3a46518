package org.priorart.eval.report;

import java.util.List;
import java.util.Map;
import org.priorart.eval.BatchResult;
import org.priorart.eval.Qrels;
import org.priorart.eval.Run;
import org.priorart.eval.Topic;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.RunEvaluation;

/**
 * Everything the report files show about one evaluation.
 *
 * @param qrelsFile    the qrels file, as given
 * @param qrels        the judgments
 * @param options      how topics were averaged
 * @param evaluations  one per run; the first is the baseline of the comparisons
 * @param runs         the runs by name (for the hits of the worst topics)
 * @param comparisons  every other run against the first
 * @param topics       the topics by id (empty when only runs were given)
 * @param warnings     what the user should know (missing topics, failed searches)
 * @param batches      the searches made, with their timings (empty when only runs were given)
 * @param checks       regression checks (empty without --check)
 * @param permutations permutations of the randomization test
 * @param seed         its seed
 * @param worstTopics  how many worst topics to show per run
 * @param totalNanos   wall time of the whole evaluation up to the report
 */
public record ReportData(String qrelsFile, Qrels qrels, EvalOptions options, List<RunEvaluation> evaluations,
                         Map<String, Run> runs, List<RunComparison> comparisons, Map<String, Topic> topics,
                         List<String> warnings, List<BatchResult> batches, List<GateCheck> checks,
                         int permutations, long seed, int worstTopics, long totalNanos) {

    /** The averaging rule in words, for the report and the console. */
    public String averagingRule() {
        String base = options.complete()
                ? "all topics of the qrels (a topic without results scores 0; trec_eval -c)"
                : "topics in the qrels that the run retrieved something for (trec_eval's default)";
        String noRel = options.skipTopicsWithoutRelevant()
                ? "; topics without relevant documents left out"
                : "; topics without relevant documents count as 0 (as in trec_eval)";
        return base + noRel + "; relevant: judgment >= " + options.relevanceLevel();
    }
}
