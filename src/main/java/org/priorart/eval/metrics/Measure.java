package org.priorart.eval.metrics;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The measures the evaluator reports, named as trec_eval prints them ({@code map}, {@code P_10},
 * {@code ndcg_cut_10}, ...) so that numbers can be checked against trec_eval line by line, plus
 * PRES. The definitions are in {@link Metrics}.
 */
public enum Measure {
    MAP("map", "Average precision (mean over topics: MAP)", Metrics::averagePrecision),
    RECIP_RANK("recip_rank", "Reciprocal rank of the first relevant document (mean: MRR)", Metrics::reciprocalRank),
    R_PREC("Rprec", "Precision after R documents, R = number of relevant documents", Metrics::rPrecision),
    P_5("P_5", "Precision at 5", r -> Metrics.precision(r, 5)),
    P_10("P_10", "Precision at 10", r -> Metrics.precision(r, 10)),
    P_100("P_100", "Precision at 100", r -> Metrics.precision(r, 100)),
    RECALL_10("recall_10", "Recall at 10", r -> Metrics.recall(r, 10)),
    RECALL_100("recall_100", "Recall at 100", r -> Metrics.recall(r, 100)),
    RECALL_1000("recall_1000", "Recall at 1000", r -> Metrics.recall(r, 1000)),
    NDCG_CUT_10("ndcg_cut_10", "nDCG at 10 (graded gains)", r -> Metrics.ndcg(r, 10)),
    NDCG_CUT_100("ndcg_cut_100", "nDCG at 100 (graded gains)", r -> Metrics.ndcg(r, 100)),
    PRES_100("PRES_100", "PRES with N_max = 100 (Magdy & Jones 2010)", r -> Metrics.pres(r, 100)),
    PRES_1000("PRES_1000", "PRES with N_max = 1000 (Magdy & Jones 2010)", r -> Metrics.pres(r, 1000));

    private final String label;
    private final String description;
    private final ToDoubleFunction<JudgedRanking> definition;

    Measure(String label, String description, ToDoubleFunction<JudgedRanking> definition) {
        this.label = label;
        this.description = description;
        this.definition = definition;
    }

    /** The name as trec_eval prints it; used in reports, JSON, CSV and expectation files. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public double of(JudgedRanking ranking) {
        return definition.applyAsDouble(ranking);
    }

    /** The measure with that label. */
    public static Measure byLabel(String label) {
        for (Measure m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + label + "'; the measures are: " + labels());
    }

    /** All labels, comma separated, for messages. */
    public static String labels() {
        return Arrays.stream(values()).map(Measure::label).collect(Collectors.joining(", "));
    }
}
