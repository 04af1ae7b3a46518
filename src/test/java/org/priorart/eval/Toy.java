package org.priorart.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorart.eval.metrics.JudgedRanking;

/** Small hand-made qrels and runs for the tests. */
public final class Toy {

    private Toy() {
    }

    /** Judgments from "doc=rel" pairs. */
    public static Map<String, Integer> judgments(String... docEqualsRel) {
        Map<String, Integer> j = new LinkedHashMap<>();
        for (String pair : docEqualsRel) {
            String[] p = pair.split("=");
            j.put(p[0], Integer.parseInt(p[1]));
        }
        return j;
    }

    /** Retrieved documents from "doc:score" pairs, in any order. */
    public static List<RankedDoc> docs(String... docColonScore) {
        List<RankedDoc> docs = new ArrayList<>();
        for (String pair : docColonScore) {
            String[] p = pair.split(":");
            docs.add(new RankedDoc(p[0], Double.parseDouble(p[1])));
        }
        return docs;
    }

    /** The judged ranking of the documents (sorted the trec_eval way) at relevance level 1. */
    public static JudgedRanking ranking(Map<String, Integer> judgments, String... docColonScore) {
        return ranking(judgments, 1, docColonScore);
    }

    public static JudgedRanking ranking(Map<String, Integer> judgments, int level, String... docColonScore) {
        Run run = new Run("toy", Map.of("q", docs(docColonScore)));
        return JudgedRanking.of(run.ranking("q"), judgments, level);
    }
}
