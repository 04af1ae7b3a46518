package org.priorart.cli;

import java.nio.file.Path;
import org.priorart.search.Fusion;
import org.priorart.search.signals.FusionWeights;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.Signals;
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

    @Option(names = "--signals", paramLabel = "LIST",
            description = "Hybrid: the signal groups to fuse, comma separated (default all): keyword, semantic, classification, "
                    + "names, citations, dates, feedback. The patent groups apply when the query patent is known (similar, "
                    + "patent topics); keyword,semantic alone is the two-signal fusion.")
    String signals;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Hybrid: a fusion weights file (what fit-weights writes) instead of the built-in fusion-weights-v2.json.")
    Path weights;

    /** The signal groups and weights these options choose (no query patent, no feedback yet). */
    Signals signals() {
        Signals s = Signals.of(signals == null ? SignalGroup.ALL : SignalGroup.parseList(signals));
        return weights == null ? s : s.withWeights(FusionWeights.read(weights));
    }

    /** The fusion these options describe, the defaults where none is given. */
    Fusion fusion() {
        Fusion d = Fusion.DEFAULT;
        return new Fusion(Fusion.Method.parse(method), semanticWeight == null ? d.semanticWeight() : semanticWeight,
                rrfK == null ? d.rrfK() : rrfK, depth == null ? d.depth() : depth);
    }
}
