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

    /** The levels of agreement {@link #graded} tells apart. */
    private static final int GRADES = 4;

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
                case GROUP -> mainGroup(code);
                case SUBGROUP -> code;
            });
        }
        return out;
    }

    /**
     * The graded overlap of two code lists: for each code of {@code query}, the deepest level at which
     * some code of {@code candidate} agrees with it (class, subclass, main group, full code: 1 to 4
     * quarters), averaged over the query's codes; 0 when either has none. Unlike the jaccard at one
     * level it tells a candidate one level off (H01M10/04 against H01M10/05) from an unrelated one.
     */
    static double graded(Collection<String> query, Collection<String> candidate) {
        Set<String> q = at(query, Level.SUBGROUP);
        Set<String> c = at(candidate, Level.SUBGROUP);
        if (q.isEmpty() || c.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String a : q) {
            int best = 0;
            for (String b : c) {
                best = Math.max(best, agreement(a, b));
                if (best == GRADES) {
                    break;
                }
            }
            sum += (double) best / GRADES;
        }
        return sum / q.size();
    }

    /** How deep two normalized codes agree: 4 the same code, 3 the main group, 2 the subclass, 1 the class. */
    private static int agreement(String a, String b) {
        if (a.equals(b)) {
            return 4;
        }
        if (mainGroup(a).equals(mainGroup(b))) {
            return 3;
        }
        if (a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
            return 2;
        }
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3) ? 1 : 0;
    }

    private static String mainGroup(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
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
