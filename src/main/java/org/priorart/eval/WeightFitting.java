package org.priorart.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.eval.compare.RandomizationTest;
import org.priorart.patent.PatentDocument;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import org.priorart.search.signals.LogisticFit;
import org.priorart.search.signals.Signal;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.SignalPart;
import org.priorart.search.signals.Signals;

/**
 * Fits the fusion weights of the patent signals on judged patent topics ({@code priorart fit-weights}):
 * each topic's hybrid candidates with every signal's normalized value, relevant as the qrels say;
 * {@link LogisticFit} over all candidates of the training topics; k-fold cross-validation over
 * topics (each fold's weights score the topics held out of its fit) for an honest MAP, compared
 * with the two-signal fusion on the same candidates by the paired randomization test.
 */
public final class WeightFitting {

    /** The signals fitted, in the weights file's order. */
    public static final List<Signal> FITTED = List.of(Signal.KEYWORD, Signal.SEMANTIC, Signal.IPC_SUBCLASS,
            Signal.IPC_GROUP, Signal.IPC_SUBGROUP, Signal.IPC_GRADED, Signal.APPLICANT, Signal.INVENTOR, Signal.CIT_DIRECT,
            Signal.CIT_COCITE, Signal.CIT_COUPLING, Signal.E_DOC, Signal.RECENT_LT5Y);

    /** Ranked this deep, as eval's runs are. */
    static final int DEPTH = 1000;

    /** The recall cut reported beside MAP (issue 14's recall goal is recall@100). */
    static final int RECALL_AT = 100;

    /** One topic's candidates: ids, feature rows, relevance, and how many relevant the qrels have. */
    record TopicData(String id, List<String> docs, List<double[]> x, List<Boolean> y, int relevant) {
    }

    /**
     * What came out.
     *
     * @param weights    fitted on all topics
     * @param cvMap      cross-validated MAP (each topic scored by weights fitted without it)
     * @param baseMap    the two-signal fusion's MAP on the same candidates
     * @param p          the randomization test of the per-topic APs (cross-validated vs two-signal)
     * @param cvRecall   cross-validated recall@100
     * @param baseRecall the two-signal fusion's recall@100
     * @param pRecall    the randomization test of the per-topic recalls@100
     * @param topics     topics used
     */
    public record Result(Map<Signal, Double> weights, double cvMap, double baseMap, double p, double cvRecall,
                         double baseRecall, double pRecall, int topics) {
    }

    private WeightFitting() {
    }

    /** The topics' candidates and features, from the service (patent topics in the index only). */
    static List<TopicData> collect(SearchService service, List<Topic> topics, Qrels qrels, int relevanceLevel)
            throws IOException {
        List<TopicData> out = new ArrayList<>();
        Signals signals = Signals.of(java.util.Set.of(SignalGroup.KEYWORD, SignalGroup.SEMANTIC, SignalGroup.CLASSIFICATION,
                SignalGroup.NAMES, SignalGroup.CITATIONS, SignalGroup.DATES));
        for (Topic topic : topics) {
            if (!topic.isPatent() || !qrels.has(topic.id())) {
                continue;
            }
            PatentDocument doc = service.get(topic.publicationNumber());
            int relevant = qrels.relevantCount(topic.id(), relevanceLevel);
            if (doc == null || relevant == 0) {
                continue;
            }
            List<SearchService.Candidate> candidates = service.similarCandidates(new SimilarRequest(doc.number().toString(),
                    DEPTH, 0, SearchFilters.NONE, false, SearchMode.HYBRID, new Fusion(Fusion.Method.ZSCORE, 0.5, 60, DEPTH),
                    false, PriorArtRule.EFFECTIVE, signals));
            List<String> docs = new ArrayList<>();
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            Map<String, Integer> judged = qrels.judgments(topic.id());
            for (SearchService.Candidate c : candidates) {
                String id = DocIds.normalize(c.key());
                double[] row = new double[FITTED.size()];
                for (SignalPart part : c.parts()) {
                    Signal s = Signal.byName(part.name());
                    int j = FITTED.indexOf(s);
                    if (j >= 0) {
                        row[j] = part.normalized();
                    }
                }
                docs.add(id);
                x.add(row);
                y.add(judged.getOrDefault(id, 0) >= relevanceLevel);
            }
            out.add(new TopicData(topic.id(), docs, x, y, relevant));
        }
        return out;
    }

    public static Result fit(SearchService service, List<Topic> topics, Qrels qrels, int relevanceLevel, double lambda,
                             int folds, long seed) throws IOException {
        return fit(service, topics, qrels, relevanceLevel, lambda, folds, seed, null);
    }

    /** As {@link #fit}, and when {@code features} is not null the candidates' values go there too ({@link FeatureTable}). */
    public static Result fit(SearchService service, List<Topic> topics, Qrels qrels, int relevanceLevel, double lambda,
                             int folds, long seed, Path features) throws IOException {
        List<TopicData> data = collect(service, topics, qrels, relevanceLevel);
        if (features != null) {
            FeatureTable.write(features, data);
        }
        if (data.size() < folds) {
            throw new IllegalArgumentException("fitting needs at least " + folds + " judged patent topics in the index, found "
                    + data.size());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double[] cv = new double[data.size()];
        double[] base = new double[data.size()];
        double[] cvRecall = new double[data.size()];
        double[] baseRecall = new double[data.size()];
        double[] twoSignal = new double[FITTED.size()];
        twoSignal[0] = 0.5;
        twoSignal[1] = 0.5;
        for (int f = 0; f < folds; f++) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (int r = 0; r < order.size(); r++) {
                if (r % folds != f) {
                    x.addAll(data.get(order.get(r)).x());
                    y.addAll(data.get(order.get(r)).y());
                }
            }
            double[] w = LogisticFit.fit(x, y, lambda);
            for (int r = 0; r < order.size(); r++) {
                if (r % folds == f) {
                    double[] m = measures(data.get(order.get(r)), w);
                    cv[order.get(r)] = m[0];
                    cvRecall[order.get(r)] = m[1];
                }
            }
        }
        for (int i = 0; i < data.size(); i++) {
            double[] m = measures(data.get(i), twoSignal);
            base[i] = m[0];
            baseRecall[i] = m[1];
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        data.forEach(t -> {
            x.addAll(t.x());
            y.addAll(t.y());
        });
        double[] w = LogisticFit.fit(x, y, lambda);
        Map<Signal, Double> weights = new EnumMap<>(Signal.class);
        for (int j = 0; j < FITTED.size(); j++) {
            weights.put(FITTED.get(j), w[j]);
        }
        return new Result(weights, mean(cv), mean(base),
                RandomizationTest.pValue(base, cv, RandomizationTest.DEFAULT_PERMUTATIONS, RandomizationTest.DEFAULT_SEED),
                mean(cvRecall), mean(baseRecall),
                RandomizationTest.pValue(baseRecall, cvRecall, RandomizationTest.DEFAULT_PERMUTATIONS,
                        RandomizationTest.DEFAULT_SEED),
                data.size());
    }

    /** AP of a topic's candidates ranked by {@code w . x}, ties in trec_eval's order (id descending), 1000 deep. */
    static double averagePrecision(TopicData t, double[] w) {
        return measures(t, w)[0];
    }

    /** AP and recall@100 of a topic's candidates ranked by {@code w . x} (as {@link #averagePrecision}). */
    static double[] measures(TopicData t, double[] w) {
        List<Integer> idx = new ArrayList<>();
        double[] score = new double[t.x().size()];
        for (int i = 0; i < score.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * t.x().get(i)[j];
            }
            score[i] = s;
            idx.add(i);
        }
        idx.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> t.docs().get(i),
                Comparator.reverseOrder()));
        double sum = 0;
        int hits = 0;
        int atCut = 0;
        for (int r = 0; r < Math.min(DEPTH, idx.size()); r++) {
            if (t.y().get(idx.get(r))) {
                hits++;
                sum += (double) hits / (r + 1);
            }
            if (r == RECALL_AT - 1) {
                atCut = hits;
            }
        }
        if (idx.size() < RECALL_AT) {
            atCut = hits;
        }
        return new double[] {sum / t.relevant(), (double) atCut / t.relevant()};
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
