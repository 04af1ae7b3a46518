package org.priorart.server.casework;

/**
 * Why a document's dates make it prior art against the case, or not, or that a date is missing.
 *
 * @param status   {@code prior_art} (published before the cutoff), {@code E} (filed before, published
 *                 on or after: novelty only), {@code P} (published between the priority and the filing
 *                 date), {@code not_prior_art} (published and filed on or after the cutoff), or
 *                 {@code date_missing} (the data lacks the date that would decide)
 * @param reason   the sentence that says so, with the dates
 */
public record DateVerdict(String status, String reason) {

    public static final String PRIOR_ART = "prior_art";
    public static final String EARLIER_FILED = "E";
    public static final String INTERMEDIATE = "P";
    public static final String NOT_PRIOR_ART = "not_prior_art";
    public static final String DATE_MISSING = "date_missing";

    /** Whether a citation of this document needs a warning (it is not plain prior art). */
    public boolean warns() {
        return !PRIOR_ART.equals(status);
    }
}
