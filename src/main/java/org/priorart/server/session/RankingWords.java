package org.priorart.server.session;

import org.priorart.search.signals.Feedback;

/**
 * How a recorded search was ranked beyond its mode and fusion, in words: the signal groups it fused
 * when not the default, and the documents it was ranked toward or away from. The strategy CSV and
 * the search report write the same words; the page's history row says it shorter ("more like 2 X/Y").
 */
public final class RankingWords {

    private RankingWords() {
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
