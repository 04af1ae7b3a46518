package org.priorart.patent;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date spellings found in patent data: {@code 20050222} (USPTO XML), {@code 2005-02-22}
 * (ISO), {@code 2012-02-14 00:00:00} (Pap2Pat), and the Green Book's {@code 19510200}, whose day 00
 * (or month 00) means "only the month (year) is known" and is read as the first day.
 */
public final class PatentDates {

    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$");

    private PatentDates() {
    }

    /**
     * Parses a date; blank input gives null.
     *
     * @throws DateTimeException naming the input when it is not a date
     */
    public static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher m = COMPACT.matcher(s);
        if (!m.matches()) {
            m = ISO.matcher(s);
            if (!m.matches()) {
                throw new DateTimeException("not a date: '" + raw + "' (expected YYYY-MM-DD or YYYYMMDD)");
            }
        }
        int year = Integer.parseInt(m.group(1));
        int month = Math.max(1, Integer.parseInt(m.group(2)));
        int day = Math.max(1, Integer.parseInt(m.group(3)));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException("not a date: '" + raw + "' (" + e.getMessage() + ")");
        }
    }

    /** Like {@link #parse} but gives null instead of failing: for optional dates in lenient formats. */
    public static LocalDate parseOrNull(String raw) {
        try {
            return parse(raw);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
