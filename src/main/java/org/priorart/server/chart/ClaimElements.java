package org.priorart.server.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.error.UserInputException;

/**
 * Splits a claim into its elements. The rule is simple and predictable on purpose, so an examiner
 * can foresee it and correct it (the page lets them edit the elements):
 *
 * <ol>
 *   <li>A leading claim number ("1.", "1)") is not part of any element.</li>
 *   <li>The <b>preamble</b> runs up to and including the first transition: "comprising",
 *       "comprises", "consisting of", "consisting essentially of", "characterized/characterised
 *       in that/by", "including:" (only with a colon: "including" is common inside elements),
 *       with a colon or comma right after it. Without a transition, the text before the first
 *       "wherein" is the preamble (a dependent claim: "The battery of claim 1, wherein ...").</li>
 *   <li>The body is split at <b>semicolons</b> and <b>line breaks</b>, and before every
 *       "<b>wherein</b>", "<b>whereby</b>", "<b>such that</b>" or "<b>so that</b>" that does not start
 *       a piece, and before an "<b>and</b>" followed by contains, comprises, includes, has or is (a
 *       second limitation of the same thing: "is folded and contains a cut").</li>
 *   <li>Each piece is trimmed of spaces, of a trailing "and"/"or" and of trailing commas, colons,
 *       semicolons and periods, and of a leading "and"/"or" (a piece of nothing else is dropped).</li>
 *   <li>A piece of a single word is joined to the element before it (to the next when it comes
 *       first): a stray "and" or "thereof" is not a limitation.</li>
 * </ol>
 * Offsets of each element in the claim text are kept, so the page can show where each one is.
 */
public final class ClaimElements {

    /** Elements per claim at most: a chart of more would not be read, and each is a search. */
    public static final int MAX_ELEMENTS = 30;
    private static final int MIN_WORDS = 2;

    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*[.)]\\s*");
    private static final Pattern TRANSITION = Pattern.compile(
            "\\b(?:comprising|comprises|consisting essentially of|consisting of|characteri[sz]ed in that|characteri[sz]ed by"
                    + "|including(?=\\s*:))\\b\\s*[:,]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEREIN = Pattern.compile("\\b(?:wherein|whereby)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Where else an element ends inside a piece: before a result clause ("such that", "so that") and
     * before an "and" that starts a second limitation of the same subject ("... is folded and contains
     * a cut"): each is a limitation of its own, to be found (or not) in the art on its own.
     */
    private static final Pattern SPLIT = Pattern.compile(
            "\\b(?:wherein|whereby|such that|so that)\\b|\\band(?=\\s+(?:contains?|comprises?|includes?|has|have|is|are)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("[;\\n\\r]+");
    private static final Pattern TRAILING = Pattern.compile("(?:[\\s,;.:]+|\\s+(?:and|or)\\b)+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING = Pattern.compile("^(?:[\\s,;:]+|(?:and|or)\\b\\s*)+", Pattern.CASE_INSENSITIVE);

    private ClaimElements() {
    }

    /** A stretch of the claim text. */
    private record Piece(int start, int end) {
    }

    /**
     * The elements of a claim, in order; the preamble first when there is one.
     *
     * @throws IllegalArgumentException when the claim has no words, or more than {@value #MAX_ELEMENTS} elements
     */
    public static List<ClaimElement> split(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new UserInputException("the claim is empty");
        }
        int from = 0;
        Matcher number = NUMBER.matcher(claim);
        if (number.find()) {
            from = number.end();
        }
        Piece preamble = null;
        int bodyStart = from;
        Matcher t = TRANSITION.matcher(claim);
        if (t.find(from)) {
            preamble = new Piece(from, t.end());
            bodyStart = t.end();
        } else {
            Matcher w = WHEREIN.matcher(claim);
            if (w.find(from) && w.start() > from) {
                preamble = new Piece(from, w.start());
                bodyStart = w.start();
            }
        }
        List<Piece> pieces = new ArrayList<>();
        if (preamble != null) {
            pieces.add(preamble);
        }
        Matcher b = BREAK.matcher(claim);
        int at = bodyStart;
        while (at < claim.length()) {
            int end = b.find(at) ? b.start() : claim.length();
            splitAtWherein(claim, at, end, pieces);
            at = end == claim.length() ? end : b.end();
        }
        List<Piece> trimmed = new ArrayList<>();
        for (Piece p : pieces) {
            Piece q = trim(claim, p);
            if (q != null) {
                trimmed.add(q);
            }
        }
        List<Piece> merged = mergeShort(claim, trimmed);
        if (merged.isEmpty()) {
            throw new UserInputException("the claim has no words to chart");
        }
        if (merged.size() > MAX_ELEMENTS) {
            throw new UserInputException("the claim splits into " + merged.size() + " elements; at most "
                    + MAX_ELEMENTS + " are charted: chart one claim at a time, or give the elements yourself");
        }
        boolean hasPreamble = preamble != null && merged.get(0).start() == trim(claim, preamble).start();
        List<ClaimElement> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            Piece p = merged.get(i);
            String label = hasPreamble ? (i == 0 ? "pre" : letters(i - 1)) : letters(i);
            out.add(new ClaimElement(label, claim.substring(p.start(), p.end()), p.start(), p.end()));
        }
        return out;
    }

    /** Elements given one by one (the examiner's own split): labelled a, b, c, without offsets. */
    public static List<ClaimElement> given(List<String> texts) {
        List<ClaimElement> out = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                out.add(new ClaimElement(letters(out.size()), text.strip(), null, null));
            }
        }
        if (out.isEmpty()) {
            throw new UserInputException("the elements are empty");
        }
        if (out.size() > MAX_ELEMENTS) {
            throw new UserInputException("at most " + MAX_ELEMENTS + " elements are charted, was " + out.size());
        }
        return out;
    }

    private static void splitAtWherein(String claim, int start, int end, List<Piece> pieces) {
        Matcher w = SPLIT.matcher(claim).region(start, end);
        int at = start;
        while (w.find()) {
            if (claim.substring(at, w.start()).isBlank()) {
                continue; // the piece starts with it
            }
            pieces.add(new Piece(at, w.start()));
            at = w.start();
        }
        pieces.add(new Piece(at, end));
    }

    private static Piece trim(String claim, Piece p) {
        String s = claim.substring(p.start(), p.end());
        Matcher lead = LEADING.matcher(s);
        int a = lead.find() ? lead.end() : 0;
        Matcher trail = TRAILING.matcher(s);
        int z = s.length();
        if (trail.find(a)) {
            z = trail.start();
        }
        // A trailing "and" may leave a comma or space before it: trim again.
        while (z > a && ",;:. \t".indexOf(s.charAt(z - 1)) >= 0) {
            z--;
        }
        if (z <= a) {
            return null;
        }
        return new Piece(p.start() + a, p.start() + z);
    }

    private static List<Piece> mergeShort(String claim, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (words(claim, p) < MIN_WORDS && !out.isEmpty()) {
                Piece prev = out.remove(out.size() - 1);
                out.add(new Piece(prev.start(), p.end()));
            } else {
                out.add(p);
            }
        }
        if (out.size() > 1 && words(claim, out.get(0)) < MIN_WORDS) {
            Piece first = out.remove(0);
            Piece next = out.remove(0);
            out.add(0, new Piece(first.start(), next.end()));
        }
        return out;
    }

    private static int words(String claim, Piece p) {
        String s = claim.substring(p.start(), p.end()).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** a, b, ..., z, aa, ab, ... */
    static String letters(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.insert(0, (char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }
}
