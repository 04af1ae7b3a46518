package org.priorart.patent;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalized patent publication number: country code, number and (when known) kind code, as in
 * {@code US6859910B2}, {@code US20050004437A1}, {@code USRE41234E}, {@code USPP12345P2} or
 * {@code USD435854S1}.
 *
 * <p>Normalization removes spaces, commas, slashes, dashes and the leading zeros of the number, and
 * drops a trailing issue date as found in the 10k set ({@code US06836996-20050104} becomes
 * {@code US6836996}). A US pre-grant publication keeps its eleven digits
 * ({@code US 2005/0004437 A1} becomes {@code US20050004437A1}).
 *
 * <p>{@link #key()} is the identity of a document in the index. For US documents it leaves the kind
 * out, because US numbers are unique across kinds (a grant is B1 or B2, never both) and many sources
 * omit the kind; elsewhere (EP A1 vs B1) the kind tells two publications of one number apart.
 */
public record PublicationNumber(String country, String number, String kind) {

    /** Series prefixes that are part of a US number: reissue, plant, design, statutory invention, etc. */
    private static final Pattern SERIES = Pattern.compile("^(RE|PP|RX|AI|[DHTX])(?=\\d)");

    private static final Pattern SHAPE = Pattern.compile(
            "^([A-Z]{2})((?:RE|PP|RX|AI|[DHTX])?\\d+)([A-Z]\\d?)?$");

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
            throw new IllegalArgumentException("not a publication number: '" + raw + "'");
        }
        return parsed;
    }

    /** Like {@link #parse} but returns null for input that is not a publication number. */
    public static PublicationNumber tryParse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        // "US06836996-20050104": a trailing -YYYYMMDD issue date is not part of the number.
        s = s.replaceFirst("-(19|20)\\d{6}$", "");
        s = s.replaceAll("[\\s,./\\-]", "");
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String country = m.group(1);
        String number = stripLeadingZeros(m.group(2));
        String kind = m.group(3);
        if (number.isEmpty()) {
            return null;
        }
        return new PublicationNumber(country, number, kind);
    }

    /** A number given as separate parts (as in XML {@code <document-id>}); the parts are normalized. */
    public static PublicationNumber of(String country, String number, String kind) {
        String joined = (country == null ? "" : country.trim())
                + (number == null ? "" : number.trim())
                + (kind == null ? "" : kind.trim());
        return parse(joined);
    }

    private static String stripLeadingZeros(String number) {
        Matcher series = SERIES.matcher(number);
        String prefix = "";
        String digits = number;
        if (series.find()) {
            prefix = series.group(1);
            digits = number.substring(prefix.length());
        }
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return prefix + digits.substring(i);
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
