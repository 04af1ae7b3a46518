package org.priorart.search.signals;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Classification codes at a level, names as compared, and the overlap measures of the signals. */
final class Codes {

    /** The levels of a code: subclass (H01M), main group (H01M10), subgroup (H01M10/05). */
    enum Level {
        SUBCLASS, GROUP, SUBGROUP
    }

    private Codes() {
    }

    static Set<String> at(Collection<String> codes, Level level) {
        Set<String> out = new HashSet<>();
        for (String c : codes) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String code = c.replace(" ", "").toUpperCase(Locale.ROOT);
            out.add(switch (level) {
                case SUBCLASS -> code.substring(0, Math.min(4, code.length()));
                case GROUP -> code.contains("/") ? code.substring(0, code.indexOf('/')) : code;
                case SUBGROUP -> code;
            });
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter == 0 ? 0 : (double) inter / (a.size() + b.size() - inter);
    }

    /** Names as compared: upper case, letters, digits and spaces only ("Smith, J." and "SMITH J" match). */
    static Set<String> names(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            if (n == null) {
                continue;
            }
            String s = n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", "").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static boolean shares(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
