package org.priorart.eval.report;

import java.util.Locale;

/**
 * Escaping for the report. Everything that comes from input (topic ids and texts, document ids,
 * titles, run names, file names) goes through {@link #escape} before it is written into HTML or
 * SVG, text and attributes alike: patent titles and run files are untrusted.
 */
public final class Html {

    private Html() {
    }

    /** The text with &amp; &lt; &gt; &quot; &#39; escaped and control characters blanked. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return s.toString();
    }

    /** A measure value as the report shows it (4 decimals, as trec_eval prints). */
    public static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** A signed difference: +0.0123, −0.0456. */
    public static String signed(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+.4f", value);
    }

    /** A p-value: 4 decimals, "&lt; 0.0001" below that. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** At most {@code max} characters of a text, cut at a word, with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
