package org.priorart.patent;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.error.UserInputException;

/**
 * A normalized patent publication number: country code, number and (when known) kind code, as in
 * {@code US6859910B2}, {@code US20050004437A1}, {@code USRE41234E}, {@code USPP12345P2},
 * {@code USD435854S1}, {@code EP1234567A1}, {@code WO2001012345A1}, {@code JPH10123456A} or
 * {@code TWM123456U}.
 *
 * <p>Normalization removes spaces, commas, slashes, dashes and the leading zeros of the number, and
 * drops a trailing issue date as found in the 10k set ({@code US06836996-20050104} becomes
 * {@code US6836996}). The shapes offices and citation lists write are read (see
 * {@link NumberShapes}): US reissues written {@code USR42592} become {@code USRE42592}; a US
 * pre-grant publication keeps eleven digits ({@code US 2005/0004437 A1} and the ten-digit
 * {@code US2005004437} of DOCDB and EP search reports both become {@code US20050004437}); WO numbers
 * get a four-digit year and a six-digit serial ({@code WO 01/12345} and {@code WO0112345} become
 * {@code WO2001012345}); a number's series prefix stays part of it ({@code JPH10123456},
 * {@code JPS6012345}, {@code TWI123456}, {@code TWM123456}); the EP search-report spelling
 * {@code EP-A-0 123 456} puts the kind last.
 *
 * <p>{@link #key()} is the identity of a document in the index. For US documents it leaves the kind
 * out, because US numbers are unique across kinds (a grant is B1 or B2, never both) and many sources
 * omit the kind; elsewhere (EP A1 vs B1) the kind tells two publications of one number apart.
 */
public record PublicationNumber(String country, String number, String kind) {

    /**
     * The longest text read as a publication number, with all its spaces, commas and dashes (the
     * longest real spelling is about 25 characters): anything longer is not one, and is refused
     * before it is looked at (an API path, a list of numbers to chart).
     */
    public static final int MAX_LENGTH = 64;

    /** Country, an optional series prefix of letters, the digits, an optional kind (letter, digit). */
    private static final Pattern SHAPE = Pattern.compile("^([A-Z]{2})([A-Z]{1,2})?(\\d+)([A-Z]\\d?)?$");

    public PublicationNumber {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(number, "number");
        kind = kind == null || kind.isEmpty() ? null : kind;
    }

    /**
     * Parses a publication number in any of the usual spellings.
     *
     * @throws IllegalArgumentException naming the input when it is not a publication number
     */
    public static PublicationNumber parse(String raw) {
        PublicationNumber parsed = tryParse(raw);
        if (parsed == null) {
            String shown = raw == null || raw.length() <= MAX_LENGTH ? raw : raw.substring(0, MAX_LENGTH) + "...";
            throw new UserInputException("not a publication number: '" + shown + "'");
        }
        return parsed;
    }

    /** Like {@link #parse} but returns null for input that is not a publication number (or longer than {@link #MAX_LENGTH}). */
    public static PublicationNumber tryParse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return null;
        }
        String s = NumberShapes.canonicalSpelling(raw.strip().toUpperCase(Locale.ROOT));
        if (s == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String country = m.group(1);
        String series = NumberShapes.series(country, m.group(2));
        if (series == null) {
            return null;
        }
        String digits = NumberShapes.digits(country, series, stripLeadingZeros(m.group(3)));
        if (digits == null) {
            return null;
        }
        return new PublicationNumber(country, series + digits, m.group(4));
    }

    /** A number given as separate parts (as in XML {@code <document-id>}); the parts are normalized. */
    public static PublicationNumber of(String country, String number, String kind) {
        String joined = (country == null ? "" : country.trim())
                + (number == null ? "" : number.trim())
                + (kind == null ? "" : kind.trim());
        return parse(joined);
    }

    /** Like {@link #of} but null when the parts are not a publication number. */
    public static PublicationNumber tryOf(String country, String number, String kind) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String c = country == null ? "" : country.trim();
        String k = kind == null ? "" : kind.trim();
        PublicationNumber parsed = tryParse(c + number.trim() + k);
        // Some sources put a kind that is not one (DOCDB's "W" of a PCT filing, a blank): the number alone then.
        return parsed != null || k.isEmpty() ? parsed : tryParse(c + number.trim());
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** The identity of this document in the index (see the class comment). */
    public String key() {
        return "US".equals(country) || kind == null ? country + number : country + number + kind;
    }

    /** Country and number without the kind: what qrels and citations usually give. */
    public String withoutKind() {
        return country + number;
    }

    /** True for a US pre-grant application publication (eleven digits starting with the year). */
    public boolean isUsApplication() {
        return "US".equals(country) && number.length() == 11 && number.matches("(19|20)\\d{9}");
    }

    @Override
    public String toString() {
        return kind == null ? country + number : country + number + kind;
    }
}
