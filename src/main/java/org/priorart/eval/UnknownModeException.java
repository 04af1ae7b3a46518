package org.priorart.eval;

import java.util.List;
import java.util.Set;

/** A retrieval mode that the searcher does not offer; the message lists the ones it does. */
public final class UnknownModeException extends IllegalArgumentException {

    /** Modes that are planned but not in the search service yet: they get a message of their own. */
    static final Set<String> PLANNED = Set.of("semantic", "hybrid");

    public UnknownModeException(String mode, List<String> available) {
        super((PLANNED.contains(mode) ? "mode '" + mode + "' is not available yet" : "unknown mode '" + mode + "'")
                + "; available modes: " + String.join(", ", available));
    }
}
