package org.priorart.eval;

import java.util.List;
import org.priorart.error.UserInputException;
import org.priorart.search.SearchMode;

/** A retrieval mode that the searcher does not offer; the message lists the ones it does. */
public final class UnknownModeException extends UserInputException {

    public UnknownModeException(String mode, List<String> available) {
        super((embeds(mode)
                ? "mode '" + mode + "' needs embedding models and an index with passage vectors ('./priorart embed')"
                : "unknown mode '" + mode + "'")
                + "; available modes: " + String.join(", ", available));
    }

    /** Whether the mode is one of the search modes that need embedding models and an embedded index. */
    private static boolean embeds(String mode) {
        try {
            return SearchMode.parse(mode).embeds();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
