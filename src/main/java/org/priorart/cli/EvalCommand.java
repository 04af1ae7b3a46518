package org.priorart.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.eval.BatchResult;
import org.priorart.eval.FeedbackSimulation;
import org.priorart.eval.Qrels;
import org.priorart.eval.QrelsReader;
import org.priorart.eval.RunWriter;
import org.priorart.eval.Topic;
import org.priorart.eval.TopicReader;
import org.priorart.eval.Evaluation;
import org.priorart.eval.ServiceTopicSearcher;
import org.priorart.eval.compare.MeasureComparison;
import org.priorart.eval.compare.RandomizationTest;
import org.priorart.eval.compare.RunComparison;
import org.priorart.eval.gate.GateCheck;
import org.priorart.eval.metrics.EvalOptions;
import org.priorart.eval.metrics.Measure;
import org.priorart.eval.metrics.RunEvaluation;
import org.priorart.eval.report.DocTitles;
import org.priorart.eval.report.IndexTitles;
import org.priorart.engine.SearchEngine;
import org.priorart.search.Fusion;
import org.priorart.engine.PriorArtRule;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.Signals;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart eval}: batch relevance evaluation against TREC qrels. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate search quality against TREC relevance judgments.",
                "Searches the topics in each mode (or reads existing TREC runs), scores the rankings against TREC qrels with trec_eval's measures and conventions plus PRES, "
                        + "compares the runs with paired significance tests, and writes report.html, metrics.json, per-topic.csv and one MODE.trec run per mode into --out.",
                "Exit status: 0 done, 1 error, 2 bad usage, 3 a --check expectation failed."})
final class EvalCommand implements Callable<Integer> {

    /** Exit status when a regression expectation is not met. */
    static final int CHECK_FAILED = 3;

    @Option(names = "--topics", paramLabel = "FILE",
            description = "Topics: JSONL (id + title/abstract/claims/text, or publication_number), TSV (id<TAB>text) or TREC (<top><num><title><desc>).")
    Path topics;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "Relevance judgments, TREC format: qid iter docid rel (graded allowed).")
    Path qrels;

    @Option(names = "--modes", split = ",", paramLabel = "MODE",
            description = "Modes to search, comma separated (default with --topics: keyword): keyword, semantic, hybrid "
                    + "(the last two need an embedded index).")
    List<String> modes;

    @Option(names = "--top", defaultValue = "1000", paramLabel = "N", description = "Documents per topic when searching (default 1000, at most 1000).")
    int top;

    @Option(names = "--runs", arity = "1..*", paramLabel = "FILE",
            description = "Existing TREC runs (qid Q0 docid rank score tag) to evaluate and compare too; named after the file. Without --topics, nothing is searched.")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the runs, report.html, metrics.json and per-topic.csv.")
    Path outDir;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Expected metrics, e.g. {\"keyword\": {\"map\": {\"min\": 0.9}}}: exit 3 when one is not met (see docs/evaluation.md).")
    Path check;

    @Option(names = {"--complete", "-c"},
            description = "Average over every qrels topic, topics without results scoring 0 (trec_eval -c). Default: topics with results only, as trec_eval.")
    boolean complete;

    @Option(names = "--skip-topics-without-relevant",
            description = "Leave qrels topics without any relevant document out of the averages (trec_eval counts them as 0).")
    boolean skipWithoutRelevant;

    @Option(names = {"--relevance-level", "-l"}, defaultValue = "1", paramLabel = "N",
            description = "Smallest judgment that counts as relevant for binary measures (default 1, as trec_eval -l).")
    int relevanceLevel;

    @Option(names = "--threads", paramLabel = "N", description = "Search threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--permutations", defaultValue = "10000", paramLabel = "N", description = "Permutations of the randomization test (default 10000).")
    int permutations;

    @Option(names = "--seed", defaultValue = "" + RandomizationTest.DEFAULT_SEED, paramLabel = "N", description = "Seed of the randomization test (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--worst", defaultValue = "10", paramLabel = "N", description = "Worst topics per run shown in the report with their hits (default 10).")
    int worst;

    @Option(names = "--prior-art", defaultValue = "effective", paramLabel = "RULE",
            description = "For patent topics: which documents count as prior art, effective (default) or published (see 'similar').")
    String priorArt;

    @Option(names = "--ablation",
            description = "Hybrid ablation of the signal groups: the two-signal baseline (hybrid@keyword+semantic, compared "
                    + "with every other run), each patent group added to it and alone, and all together (needs patent topics for the patent groups).")
    boolean ablation;

    @Option(names = "--feedback", paramLabel = "HOW",
            description = "simulate: simulated examiner feedback, residual method (the relevant among the first 10 hits tagged, "
                    + "searched again, tagged documents removed); simulate-negatives: the other 9 tagged not relevant too. "
                    + "Writes feedback-RUN/ beside the runs.")
    String feedback;

    @Mixin
    FusionOptions fusionOptions;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Fusion fusion() {
        try {
            return fusionOptions.fusion();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        validate();
        List<String> searched = ablation ? ablationRuns()
                : modes != null ? modes.stream().map(EvalCommand::runName).toList()
                : topics != null ? List.of(SearchMode.KEYWORD.lowerName()) : List.of();
        EvalOptions options = new EvalOptions(relevanceLevel, complete, skipWithoutRelevant);
        Evaluation.Request request = new Evaluation.Request(topics, qrels, searched, top, runs == null ? List.of() : runs, outDir, check,
                options, threads == null ? Runtime.getRuntime().availableProcessors() : threads, permutations, seed, worst);
        PriorArtConfig config = index.config();
        SearchEngine patents = openIndex(config, !searched.isEmpty());
        try {
            boolean semantic = searched.stream().anyMatch(m -> SearchMode.parse(baseMode(m)).embeds());
            SearchService service = patents == null ? null : Services.searchService(config, patents, semantic);
            ServiceTopicSearcher searcher = service == null ? null
                    : new ServiceTopicSearcher(service, semantic, fusion(), PriorArtRule.parse(priorArt), signals());
            if (semantic && service != null) {
                // Fail before searching anything, not after the keyword run.
                var coverage = service.coverage();
                if (coverage.passagesEmbedded() == 0) {
                    err.println("error: the semantic and hybrid modes need passage vectors, and the index at "
                            + config.indexDir() + " has none: run './priorart embed --index " + config.indexDir() + "'");
                    return 1;
                }
                if (!coverage.complete()) {
                    err.printf("warning: semantic coverage is %.1f%% (%,d of %,d patents embedded): the semantic side "
                            + "ranks only embedded patents%n", 100 * coverage.share(), coverage.patentsEmbedded(), coverage.patents());
                }
            }
            DocTitles titles = service == null ? DocTitles.NONE : new IndexTitles(service);
            Evaluation.Outcome outcome = Evaluation.run(request, searcher, titles, EvalProgress.forConsole(err), w -> {
                err.println("warning: " + w);
                err.flush();
            });
            print(out, outcome, request);
            if (feedback != null && searcher != null) {
                simulateFeedback(out, err, outcome, request, searcher);
            }
            if (!outcome.checksPassed()) {
                err.println("error: " + outcome.checks().stream().filter(c -> !c.passed()).count()
                        + " regression checks failed (see above and " + request.out().resolve("report.html") + ")");
                return CHECK_FAILED;
            }
            return 0;
        } finally {
            if (patents != null) {
                patents.close();
            }
        }
    }

    private void validate() {
        CommandLine cl = spec.commandLine();
        if (top < 1 || top > SearchRequest.MAX_SIZE) {
            throw new CommandLine.ParameterException(cl, "--top must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + top);
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, was " + threads);
        }
        if (permutations < 1) {
            throw new CommandLine.ParameterException(cl, "--permutations must be at least 1, was " + permutations);
        }
        if (relevanceLevel < 0) {
            throw new CommandLine.ParameterException(cl, "--relevance-level must be >= 0, was " + relevanceLevel);
        }
        if (worst < 0) {
            throw new CommandLine.ParameterException(cl, "--worst must be >= 0, was " + worst);
        }
        if (topics == null && (runs == null || runs.isEmpty())) {
            throw new CommandLine.ParameterException(cl, "give --topics to search, or --runs to evaluate existing runs (or both)");
        }
        if (modes != null && modes.stream().anyMatch(String::isBlank)) {
            throw new CommandLine.ParameterException(cl, "--modes has an empty mode name");
        }
        if (modes != null) {
            for (String mode : modes) {
                try {
                    runName(mode);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(cl, "--modes: " + e.getMessage());
                }
            }
        }
        if (ablation && modes != null) {
            throw new CommandLine.ParameterException(cl, "--ablation chooses its own runs (hybrid with each signal group): leave out --modes");
        }
        if (feedback != null && !feedback.equals("simulate") && !feedback.equals("simulate-negatives")) {
            throw new CommandLine.ParameterException(cl, "--feedback: expected simulate or simulate-negatives, was '" + feedback + "'");
        }
        if (feedback != null && topics == null) {
            throw new CommandLine.ParameterException(cl, "--feedback simulate searches again: it needs --topics");
        }
        try {
            signals();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private Signals signals() {
        return fusionOptions.signals();
    }

    /** A mode, or a mode with its signal groups ("hybrid@keyword+semantic"), normalized. */
    static String runName(String mode) {
        int at = mode.indexOf('@');
        SearchMode m = SearchMode.parse(at < 0 ? mode : mode.substring(0, at));
        return at < 0 ? m.lowerName() : ServiceTopicSearcher.variant(m, SignalGroup.parseList(mode.substring(at + 1)));
    }

    private static String baseMode(String run) {
        int at = run.indexOf('@');
        return at < 0 ? run : run.substring(0, at);
    }

    /** The ablation's runs: the two-signal baseline first (every run is compared with it). */
    static List<String> ablationRuns() {
        List<String> runs = new ArrayList<>();
        runs.add(ServiceTopicSearcher.variant(SearchMode.HYBRID, SignalGroup.TEXT));
        List<SignalGroup> patentGroups = List.of(SignalGroup.CLASSIFICATION, SignalGroup.NAMES, SignalGroup.CITATIONS,
                SignalGroup.DATES);
        for (SignalGroup g : patentGroups) {
            runs.add(ServiceTopicSearcher.variant(SearchMode.HYBRID, Set.of(SignalGroup.KEYWORD, SignalGroup.SEMANTIC, g)));
        }
        for (SignalGroup g : patentGroups) {
            runs.add(ServiceTopicSearcher.variant(SearchMode.HYBRID, Set.of(g)));
        }
        Set<SignalGroup> all = new java.util.HashSet<>(SignalGroup.TEXT);
        all.addAll(patentGroups);
        runs.add(ServiceTopicSearcher.variant(SearchMode.HYBRID, all));
        return runs;
    }

    /** Simulated feedback on each searched run: its residual runs evaluated into feedback-RUN/. */
    private void simulateFeedback(PrintWriter out, PrintWriter err, Evaluation.Outcome outcome, Evaluation.Request request,
                                  ServiceTopicSearcher searcher) throws Exception {
        Qrels qrels = QrelsReader.read(request.qrels());
        List<Topic> topicList = TopicReader.read(request.topics());
        for (BatchResult batch : outcome.batches()) {
            String mode = batch.run().name();
            FeedbackSimulation.Outcome sim = FeedbackSimulation.run(searcher, topicList, batch.run(), mode, request.top(),
                    qrels, relevanceLevel, feedback.equals("simulate-negatives"));
            Path dir = request.out().resolve("feedback-" + mode);
            Files.createDirectories(dir);
            Path residualQrels = dir.resolve("qrels-residual.trec");
            FeedbackSimulation.writeQrels(sim.residual(), residualQrels);
            Path without = dir.resolve(sim.withoutFeedback().name() + ".trec");
            Path with = dir.resolve(sim.withFeedback().name() + ".trec");
            RunWriter.write(sim.withoutFeedback(), without, "priorart-residual");
            RunWriter.write(sim.withFeedback(), with, "priorart-feedback");
            out.println();
            out.printf("feedback (%s) on %s: %d topics with something relevant left, %d of them got positive feedback%n",
                    feedback, mode, sim.topics(), sim.withTags());
            Evaluation.Request residual = new Evaluation.Request(null, residualQrels, List.of(), request.top(), List.of(without, with),
                    dir, null, request.options(), 1, request.permutations(), request.seed(), request.worstTopics());
            Evaluation.Outcome o = Evaluation.run(residual, null, DocTitles.NONE, EvalProgress.forConsole(err), w -> { });
            print(out, o, residual);
        }
    }

    /**
     * The index: required for searching; otherwise opened when there is one, for titles in the
     * report, and left alone when there is none.
     */
    private static SearchEngine openIndex(PriorArtConfig config, boolean required) throws Exception {
        if (required) {
            return Services.openReadOnly(config);
        }
        if (!Files.isDirectory(config.indexDir())) {
            return null;
        }
        try {
            return Services.openReadOnly(config);
        } catch (Exception e) {
            return null;
        }
    }

    private void print(PrintWriter out, Evaluation.Outcome outcome, Evaluation.Request request) {
        List<RunEvaluation> evaluations = outcome.evaluations();
        out.printf("%-14s", "measure");
        for (RunEvaluation e : evaluations) {
            out.printf(" %12s", Terminal.oneLine(e.run()));
        }
        out.println();
        out.printf("%-14s", "topics");
        for (RunEvaluation e : evaluations) {
            out.printf(" %12d", e.topics().size());
        }
        out.println();
        for (Measure m : Measure.values()) {
            out.printf("%-14s", m.label());
            for (RunEvaluation e : evaluations) {
                out.printf(Locale.ROOT, " %12.4f", e.mean(m));
            }
            out.println();
        }
        for (RunComparison c : outcome.comparisons()) {
            out.println();
            out.printf("%s vs %s (%d paired topics; p: randomization, %d permutations / paired t-test)%n",
                    Terminal.oneLine(c.run()), Terminal.oneLine(c.baseline()), c.topics().size(), request.permutations());
            for (MeasureComparison m : c.measures()) {
                out.printf(Locale.ROOT, "%-14s %+9.4f  p %-8s %-8s W/L/T %d/%d/%d%n", m.measure().label(), m.delta(),
                        p(m.pRandomization()), p(m.pTTest()), m.wins(), m.losses(), m.ties());
            }
        }
        if (!outcome.checks().isEmpty()) {
            out.println();
            for (GateCheck c : outcome.checks()) {
                out.printf(Locale.ROOT, "check %s %s (%s): %s%n", Terminal.oneLine(c.bound().run()), c.bound().measure().label(),
                        c.bound().describe(), c.passed() ? String.format(Locale.ROOT, "%.4f ok", c.value())
                                : "FAILED: " + String.join("; ", c.violations()));
            }
        }
        out.println();
        long searchWall = 0;
        for (BatchResult b : outcome.batches()) {
            int n = b.run().topics().size() + b.failures().size();
            searchWall += b.wallNanos();
            out.printf(Locale.ROOT, "%s: %d topics in %.2f s (%.1f topics/s, %d threads); sum of per-topic search times %.2f s (%.1f ms per topic)%n",
                    b.run().name(), n, b.wallNanos() / 1e9, b.topicsPerSecond(), b.threads(), b.searchNanosSum() / 1e9,
                    n == 0 ? 0 : b.searchNanosSum() / 1e6 / n);
        }
        if (outcome.batches().isEmpty()) {
            out.printf(Locale.ROOT, "total %.2f s (reading, evaluating and writing; nothing searched)%n", outcome.totalNanos() / 1e9);
        } else {
            out.printf(Locale.ROOT, "total %.2f s, of which searching %.2f s and reading, evaluating and writing %.2f s%n",
                    outcome.totalNanos() / 1e9, searchWall / 1e9, (outcome.totalNanos() - searchWall) / 1e9);
        }
        List<String> written = new ArrayList<>();
        for (BatchResult b : outcome.batches()) {
            written.add(request.out().resolve(b.run().name() + ".trec").toString());
        }
        for (String f : List.of("report.html", "metrics.json", "per-topic.csv")) {
            written.add(request.out().resolve(f).toString());
        }
        out.println("wrote " + String.join(", ", written));
        out.flush();
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
