package org.priorart.search.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Ranking;

/**
 * Ranks the candidates of a hybrid search (every patent of the keyword or the semantic ranking) by
 * all the signals that take part: the two text rankings, and where the query patent is known the
 * classification, names, citation and date signals, and where the examiner gave feedback the
 * feedback signals. Without a query patent or with only the text groups switched on, it is the
 * two-signal fusion as it always was ({@code text}); with them, the {@link FusionWeights} weigh
 * every signal, the text rankings z-scored.
 */
public final class SignalRanker {

    /**
     * The first pass whose top candidates seed the citation graph: the two-signal z-score fusion
     * plus main-group overlap plus a shared name, a-priori weights (not fitted; exp14 signals3.py).
     */
    static final double FIRST_PASS_TEXT = 0.5;
    static final double FIRST_PASS_GROUP = 1.0;
    static final double FIRST_PASS_NAMES = 1.0;

    /**
     * The two-signal fusion of a search: how the text rankings are normalized and weighted when no
     * other signal takes part.
     */
    public record TextFusion(Normalization normalization, double keywordWeight, double semanticWeight, int rrfK) {
    }

    private SignalRanker() {
    }

    /** Whether the fusion of these signals is the patent fusion (all weights from the weights file). */
    public static boolean patentFusion(Signals signals) {
        return signals.patentSignals();
    }

    public static List<SignalFusion.Scored> rank(EngineView view, Ranking.Ranks keyword, Ranking.Ranks semantic,
                                                 TextFusion text, Signals signals) throws IOException {
        Set<String> all = new LinkedHashSet<>();
        keyword.ranking().entries().forEach(e -> all.add(e.key()));
        semantic.ranking().entries().forEach(e -> all.add(e.key()));
        List<String> candidates = new ArrayList<>(all);
        boolean patent = signals.patentSignals();
        FusionWeights w = signals.weights();
        Normalization textNorm = patent ? Normalization.ZSCORE : text.normalization();
        List<SignalColumn> columns = new ArrayList<>();
        if (signals.on(SignalGroup.KEYWORD)) {
            columns.add(SignalColumn.of(Signal.KEYWORD, keyword, candidates, textNorm,
                    patent ? w.weight(Signal.KEYWORD) : text.keywordWeight()));
        }
        if (signals.on(SignalGroup.SEMANTIC)) {
            columns.add(SignalColumn.of(Signal.SEMANTIC, semantic, candidates, textNorm,
                    patent ? w.weight(Signal.SEMANTIC) : text.semanticWeight()));
        }
        boolean feedback = signals.feedbackSignals();
        if (!patent && !feedback) {
            return SignalFusion.fuse(candidates, columns, text.rrfK());
        }
        List<PatentSummary> summaries = view.summaries(candidates);
        if (patent) {
            QueryPatent q = signals.patent();
            Set<SignalGroup> groups = signals.groups();
            Map<Signal, double[]> values = PatentSignals.compute(q, summaries, groups);
            if (groups.contains(SignalGroup.CITATIONS)) {
                double[] firstPass = firstPass(q, keyword, semantic, candidates, summaries);
                values.putAll(CitationGraph.compute(view, q, candidates, summaries, firstPass));
            }
            for (Signal s : Signal.values()) {
                if (values.containsKey(s)) {
                    columns.add(SignalColumn.of(s, values.get(s), Normalization.RAW, w.weight(s)));
                }
            }
        }
        if (feedback) {
            Map<Signal, double[]> values = FeedbackSignals.compute(view, signals.feedback(), signals.patent(), candidates,
                    summaries);
            for (Map.Entry<Signal, double[]> e : values.entrySet()) {
                columns.add(SignalColumn.of(e.getKey(), e.getValue(), Normalization.RAW, w.weight(e.getKey())));
            }
            SignalColumn vectors = vectorColumn(view, signals, candidates);
            if (vectors != null) {
                columns.add(vectors);
            }
        }
        return SignalFusion.fuse(candidates, columns, text.rrfK());
    }

    /**
     * The feedback's likeness in meaning (z-scored over the candidates its search reached), or null:
     * no positive feedback, no dense side (keyword mode, no vectors), or a weight of 0 (then its
     * second nearest-neighbour search is not worth running).
     */
    private static SignalColumn vectorColumn(EngineView view, Signals signals, List<String> candidates) throws IOException {
        double weight = signals.weights().weight(Signal.FEEDBACK_VECTOR);
        if (signals.dense() == null || signals.feedback().positive().isEmpty() || weight == 0) {
            return null;
        }
        List<String> tagged = FeedbackSignals.resolve(view, signals.feedback().positive()).stream()
                .map(d -> d.id()).toList();
        double[] v = FeedbackVectors.likeness(view, tagged, signals.dense(), candidates);
        return v == null ? null : SignalColumn.of(Signal.FEEDBACK_VECTOR, v, Normalization.ZSCORE, weight);
    }

    private static double[] firstPass(QueryPatent q, Ranking.Ranks keyword, Ranking.Ranks semantic, List<String> candidates,
                                      List<PatentSummary> summaries) {
        double[] kw = SignalColumn.of(Signal.KEYWORD, keyword, candidates, Normalization.ZSCORE, 1).normalized(0);
        double[] sem = SignalColumn.of(Signal.SEMANTIC, semantic, candidates, Normalization.ZSCORE, 1).normalized(0);
        Map<Signal, double[]> bib = PatentSignals.compute(q, summaries,
                EnumSet.of(SignalGroup.CLASSIFICATION, SignalGroup.NAMES));
        double[] group = bib.get(Signal.IPC_GROUP);
        double[] applicant = bib.get(Signal.APPLICANT);
        double[] inventor = bib.get(Signal.INVENTOR);
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            double names = Math.max(nan0(applicant[i]), nan0(inventor[i]));
            out[i] = FIRST_PASS_TEXT * kw[i] + FIRST_PASS_TEXT * sem[i] + FIRST_PASS_GROUP * nan0(group[i])
                    + FIRST_PASS_NAMES * names;
        }
        return out;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
