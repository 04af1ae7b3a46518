package org.priorart.server.session;

import java.util.Locale;
import org.priorart.error.UserInputException;

/** The categories of a cited document in a search report (as in EPO and PCT search reports). */
public enum Category {
    /** Particularly relevant taken alone: novelty or inventive step in question. */
    X,
    /** Particularly relevant combined with another document of the same category. */
    Y,
    /** Technological background, the general state of the art. */
    A;

    public static Category parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserInputException("category", "category must be X, Y or A");
        }
    }
}
