package org.priorart.server.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A citation tagged in a session. Title and date are copied from the index when tagged, so the
 * report reads the same if the document is later replaced or deleted.
 *
 * @param publicationNumber the normalized publication number
 * @param category          its relevance: X, Y or A (or the one letter given, e.g. E alone)
 * @param note              the examiner's note (which passage, why), may be empty
 * @param claims            the claims it is relevant to ("1-3, 5"), may be empty
 * @param title             the document's title when tagged, or null
 * @param publicationDate   its publication date, or null
 * @param taggedAt          when it was tagged (or last changed)
 * @param categories        all its categories as the report writes them (WIPO ST.14: "X,E"); null in
 *                          sessions written before combinations, where it is {@code category}
 * @param warning           why its dates make it no plain prior art against the case (a document
 *                          published after the priority date tagged X), or null
 */
public record Tag(String publicationNumber, Category category, String note, String claims, String title,
                  LocalDate publicationDate, Instant taggedAt, String categories, String warning) {

    public Tag {
        categories = categories == null || categories.isBlank() ? (category == null ? null : category.name()) : categories;
    }

    public Tag(String publicationNumber, Category category, String note, String claims, String title,
               LocalDate publicationDate, Instant taggedAt) {
        this(publicationNumber, category, note, claims, title, publicationDate, taggedAt, null, null);
    }
}
