package org.priorart.ingest.uspto;

import java.util.StringJoiner;

/**
 * Writes people's names the way PriorArt shows them, given name first ("Everette E. Daniels"),
 * whatever order the source keeps them in: name parts in the XML formats, "Family; Given" in the
 * Green Book.
 */
final class PersonNames {

    private PersonNames() {
    }

    /** Joins the non-blank parts with single spaces; null when all are blank. */
    static String join(String... parts) {
        StringJoiner name = new StringJoiner(" ");
        for (String part : parts) {
            String p = part == null ? "" : XmlText.collapse(part);
            if (!p.isEmpty()) {
                name.add(p);
            }
        }
        String s = name.toString();
        return s.isEmpty() ? null : s;
    }

    /**
     * Turns the Green Book's "Family; Given" into "Given Family" ("Miller, Jr.; George H." becomes
     * "George H. Miller, Jr."). A name without a semicolon (an organisation) is returned as is.
     */
    static String fromFamilyFirst(String raw) {
        if (raw == null) {
            return null;
        }
        int semicolon = raw.indexOf(';');
        if (semicolon < 0) {
            return join(raw);
        }
        return join(raw.substring(semicolon + 1), raw.substring(0, semicolon));
    }
}
