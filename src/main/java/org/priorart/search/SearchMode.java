package org.priorart.search;

import java.util.Locale;
import org.priorart.error.UserInputException;

/** How hits are found and ranked. */
public enum SearchMode {
    /** BM25 over the text fields. */
    KEYWORD,
    /** Nearest passages by embedding; a patent scores by its best passage. */
    SEMANTIC,
    /** Both, fused (see {@link Fusion}). */
    HYBRID;

    public static SearchMode parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown mode '" + s + "'; expected keyword, semantic or hybrid");
        }
    }

    /** Whether the mode ranks by passage vectors: it needs embedding models and an embedded index. */
    public boolean embeds() {
        return this != KEYWORD;
    }

    /** The modes that can run without vectors ({@code embedded} false) or with them, in the order to offer them. */
    public static java.util.List<SearchMode> available(boolean embedded) {
        return embedded ? java.util.List.of(values()) : java.util.List.of(KEYWORD);
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
