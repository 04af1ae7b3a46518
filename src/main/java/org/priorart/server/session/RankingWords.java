package org.priorart.server.session;

import java.util.ArrayList;
import java.util.List;
import org.priorart.search.signals.Feedback;

/**
 * How a recorded search was ranked beyond its mode, in words: its fusion (method, semantic weight,
 * and the rrf k and depth when not the default), the signal groups it fused when not the default,
 * and the documents it was ranked toward or away from. The search report writes these words; the
 * strategy CSV writes the feedback in them and the fusion and signals as their raw values, a column
 * each; the page's history row says it shorter ("more like 2 X/Y").
 */
public final class RankingWords {

    private RankingWords() {
    }

    /**
     * {@code "fusion rrf, semantic weight 0.3, rrf k 20, depth 50"}, the rrf k and depth only when not
     * the default; empty for a search that fused nothing (keyword, semantic).
     */
    public static String fusion(RecordedSearch q) {
        List<String> words = new ArrayList<>();
        if (q.fusion() != null) {
            words.add("fusion " + q.fusion());
        }
        if (q.semanticWeight() != null) {
            words.add("semantic weight " + q.semanticWeight());
        }
        if (q.rrfK() != null) {
            words.add("rrf k " + q.rrfK());
        }
        if (q.depth() != null) {
            words.add("depth " + q.depth());
        }
        return String.join(", ", words);
    }

    /** {@code "more like US7900001B2, EP2400001A1; less like US20100280001A1"}; empty when it had no feedback. */
    public static String feedback(RecordedSearch q) {
        Feedback f = q.feedback();
        if (f == null) {
            return "";
        }
        StringBuilder words = new StringBuilder();
        if (!f.positive().isEmpty()) {
            words.append("more like ").append(String.join(", ", f.positive()));
        }
        if (!f.negative().isEmpty()) {
            words.append(words.isEmpty() ? "" : "; ").append("less like ").append(String.join(", ", f.negative()));
        }
        return words.toString();
    }

    /** {@code "signals keyword, semantic"}; empty for the default signals (all). */
    public static String signals(RecordedSearch q) {
        return q.signals() == null ? "" : "signals " + q.signals().replace(",", ", ");
    }
}
