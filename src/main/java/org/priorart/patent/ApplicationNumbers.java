package org.priorart.patent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application numbers that turn up where a publication is cited. Only the international (PCT)
 * application number has a shape of its own that every office writes alike ({@code PCT/US01/12345},
 * {@code PCT/US2001/012345}); it is recognised as such, so a citation of it is kept as an application
 * and not reported as an unreadable publication number. National application numbers have no common
 * shape and are kept as text.
 */
public final class ApplicationNumbers {

    /** {@code PCT/US01/12345}, {@code PCT/US2001/012345}, {@code PCT US 01 12345}. */
    private static final Pattern PCT = Pattern.compile(
            "^PCT\\s*/?\\s*([A-Z]{2})\\s*/?\\s*(\\d{2}|\\d{4})\\s*/?\\s*(\\d{1,6})$");

    private ApplicationNumbers() {
    }

    /**
     * The PCT application number in WIPO's full form ({@code PCT/US2001/012345}: receiving office,
     * four-digit year, six-digit serial), or null when the text is not one.
     */
    public static String pct(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PCT.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String year = m.group(2);
        if (year.length() == 2) {
            // the PCT took its first applications in 1978
            year = (Integer.parseInt(year) >= 78 ? "19" : "20") + year;
        }
        String serial = "0".repeat(6 - m.group(3).length()) + m.group(3);
        return "PCT/" + m.group(1) + year + "/" + serial;
    }
}
