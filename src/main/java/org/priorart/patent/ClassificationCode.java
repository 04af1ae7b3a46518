package org.priorart.patent;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.error.UserInputException;

/**
 * CPC and IPC symbols ({@code H01M 10/0525}), normalized to one spelling and matched by hierarchy.
 *
 * <p>The normalized form has no spaces and no leading zeros in the main group:
 * {@code H01M10/0525}. Sources write the same symbol many ways: {@code H01M 10/0525},
 * {@code H01M  10/0525 (2010.01)}, {@code H01M0010052500} (the fixed-width form of IPC data files).
 *
 * <p>A query prefix matches by level: a section ({@code H}), class ({@code H01}) or subclass
 * ({@code H01M}) matches every symbol that starts with it; a main group ({@code H01M10}) matches its
 * own subgroups ({@code H01M10/...}) but not {@code H01M100/...}; a subgroup prefix
 * ({@code H01M10/05}) matches the subgroups whose digits start with it ({@code H01M10/052},
 * {@code H01M10/0525}), which is how CPC numbers its deeper subgroups.
 */
public final class ClassificationCode {

    private static final Pattern SYMBOL = Pattern.compile(
            "^([A-HY])(\\d{2})([A-Z])\\s*0*(\\d{1,4})\\s*/\\s*(\\d{2,6})");
    /** The fixed-width form: subclass, 4-digit main group, 6-digit subgroup (H01M0010052500). */
    private static final Pattern FIXED = Pattern.compile("^([A-HY])(\\d{2})([A-Z])(\\d{4})(\\d{6})$");
    private static final Pattern PREFIX = Pattern.compile(
            "^([A-HY])(?:(\\d{2})(?:([A-Z])(?:0*(\\d{1,4})(?:/(\\d*))?)?)?)?$");

    private ClassificationCode() {
    }

    /**
     * Normalizes a full classification symbol; returns null when the input is not one (a bare
     * subclass such as {@code H01M} is accepted and returned as is).
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        Matcher fixed = FIXED.matcher(s.replace(" ", ""));
        if (fixed.matches()) {
            String group = stripZeros(fixed.group(4));
            String sub = fixed.group(5).replaceFirst("0+$", "");
            if (sub.length() < 2) {
                sub = (sub + "00").substring(0, 2);
            }
            return fixed.group(1) + fixed.group(2) + fixed.group(3) + group + "/" + sub;
        }
        Matcher m = SYMBOL.matcher(s);
        if (m.find()) {
            return m.group(1) + m.group(2) + m.group(3) + stripZeros(m.group(4)) + "/" + m.group(5);
        }
        String compact = s.replaceAll("\\s+", "");
        if (compact.matches("^[A-HY]\\d{2}[A-Z]$")) {
            return compact;
        }
        return null;
    }

    /**
     * Turns a query prefix ({@code H}, {@code H01}, {@code H01M}, {@code H01M10}, {@code H01M 10/05})
     * into the string prefix that the normalized symbols of its hierarchy start with.
     *
     * @throws IllegalArgumentException when the prefix is not the start of a classification symbol
     */
    public static String queryPrefix(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        Matcher m = PREFIX.matcher(s);
        if (!m.matches()) {
            throw new UserInputException("not a CPC/IPC symbol or prefix: '" + raw
                    + "' (expected e.g. H, H01, H01M, H01M10, H01M10/05)");
        }
        StringBuilder prefix = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            prefix.append(m.group(2));
        }
        if (m.group(3) != null) {
            prefix.append(m.group(3));
        }
        if (m.group(4) != null) {
            prefix.append(stripZeros(m.group(4))).append('/');
            if (m.group(5) != null) {
                prefix.append(m.group(5));
            }
        }
        return prefix.toString();
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }
}
