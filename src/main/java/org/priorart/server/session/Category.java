package org.priorart.server.session;

import java.util.Locale;
import org.priorart.error.UserInputException;

/**
 * The categories of a cited document in a search report, as WIPO Standard ST.14 defines them (the
 * letters EPO, PCT and USPTO search reports use). X, Y and A say how relevant a document is; the
 * others say something about it and are combined with one of those ("X,E", "Y,P", "A,D"), see
 * {@link org.priorart.server.casework.Categories}.
 */
public enum Category {
    /** Particularly relevant taken alone: novelty or inventive step in question. */
    X,
    /** Particularly relevant combined with another document of the same category. */
    Y,
    /** Technological background, the general state of the art. */
    A,
    /** Earlier patent document, published on or after the filing (priority) date. */
    E,
    /** Intermediate document: published between the priority date and the filing date. */
    P,
    /** Document cited in the application. */
    D,
    /** Document cited for other reasons (a doubt on a priority claim, a publication date). */
    L,
    /** Non-written disclosure (an oral disclosure, a use, an exhibition). */
    O,
    /** Later document, cited for the principle or theory underlying the invention. */
    T;

    /** Whether it says how relevant the document is (X, Y, A), rather than something about it. */
    public boolean relevance() {
        return this == X || this == Y || this == A;
    }

    public static Category parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserInputException("category", "category must be one of X, Y, A, E, P, D, L, O, T (WIPO ST.14)");
        }
    }
}
