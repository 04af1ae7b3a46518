package org.priorart.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns claim text as sources print it ("2. A method as claimed in claim 1, wherein ...") into a
 * {@link Claim}: the number is taken from the text when it starts with one, and the claims it refers
 * to are found from the usual wordings ("claim 1", "claims 1 to 3", "any one of claims 1-4",
 * "claim 1 or 2", "any preceding claim").
 */
public final class ClaimText {

    /** "12.", "12)" or "1.)" but not the "1.5" of "1.5 grams of ...". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,4})\\s*[.):]{1,2}(?!\\d)\\s*");
    /**
     * "claim 3", "claims 1 to 4", "claims 1-4", "claims 1, 2 or 5", "claims 1 and 2"; and as the German
     * and French claims of EP documents write it: "Anspruch 1", "Ansprüche 1 bis 3", "revendication 1",
     * "revendications 1 à 3".
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:claims?|anspr(?:uchs?|üchen?)|revendications?)\\s+"
                    + "(\\d{1,4}(?:\\s*(?:-|–|to|through|or|and|bis|oder|und|à|ou|et|,|, or|, and)\\s*\\d{1,4})*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s*(?:-|–|to|through|bis|à)\\s*(\\d{1,4})");
    private static final Pattern ANY_PRECEDING = Pattern.compile(
            "\\b(?:any|one) (?:one )?of the (?:preceding|previous|foregoing|above) claims|\\bany (?:preceding|previous|foregoing) claim",
            Pattern.CASE_INSENSITIVE);

    private ClaimText() {
    }

    /**
     * Parses one claim.
     *
     * @param ordinal the claim's position in its list (1-based), used when the text has no number
     * @param raw     the claim text, possibly starting with its number
     */
    public static Claim parse(int ordinal, String raw) {
        String text = raw == null ? "" : raw.strip();
        int number = ordinal;
        Matcher lead = LEADING_NUMBER.matcher(text);
        if (lead.find()) {
            number = Integer.parseInt(lead.group(1));
            text = text.substring(lead.end());
        }
        return new Claim(number, text, references(number, text));
    }

    /** The numbers of earlier claims that a claim text refers to (a claim only depends on earlier ones). */
    public static List<Integer> references(int number, String text) {
        TreeSet<Integer> refs = new TreeSet<>();
        // Only the preamble decides dependency; later "claim" words are rare but look at the first 300 chars.
        String head = text.length() > 300 ? text.substring(0, 300) : text;
        Matcher m = REFERENCE.matcher(head);
        while (m.find()) {
            String list = m.group(1);
            Matcher range = RANGE.matcher(list);
            while (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int i = from; i <= to && i - from < 200; i++) {
                    refs.add(i);
                }
            }
            for (String n : list.split("\\D+")) {
                if (!n.isEmpty()) {
                    refs.add(Integer.parseInt(n));
                }
            }
        }
        if (refs.isEmpty() && ANY_PRECEDING.matcher(head).find()) {
            for (int i = 1; i < number; i++) {
                refs.add(i);
            }
        }
        List<Integer> earlier = new ArrayList<>();
        for (int r : refs) {
            if (r >= 1 && r < number) {
                earlier.add(r);
            }
        }
        return earlier;
    }
}
