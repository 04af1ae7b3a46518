package org.priorart.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.priorart.eval.BatchResult;
import org.priorart.eval.compare.MeasureComparison;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;

/**
 * metrics.json: the means of every run, the comparisons with their p-values, the regression checks
 * and the timings, for scripts and dashboards. Numbers are full precision; a value that does not
 * exist (a t-test over one topic) is null.
 */
public final class MetricsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MetricsJson() {
    }

    public static void write(ReportData data, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("qrels", data.qrelsFile());
        root.put("qrels_topics", data.qrels().topics().size());
        ObjectNode options = root.putObject("options");
        options.put("relevance_level", data.options().relevanceLevel());
        options.put("complete", data.options().complete());
        options.put("skip_topics_without_relevant", data.options().skipTopicsWithoutRelevant());
        options.put("averaging", data.averagingRule());
        options.put("permutations", data.permutations());
        options.put("seed", data.seed());
        ArrayNode runs = root.putArray("runs");
        for (RunEvaluation e : data.evaluations()) {
            ObjectNode run = runs.addObject();
            run.put("name", e.run());
            run.put("topics_averaged", e.topics().size());
            ObjectNode means = run.putObject("means");
            for (Measure m : Measure.values()) {
                number(means, m.label(), e.mean(m));
            }
            strings(run.putArray("topics_not_in_qrels"), e.notInQrels());
            strings(run.putArray("qrels_topics_without_results"), e.withoutResults());
            strings(run.putArray("topics_without_relevant"), e.withoutRelevant());
        }
        ArrayNode comparisons = root.putArray("comparisons");
        for (RunComparison c : data.comparisons()) {
            ObjectNode comparison = comparisons.addObject();
            comparison.put("baseline", c.baseline());
            comparison.put("run", c.run());
            comparison.put("topics", c.topics().size());
            ObjectNode measures = comparison.putObject("measures");
            for (MeasureComparison m : c.measures()) {
                ObjectNode o = measures.putObject(m.measure().label());
                number(o, "baseline", m.baseline());
                number(o, "run", m.run());
                number(o, "delta", m.delta());
                number(o, "p_randomization", m.pRandomization());
                number(o, "p_t_test", m.pTTest());
                o.put("wins", m.wins());
                o.put("losses", m.losses());
                o.put("ties", m.ties());
            }
        }
        ArrayNode checks = root.putArray("checks");
        for (GateCheck check : data.checks()) {
            ObjectNode o = checks.addObject();
            o.put("run", check.bound().run());
            o.put("measure", check.bound().measure().label());
            o.put("bound", check.bound().describe());
            number(o, "value", check.value());
            o.put("passed", check.passed());
            strings(o.putArray("violations"), check.violations());
        }
        ObjectNode timing = root.putObject("timing");
        timing.put("total_seconds", data.totalNanos() / 1e9);
        ArrayNode searches = timing.putArray("searches");
        for (BatchResult b : data.batches()) {
            ObjectNode o = searches.addObject();
            o.put("mode", b.run().name());
            o.put("topics", b.run().topics().size() + b.failures().size());
            o.put("threads", b.threads());
            o.put("wall_seconds", b.wallNanos() / 1e9);
            o.put("sum_of_search_seconds", b.searchNanosSum() / 1e9);
            o.put("topics_per_second", b.topicsPerSecond());
        }
        strings(root.putArray("warnings"), data.warnings());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }
}
