package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.patent.Claim;
import org.priorart.patent.ClaimText;

/**
 * Builds numbered claims with their dependencies from what a USPTO document gives per claim: an id,
 * perhaps a declared number, the text (which usually starts with its own printed number), and the
 * ids of the claims it references in markup ({@code <claim-ref idref>}, SGML {@code <CLREF ID>},
 * v1.5 {@code <dependent-claim-reference depends_on>}).
 *
 * <p>The markup references are exact but incomplete: "claims 1 to 5" marks up only 1 and 5. So the
 * dependencies are the marked-up references together with those {@link ClaimText} finds in the
 * wording, restricted to earlier claims, as a claim can only depend on claims before it.
 */
final class ClaimsBuilder {

    /**
     * The printed number in front of a claim ("1.", "2)", "1-20." for a range of cancelled claims),
     * but not the "1." of "1.5 grams".
     */
    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^\\s*(\\d{1,4})(?:\\s*[-\u2013]\\s*\\d{1,4})?\\s*[.):](?!\\d)\\s*");
    private static final Pattern DIGITS = Pattern.compile("(\\d+)\\D*$");

    /**
     * One claim as found in the document.
     *
     * @param id             the claim's id attribute, or null
     * @param declaredNumber the number the markup declares (v4.x {@code num}), or 0
     * @param text           the claim text, possibly starting with its printed number
     * @param referencedIds  ids of the claims referenced in markup
     */
    record RawClaim(String id, int declaredNumber, String text, List<String> referencedIds) {
    }

    private ClaimsBuilder() {
    }

    static List<Claim> build(List<RawClaim> raw) {
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, Integer> numberById = new HashMap<>();
        int previous = 0;
        for (RawClaim c : raw) {
            String text = c.text() == null ? "" : c.text().strip();
            Matcher lead = LEADING_NUMBER.matcher(text);
            int printed = 0;
            if (lead.find()) {
                printed = Integer.parseInt(lead.group(1));
                text = text.substring(lead.end());
            }
            int number = c.declaredNumber() > 0 ? c.declaredNumber()
                    : printed > 0 ? printed
                    : idNumber(c.id()) > 0 ? idNumber(c.id())
                    : previous + 1;
            previous = number;
            numbers.add(number);
            texts.add(text);
            if (c.id() != null) {
                numberById.put(c.id(), number);
            }
        }
        List<Claim> claims = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            int number = numbers.get(i);
            TreeSet<Integer> dependsOn = new TreeSet<>(ClaimText.references(number, texts.get(i)));
            for (String ref : raw.get(i).referencedIds()) {
                Integer target = numberById.get(ref);
                if (target == null) {
                    target = idNumber(ref);
                }
                if (target >= 1 && target < number) {
                    dependsOn.add(target);
                }
            }
            claims.add(new Claim(number, texts.get(i), new ArrayList<>(dependsOn)));
        }
        return claims;
    }

    /** The number at the end of an id such as CLM-00012, or 0. */
    private static int idNumber(String id) {
        if (id == null) {
            return 0;
        }
        Matcher m = DIGITS.matcher(id);
        if (!m.find()) {
            return 0;
        }
        String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }
}
