package org.priorart.ingest.uspto;

import java.util.Locale;

/**
 * Who cited a reference, in the words PriorArt stores ({@code Citation#citedBy()}): the XML's
 * {@code <category>cited by examiner</category>} and the SGML's {@code <CITED-BY-EXAMINER/>} both
 * become "examiner"; "applicant", "other" and "third party" likewise.
 */
final class CitedBy {

    private CitedBy() {
    }

    /** "cited by examiner" → "examiner"; null or blank → null. */
    static String fromCategory(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        String c = XmlText.collapse(category).toLowerCase(Locale.ROOT);
        return c.startsWith("cited by ") ? c.substring("cited by ".length()) : c;
    }

    /** "CITED-BY-EXAMINER" → "examiner"; null when the element name is not a CITED-BY marker. */
    static String fromSgmlMarker(String elementName) {
        if (elementName == null || !elementName.startsWith("CITED-BY-")) {
            return null;
        }
        return elementName.substring("CITED-BY-".length()).toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
