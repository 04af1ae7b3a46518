package org.priorart.cli;

import org.priorart.search.Fusion;
import picocli.CommandLine.Option;

/** The hybrid fusion options, shared by search, similar and eval. */
final class FusionOptions {

    @Option(names = "--fusion", defaultValue = "zscore", paramLabel = "METHOD",
            description = "Hybrid fusion: zscore (default), minmax or rrf.")
    String method;

    @Option(names = "--semantic-weight", paramLabel = "W", description = "Hybrid: weight of the semantic side, 0..1 (default 0.5).")
    Double semanticWeight;

    @Option(names = "--rrf-k", paramLabel = "K", description = "Hybrid rrf: the k in 1/(k + rank) (default 60).")
    Integer rrfK;

    @Option(names = "--depth", paramLabel = "N", description = "Hybrid: hits of each side that take part (default 100).")
    Integer depth;

    /** The fusion these options describe, the defaults where none is given. */
    Fusion fusion() {
        Fusion d = Fusion.DEFAULT;
        return new Fusion(Fusion.Method.parse(method), semanticWeight == null ? d.semanticWeight() : semanticWeight,
                rrfK == null ? d.rrfK() : rrfK, depth == null ? d.depth() : depth);
    }
}
