package org.priorart.engine;

import java.util.Locale;
import org.priorart.error.UserInputException;

/**
 * Which earlier documents count as prior art against a date D (the earliest priority date of the
 * application under search, else its filing date).
 */
public enum PriorArtRule {
    /** Published before D. */
    PUBLISHED,
    /**
     * Published before D, or a patent document filed (or with priority) before D and published on or
     * after it: prior art for novelty under US 35 U.S.C. 102(a)(2) (formerly 102(e)) and EPC Art.
     * 54(3), the "E" category of search reports. On real examiner citations about two thirds of the
     * cited patents are of this second kind, so a publication-only cutoff loses most real prior art.
     */
    EFFECTIVE;

    public static PriorArtRule parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown prior-art rule '" + s + "'; expected published or effective");
        }
    }
}
