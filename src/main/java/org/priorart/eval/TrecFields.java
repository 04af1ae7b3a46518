package org.priorart.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a qrels or run line into its white-space separated fields, as trec_eval's parsers do
 * (C {@code isspace}: space, tab, newline, vertical tab, form feed, carriage return). Done by hand:
 * {@code String.split("\\s+")} compiles a regular expression per line, which dominated the reading
 * of million-line runs.
 */
final class TrecFields {

    private TrecFields() {
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>(6);
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                fields.add(line.substring(start, i));
            }
        }
        return fields.toArray(String[]::new);
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
