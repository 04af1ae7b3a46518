package org.priorart.patent;

import java.time.LocalDate;

/**
 * A reference cited by a patent: another patent document (with its normalized number) or a piece of
 * non-patent literature (text only).
 *
 * @param number   the cited publication, or null for non-patent literature
 * @param text     free text of a non-patent citation, or the raw reference when it could not be parsed
 * @param date     the cited document's date where given
 * @param citedBy  who cited it, as the source says ("examiner", "applicant"), or null
 */
public record Citation(PublicationNumber number, String text, LocalDate date, String citedBy) {

    public boolean isPatent() {
        return number != null;
    }
}
