package org.priorart.ingest.uspto;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.priorart.patent.PatentDates;

/**
 * Dates as the USPTO formats write them ({@link PatentDates} does the parsing), with the two
 * policies the readers need: a document's own dates (filing, publication) must be dates or the
 * document is malformed, while the dates of things it refers to (a priority claim, a cited patent)
 * are taken when readable and dropped when not, because a bad date there should not cost the whole
 * document. A date before 1790, the year of the first US patent, stands for a placeholder such as
 * {@code 00000000} and is no date.
 */
final class UsptoDates {

    private static final int FIRST_PATENT_YEAR = 1790;

    private UsptoDates() {
    }

    /**
     * A document's own date.
     *
     * @param field names the field in the error message
     * @throws MalformedDocumentException when the text is present but not a date
     */
    static LocalDate required(String raw, String field) throws MalformedDocumentException {
        try {
            return plausible(PatentDates.parse(raw));
        } catch (DateTimeException e) {
            throw new MalformedDocumentException(field + ": " + e.getMessage());
        }
    }

    /** The date of something referred to, or null when it is missing or unreadable. */
    static LocalDate lenient(String raw) {
        return plausible(PatentDates.parseOrNull(raw));
    }

    private static LocalDate plausible(LocalDate date) {
        return date == null || date.getYear() < FIRST_PATENT_YEAR ? null : date;
    }
}
