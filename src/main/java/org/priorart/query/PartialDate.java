package org.priorart.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as written in a query: a day ({@code 2015-01-31} or {@code 20150131}), a month
 * ({@code 2015-01}) or a year ({@code 2015}). A partial date stands for its whole period, so
 * {@code PD=2015} is the year 2015 and {@code PD<2015} is before it.
 *
 * @param text  the normalized spelling ({@code 2015-01-31}, {@code 2015-01}, {@code 2015})
 * @param first the period's first day
 * @param last  the period's last day
 */
public record PartialDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Reads a date; null when the text is not one of the accepted forms or not a real date. */
    public static PartialDate parse(String raw) {
        try {
            Matcher day = DAY.matcher(raw);
            if (day.matches() && (raw.length() == 8 || raw.length() == 10)) {
                if (raw.length() == 10 && (raw.charAt(4) != '-' || raw.charAt(7) != '-')) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
                return new PartialDate(d.toString(), d, d);
            }
            Matcher month = MONTH.matcher(raw);
            if (month.matches()) {
                YearMonth m = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                return new PartialDate(m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            if (YEAR.matcher(raw).matches()) {
                int y = Integer.parseInt(raw);
                return new PartialDate(raw, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
