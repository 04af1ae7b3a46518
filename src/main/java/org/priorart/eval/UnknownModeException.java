package org.priorart.eval;

import java.util.List;
import java.util.Set;

/** A retrieval mode that the searcher does not offer; the message lists the ones it does. */
public final class UnknownModeException extends IllegalArgumentException {

    /** The modes that need embedding models and an embedded index. */
    static final Set<String> SEMANTIC = Set.of("semantic", "hybrid");

    public UnknownModeException(String mode, List<String> available) {
        super((SEMANTIC.contains(mode)
                ? "mode '" + mode + "' needs embedding models and an index with passage vectors ('./priorart embed')"
                : "unknown mode '" + mode + "'")
                + "; available modes: " + String.join(", ", available));
    }
}
