package org.priorart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.engine.EngineView;
import org.priorart.engine.Ranking;
import org.priorart.search.signals.Normalization;
import org.priorart.search.signals.Signal;
import org.priorart.search.signals.SignalFusion;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.SignalPart;
import org.priorart.search.signals.SignalRanker;
import org.priorart.search.signals.Signals;

/**
 * Fuses the keyword and the semantic {@link Ranking}, and whatever other signals take part, into one
 * ranking by patent key ({@link SignalRanker}, {@link Fusion}). Each candidate is a patent in either
 * list; its fused score and every signal's part go into its {@link Explanation}.
 */
final class FusionRanker {

    /**
     * A fused entry: its score and, in hybrid mode, what each signal contributed (the contributions
     * add up to the score); no parts outside hybrid mode.
     */
    record Fused(String key, double score, List<SignalPart> parts) {
        Fused(String key, double score) {
            this(key, score, List.of());
        }

        Fused {
            parts = List.copyOf(parts);
        }

        /** The keyword side's weighted term, NaN when it took no part. */
        double keywordPart() {
            return part(Signal.KEYWORD);
        }

        /** The semantic side's weighted term, NaN when it took no part. */
        double semanticPart() {
            return part(Signal.SEMANTIC);
        }

        private double part(Signal s) {
            for (SignalPart p : parts) {
                if (p.name().equals(s.lowerName())) {
                    return p.contribution();
                }
            }
            return Double.NaN;
        }
    }

    private FusionRanker() {
    }

    /** A single ranking as it ranks on its own (keyword or semantic mode). */
    static List<Fused> unfused(Ranking ranking) {
        List<Fused> out = new ArrayList<>(ranking.entries().size());
        for (Ranking.Entry e : ranking.entries()) {
            out.add(new Fused(e.key(), e.score()));
        }
        return out;
    }

    /** The two text rankings fused as the two-signal fusion (no other signal; reads nothing else). */
    static List<Fused> fuse(Ranking.Ranks keyword, Ranking.Ranks semantic, Fusion fusion) {
        try {
            return fuse(null, keyword, semantic, fusion, Signals.of(SignalGroup.TEXT));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the two-signal fusion reads nothing", e);
        }
    }

    static List<Fused> fuse(EngineView view, Ranking.Ranks keyword, Ranking.Ranks semantic, Fusion fusion,
                            Signals signals) throws IOException {
        double w = fusion.semanticWeight();
        Normalization norm = switch (fusion.method()) {
            case RRF -> Normalization.RRF;
            case MINMAX -> Normalization.MINMAX;
            case ZSCORE -> Normalization.ZSCORE;
        };
        List<SignalFusion.Scored> scored = SignalRanker.rank(view, keyword, semantic,
                new SignalRanker.TextFusion(norm, 1 - w, w, fusion.rrfK()), signals);
        List<Fused> fused = new ArrayList<>(scored.size());
        for (SignalFusion.Scored s : scored) {
            fused.add(new Fused(s.key(), s.score(), s.parts()));
        }
        return fused;
    }
}
