package org.priorart.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.SearchEngine;
import org.priorart.eval.QrelsReader;
import org.priorart.eval.TopicReader;
import org.priorart.eval.WeightFitting;
import org.priorart.search.SearchService;
import org.priorart.search.signals.FusionWeights;
import org.priorart.search.signals.Signal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart fit-weights}: learns the fusion weights of the ranking signals on judged patent topics. */
@Command(name = "fit-weights", mixinStandardHelpOptions = true,
        description = {"Fit the hybrid fusion weights of the ranking signals on judged patent topics.",
                "L2 logistic regression (class-balanced) over every hybrid candidate of each patent topic, with "
                        + "k-fold cross-validation over topics; prints the cross-validated MAP against the two-signal "
                        + "fusion with the paired randomization test, and writes a weights file (--weights of search, "
                        + "similar and eval; the built-in one is src/main/resources/org/priorart/search/signals/"
                        + FusionWeights.DEFAULT_RESOURCE + ")."})
final class FitWeightsCommand implements Callable<Integer> {

    @Option(names = "--topics", required = true, paramLabel = "FILE", description = "Patent topics (JSONL with publication_number).")
    Path topics;

    @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "Relevance judgments, TREC format.")
    Path qrels;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The weights file to write.")
    Path out;

    @Option(names = "--lambda", defaultValue = "100", paramLabel = "L", description = "L2 penalty (default 100).")
    double lambda;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds over topics (default 5).")
    int folds;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Seed of the fold assignment (default 0).")
    long seed;

    @Option(names = "--version-name", defaultValue = "v1", paramLabel = "NAME", description = "The version written into the file (default v1).")
    String version;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Also write every candidate's fitted signal values (tab-separated: topic, doc, relevant, one column "
                    + "per signal) for research on the fusion.")
    Path features;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (folds < 2 || !(lambda >= 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2 and --lambda at least 0");
        }
        PrintWriter o = spec.commandLine().getOut();
        PriorArtConfig config = index.config();
        try (SearchEngine engine = Services.openReadOnly(config)) {
            SearchService service = Services.searchService(config, engine, true);
            WeightFitting.Result r = WeightFitting.fit(service, TopicReader.read(topics), QrelsReader.read(qrels), 1, lambda,
                    folds, seed, features);
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("version", version);
            root.put("made_by", "./priorart fit-weights --index INDEX --topics " + topics + " --qrels " + qrels + " --out " + out
                    + " --lambda " + lambda + " --folds " + folds + " --seed " + seed + " --version-name " + version);
            root.put("method", "class-balanced L2 logistic regression (IRLS), lambda " + lambda + ", on every hybrid candidate "
                    + "(1000 deep per side) of " + r.topics() + " patent topics");
            ObjectNode cv = root.putObject("cross_validation");
            cv.put("folds", folds);
            cv.put("map", round(r.cvMap(), 4));
            cv.put("two_signal_map", round(r.baseMap(), 4));
            cv.put("p_randomization", round(r.p(), 4));
            cv.put("recall_100", round(r.cvRecall(), 4));
            cv.put("two_signal_recall_100", round(r.baseRecall(), 4));
            cv.put("p_randomization_recall_100", round(r.pRecall(), 4));
            ObjectNode w = root.putObject("weights");
            for (Map.Entry<Signal, Double> e : r.weights().entrySet()) {
                w.put(e.getKey().lowerName(), round(e.getValue(), 3));
            }
            // the feedback weights are hand-set (issue 14 research), not fitted
            for (Signal s : List.of(Signal.FEEDBACK, Signal.FEEDBACK_VECTOR, Signal.FEEDBACK_NEGATIVE)) {
                w.put(s.lowerName(), FusionWeights.FEEDBACK_WEIGHTS.get(s));
            }
            Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            o.printf(Locale.ROOT, "%d topics: cross-validated MAP %.4f vs two-signal %.4f (p %.4f), recall@100 %.4f vs %.4f "
                            + "(p %.4f); weights %s%nwrote %s%n",
                    r.topics(), r.cvMap(), r.baseMap(), r.p(), r.cvRecall(), r.baseRecall(), r.pRecall(), w, out);
        }
        return 0;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
