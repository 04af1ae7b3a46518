package org.priorart.patent;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings of publication numbers that offices, DOCDB and citation lists use, brought to one
 * shape before {@link PublicationNumber} reads country, series, digits and kind. One place for the
 * rules of each country, so that a new shape is added here and nowhere else.
 */
final class NumberShapes {

    /** A trailing -YYYYMMDD issue date, as in the 10k set's {@code US06836996-20050104}. */
    private static final Pattern ISSUE_DATE = Pattern.compile("-(19|20)\\d{6}$");
    /** The EP search-report spelling: country, kind, number ({@code EP-A-0 123 456}, {@code WO-A1-2014/114885}). */
    private static final Pattern COUNTRY_KIND_NUMBER = Pattern.compile("^([A-Z]{2})\\s*-\\s*([A-Z]\\d?)\\s*-\\s*(\\S.*)$");
    /** WO with the year apart: {@code WO 01/12345}, {@code WO2004/012345 A1}. */
    private static final Pattern WO_YEAR_SERIAL = Pattern.compile("^WO\\s*(\\d{2}|\\d{4})\\s*/\\s*(\\d{1,6})\\s*([A-Z]\\d?)?$");
    /** WO written compactly: two or four digits of year and a five- or six-digit serial. */
    private static final Pattern WO_COMPACT = Pattern.compile("^WO(\\d{7,10})([A-Z]\\d?)?$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,./\\-]");

    /**
     * The series prefixes that are part of a number, per country: US reissues (RE, also written R),
     * plant patents (PP), designs (D), statutory invention registrations (H), defensive publications
     * (T), X-patents (X), additional improvements (AI, RX); the Japanese era years (S Showa, H Heisei,
     * T Taisho, M Meiji); Taiwanese inventions (I), utility models (M) and designs (D); Brazilian
     * PI and MU, Mexican PA; Austrian (E) and Spanish (T) validations of European patents.
     */
    private static final Map<String, Set<String>> SERIES = Map.of(
            "US", Set.of("RE", "R", "PP", "D", "H", "T", "X", "AI", "RX"),
            "JP", Set.of("S", "H", "T", "M"),
            "TW", Set.of("I", "M", "D"),
            "BR", Set.of("PI", "MU"),
            "MX", Set.of("PA"),
            "AT", Set.of("E"),
            "ES", Set.of("T"));

    private NumberShapes() {
    }

    /**
     * The number in one compact spelling (country, series, digits, kind; no separators), or null when
     * it is not a publication number at all (a PCT application number, see {@link ApplicationNumbers}).
     */
    static String canonicalSpelling(String upper) {
        String s = ISSUE_DATE.matcher(upper).replaceFirst("");
        if (s.startsWith("PCT")) {
            return null;
        }
        Matcher ckn = COUNTRY_KIND_NUMBER.matcher(s);
        if (ckn.matches()) {
            s = ckn.group(1) + ckn.group(3).strip() + " " + ckn.group(2);
        }
        if (s.startsWith("WO")) {
            return wo(s);
        }
        return SEPARATORS.matcher(s).replaceAll("");
    }

    private static String wo(String s) {
        Matcher m = WO_YEAR_SERIAL.matcher(s);
        if (m.matches()) {
            return woNumber(m.group(1), m.group(2), m.group(3));
        }
        String compact = SEPARATORS.matcher(s).replaceAll("");
        Matcher c = WO_COMPACT.matcher(compact);
        if (!c.matches()) {
            return compact;
        }
        String digits = c.group(1);
        // 7 digits: YY + 5 (up to 2001); 8: YY + 6 (2002-2003); 9: YYYY + 5; 10: YYYY + 6 (from 2004).
        int yearDigits = digits.length() <= 8 ? 2 : 4;
        return woNumber(digits.substring(0, yearDigits), digits.substring(yearDigits), c.group(2));
    }

    /** WO + four-digit year + six-digit serial + kind; PCT publications started in 1978. */
    private static String woNumber(String year, String serial, String kind) {
        String y = year.length() == 4 ? year : (Integer.parseInt(year) >= 78 ? "19" : "20") + year;
        String padded = "0".repeat(Math.max(0, 6 - serial.length())) + serial;
        return "WO" + y + padded + (kind == null ? "" : kind);
    }

    /** The series as stored (US "R" is a reissue, "RE"), "" for none, or null when the country has no such series. */
    static String series(String country, String letters) {
        if (letters == null) {
            return "";
        }
        Set<String> known = SERIES.get(country);
        if (known == null || !known.contains(letters)) {
            return null;
        }
        return "US".equals(country) && "R".equals(letters) ? "RE" : letters;
    }

    /**
     * The digits as stored: a US pre-grant publication of ten digits (DOCDB and EP search reports drop
     * the serial's leading zero: {@code 2007204872}) gets its eleventh back ({@code 20070204872}).
     */
    static String digits(String country, String series, String digits) {
        if ("US".equals(country) && series.isEmpty() && digits.length() == 10 && digits.matches("(19|20)\\d{8}")) {
            return digits.substring(0, 4) + "0" + digits.substring(4);
        }
        return digits;
    }
}
