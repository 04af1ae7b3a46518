package org.priorart.server.casework;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.error.UserInputException;

/**
 * The claims a citation is relevant to, as a search report writes them: numbers and ranges
 * separated by commas ("1-3, 5, 7-9"). Words, a range that runs backwards and (in a case that
 * knows its claims) a claim the application does not have are refused, with what is wrong.
 */
public final class ClaimNumbers {

    private static final Pattern ITEM = Pattern.compile("\\s*(\\d{1,4})\\s*(?:[-–]\\s*(\\d{1,4}))?\\s*");

    private ClaimNumbers() {
    }

    /**
     * @param claims   what the examiner wrote (empty: none)
     * @param maxClaim the application's last claim, or 0 when not known
     * @throws UserInputException saying which part is wrong
     */
    public static void check(String claims, int maxClaim) {
        if (claims == null || claims.isBlank()) {
            return;
        }
        for (String part : claims.split("[,;]")) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) {
                throw new UserInputException("claims: '" + part.strip() + "' is not a claim number or range; write "
                        + "numbers and ranges such as 1-3, 5");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (from < 1 || to < from) {
                throw new UserInputException("claims: the range '" + part.strip() + "' runs backwards or from 0");
            }
            if (maxClaim > 0 && to > maxClaim) {
                throw new UserInputException("claims: the application has claims 1 to " + maxClaim + ", not "
                        + to);
            }
        }
    }
}
