package org.priorart.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.Expectations;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Evaluator;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.report.DocTitles;
import org.priorart.eval.report.HtmlReport;
import org.priorart.eval.report.MetricsJson;
import org.priorart.eval.report.PerTopicCsv;
import org.priorart.eval.report.ReportData;

/**
 * One evaluation from files to report, what the {@code eval} command does: read the qrels, the
 * topics and any given runs; search the topics in each mode (writing {@code MODE.trec} into the
 * output directory); evaluate every run; compare each with the first; check the expectations; and
 * write report.html, metrics.json and per-topic.csv. Input errors stop it before any search, with
 * the file and line; things worth knowing but not fatal become warnings.
 */
public final class Evaluation {

    /** At most this many ids are named in one warning; the rest are counted. */
    static final int IDS_IN_WARNING = 20;

    /**
     * What to evaluate.
     *
     * @param topics       the topic file, or null when only runs are evaluated
     * @param qrels        the qrels file
     * @param modes        the modes to search (empty: none)
     * @param top          documents per topic when searching
     * @param runs         existing run files to evaluate too
     * @param out          the output directory
     * @param check        an expectations file, or null
     * @param options      averaging and relevance level
     * @param threads      search threads
     * @param permutations permutations of the randomization test
     * @param seed         its seed
     * @param worstTopics  worst topics to show per run in the report
     */
    public record Request(Path topics, Path qrels, List<String> modes, int top, List<Path> runs, Path out, Path check,
                          EvalOptions options, int threads, int permutations, long seed, int worstTopics) {

        public Request {
            modes = List.copyOf(modes);
            runs = List.copyOf(runs);
        }
    }

    /**
     * What came out.
     *
     * @param evaluations one per run, searched modes first, then the given run files
     * @param comparisons each run against the first
     * @param checks      the regression checks (empty without an expectations file)
     * @param batches     the searches, with timings
     * @param warnings    the warnings, also reported as they came
     * @param totalNanos  wall time of the whole evaluation
     */
    public record Outcome(List<RunEvaluation> evaluations, List<RunComparison> comparisons, List<GateCheck> checks,
                          List<BatchResult> batches, List<String> warnings, long totalNanos) {

        public boolean checksPassed() {
            return checks.stream().allMatch(GateCheck::passed);
        }
    }

    private Evaluation() {
    }

    /**
     * Runs the evaluation.
     *
     * @param searcher searches the modes; may be null when {@code request.modes()} is empty
     * @param titles   titles for the report's worst topics
     * @param progress progress of the searches
     * @param warn     hears each warning as it comes (the CLI prints them)
     */
    public static Outcome run(Request request, TopicSearcher searcher, DocTitles titles, BatchProgress progress,
                              Consumer<String> warn) throws IOException {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        Consumer<String> warning = w -> {
            warnings.add(w);
            warn.accept(w);
        };
        if (request.modes().isEmpty() && request.runs().isEmpty()) {
            throw new IllegalArgumentException("nothing to evaluate: give --topics with --modes to search, or --runs");
        }
        if (!request.modes().isEmpty() && request.topics() == null) {
            throw new IllegalArgumentException("searching (modes " + String.join(", ", request.modes())
                    + ") needs --topics; to evaluate existing runs only, give --runs without --modes");
        }
        for (String mode : request.modes()) {
            searcher.checkMode(mode);
        }
        if (Files.exists(request.out()) && !Files.isDirectory(request.out())) {
            throw new IOException(request.out() + " is a file, not a directory: --out needs a directory");
        }
        Qrels qrels = QrelsReader.read(request.qrels());
        List<Topic> topics = request.topics() == null ? List.of() : TopicReader.read(request.topics());
        Map<String, Topic> topicsById = new LinkedHashMap<>();
        topics.forEach(t -> topicsById.put(t.id(), t));
        List<Run> given = new ArrayList<>();
        for (Path file : request.runs()) {
            given.add(RunReader.read(file));
        }
        checkNames(request.modes(), given);

        List<String> unjudged = topics.stream().map(Topic::id).filter(id -> !qrels.has(id)).toList();
        if (!unjudged.isEmpty()) {
            warning.accept(unjudged.size() + " of " + topics.size() + " topics are not in the qrels and are not evaluated: "
                    + ids(unjudged));
        }

        Files.createDirectories(request.out());
        List<Run> runs = new ArrayList<>();
        List<BatchResult> batches = new ArrayList<>();
        for (String mode : request.modes()) {
            BatchResult batch = new BatchSearch(searcher, request.threads(), progress).run(topics, mode, request.top());
            if (!batch.failures().isEmpty()) {
                List<String> failed = new ArrayList<>();
                batch.failures().forEach((id, why) -> failed.add(why));
                warning.accept(mode + ": " + batch.failures().size() + " topics could not be searched: " + ids(failed));
            }
            RunWriter.write(batch.run(), request.out().resolve(mode + ".trec"), "priorart-" + mode);
            runs.add(batch.run());
            batches.add(batch);
        }
        for (Run run : given) {
            List<String> notJudged = run.topics().keySet().stream().filter(id -> !qrels.has(id)).toList();
            if (!notJudged.isEmpty()) {
                warning.accept("run " + run.name() + ": " + notJudged.size() + " topics are not in the qrels and are not evaluated: "
                        + ids(notJudged));
            }
        }
        runs.addAll(given);

        Evaluator evaluator = new Evaluator(qrels, request.options());
        int curveDepth = Math.max(1, request.modes().isEmpty() ? 0 : request.top());
        for (Run run : runs) {
            curveDepth = Math.max(curveDepth, run.depth());
        }
        List<RunEvaluation> evaluations = new ArrayList<>();
        Map<String, RunEvaluation> byName = new LinkedHashMap<>();
        for (Run run : runs) {
            RunEvaluation e = evaluator.evaluate(run, curveDepth);
            evaluations.add(e);
            byName.put(run.name(), e);
            explain(e, request.options(), warning);
        }
        List<RunComparison> comparisons = new ArrayList<>();
        for (int i = 1; i < evaluations.size(); i++) {
            comparisons.add(RunComparison.compare(evaluations.get(0), evaluations.get(i), request.permutations(), request.seed()));
        }
        List<GateCheck> checks = request.check() == null ? List.of() : Expectations.read(request.check()).check(byName);

        Map<String, Run> runsByName = new LinkedHashMap<>();
        runs.forEach(r -> runsByName.put(r.name(), r));
        ReportData data = new ReportData(request.qrels().toString(), qrels, request.options(), evaluations, runsByName,
                comparisons, topicsById, warnings, batches, checks, request.permutations(), request.seed(),
                request.worstTopics(), System.nanoTime() - start);
        MetricsJson.write(data, request.out().resolve("metrics.json"));
        PerTopicCsv.write(evaluations, request.out().resolve("per-topic.csv"));
        HtmlReport.write(data, titles, request.out().resolve("report.html"));
        return new Outcome(evaluations, comparisons, checks, batches, List.copyOf(warnings), System.nanoTime() - start);
    }

    /** Warnings about the topics a run's averages leave out or count as 0. */
    private static void explain(RunEvaluation e, EvalOptions options, Consumer<String> warning) {
        if (!e.withoutResults().isEmpty()) {
            warning.accept("run " + e.run() + " retrieved nothing for " + e.withoutResults().size() + " qrels topics, "
                    + (options.complete() ? "which count as 0 (--complete): " : "which are not averaged (--complete counts them as 0): ")
                    + ids(e.withoutResults()));
        }
        if (!e.withoutRelevant().isEmpty()) {
            warning.accept("run " + e.run() + ": " + e.withoutRelevant().size() + " topics have no relevant document in the qrels, "
                    + (options.skipTopicsWithoutRelevant() ? "left out of the averages: " : "averaged as 0 as trec_eval does: ")
                    + ids(e.withoutRelevant()));
        }
        if (e.topics().isEmpty()) {
            warning.accept("run " + e.run() + " has no topic in common with the qrels: its means are 0");
        }
    }

    private static void checkNames(List<String> modes, List<Run> given) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String mode : modes) {
            if (seen.put(mode, "mode " + mode) != null) {
                throw new IllegalArgumentException("mode '" + mode + "' is given twice");
            }
        }
        for (Run run : given) {
            String earlier = seen.putIfAbsent(run.name(), "run file " + run.name());
            if (earlier != null) {
                throw new IllegalArgumentException("two runs are named '" + run.name() + "' (" + earlier
                        + " and a run file): run names come from modes and file names and must differ");
            }
        }
    }

    /** The first ids and how many more. */
    static String ids(List<String> ids) {
        if (ids.size() <= IDS_IN_WARNING) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, IDS_IN_WARNING)) + " and " + (ids.size() - IDS_IN_WARNING) + " more";
    }
}
