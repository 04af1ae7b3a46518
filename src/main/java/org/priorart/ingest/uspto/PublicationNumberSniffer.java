package org.priorart.ingest.uspto;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.patent.PublicationNumber;

/**
 * Finds the publication number of a document that could not be parsed, so that the skip message
 * can name it: a truncated weekly file still has the number near the top of its last document. A
 * best effort over the raw text (the first 8 KB), one pattern per DTD family.
 */
final class PublicationNumberSniffer {

    private static final int HEAD = 8192;
    private static final List<Pattern> PATTERNS = List.of(
            // v4.x: <publication-reference><document-id><country>US</country><doc-number>..</doc-number><kind>B2</kind>
            Pattern.compile("<publication-reference>\\s*<document-id>\\s*(?:<country>(\\w+)</country>\\s*)?"
                    + "<doc-number>([^<]+)</doc-number>\\s*(?:<kind>(\\w+)</kind>)?"),
            // v1.5: <document-id><doc-number>..</doc-number><kind-code>A1</kind-code>
            Pattern.compile("<subdoc-bibliographic-information>\\s*<document-id>\\s*()<doc-number>([^<]+)</doc-number>"
                    + "\\s*(?:<kind-code>(\\w+)</kind-code>)?"),
            // SGML: <B110><DNUM><PDAT>..</PDAT></DNUM></B110> <B130><PDAT>B1</PDAT></B130>
            Pattern.compile("<B110>\\s*<DNUM>\\s*<PDAT>()([^<]+)</PDAT>\\s*</DNUM>\\s*</B110>\\s*"
                    + "(?:<B130>\\s*<PDAT>(\\w+)</PDAT>)?"));

    private PublicationNumberSniffer() {
    }

    /** The normalized number, or null when none is found. */
    static String sniff(byte[] content) {
        if (content == null) {
            return null;
        }
        String head = new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.ISO_8859_1);
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                String country = m.group(1) == null || m.group(1).isEmpty() ? "US" : m.group(1);
                String kind = m.group(3) == null ? "" : m.group(3);
                PublicationNumber n = PublicationNumber.tryParse(country + m.group(2).strip() + kind);
                return n == null ? null : n.toString();
            }
        }
        return null;
    }
}
