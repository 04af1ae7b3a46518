package org.priorart.server.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citation tagged in a session. Title and date are copied from the index when tagged, so the
 * report reads the same if the document is later replaced or deleted.
 *
 * @param publicationNumber the normalized publication number
 * @param category          X, Y or A
 * @param note              the examiner's note (which passage, why), may be empty
 * @param claims            the claims it is relevant to ("1-3, 5"), may be empty
 * @param title             the document's title when tagged, or null
 * @param publicationDate   its publication date, or null
 * @param taggedAt          when it was tagged (or last changed)
 */
public record Tag(String publicationNumber, Category category, String note, String claims, String title,
                  LocalDate publicationDate, Instant taggedAt) {
}
