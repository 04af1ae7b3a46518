package org.priorart.ingest.uspto;

import java.time.LocalDate;
import org.priorart.patent.Citation;
import org.priorart.patent.PublicationNumber;

/**
 * Publication numbers from the parts USPTO documents give (country, number, kind), for the document
 * itself, where a bad number makes the document unreadable, and for the patents it cites, where a
 * number that does not parse is kept as text.
 */
final class UsptoNumbers {

    private UsptoNumbers() {
    }

    /**
     * The document's own number; the country defaults to US.
     *
     * @param where the element path, for the error message
     * @throws MalformedDocumentException when the number is missing or is not a publication number
     */
    static PublicationNumber own(String country, String number, String kind, String where)
            throws MalformedDocumentException {
        if (number == null || number.isBlank()) {
            throw new MalformedDocumentException("no publication number: " + where + " is missing or empty");
        }
        PublicationNumber parsed = PublicationNumber.tryParse(orUs(country) + number.strip() + (kind == null ? "" : kind.strip()));
        if (parsed == null) {
            throw new MalformedDocumentException("not a publication number at " + where + ": '" + number.strip()
                    + (kind == null ? "" : "' kind '" + kind.strip()) + "'");
        }
        return parsed;
    }

    /**
     * A cited patent: its normalized number, or (when that does not parse) a citation that keeps the
     * raw reference as text.
     */
    static Citation cited(String country, String number, String kind, LocalDate date, String citedBy) {
        String raw = orUs(country) + " " + (number == null ? "" : number.strip()) + (kind == null ? "" : " " + kind.strip());
        PublicationNumber parsed = number == null ? null
                : PublicationNumber.tryParse(orUs(country) + number.strip() + (kind == null ? "" : kind.strip()));
        if (parsed == null && kind != null) {
            parsed = PublicationNumber.tryParse(orUs(country) + number.strip());
        }
        return new Citation(parsed, parsed == null ? XmlText.collapse(raw) : null, date, citedBy);
    }

    private static String orUs(String country) {
        return country == null || country.isBlank() ? "US" : country.strip();
    }
}
