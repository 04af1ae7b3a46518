package org.priorart.patent;

import java.time.LocalDate;

/**
 * A reference cited by a patent: another patent document (with its normalized number), a PCT
 * application, or a piece of non-patent literature (text only). A reference whose number could not
 * be read is kept with its text, never dropped.
 *
 * @param number            the cited publication, or null (non-patent literature, an application, an unreadable number)
 * @param applicationNumber the cited PCT application ({@code PCT/US2001/012345}, see {@link ApplicationNumbers}), or null
 * @param text              free text of a non-patent citation, or the raw reference when it could not be parsed
 * @param date              the cited document's date where given
 * @param citedBy           who cited it, as the source says ("examiner", "applicant"), or null
 * @param category          the search-report category where given ({@code X}, {@code Y}, {@code A}, {@code E}, {@code XY}...)
 * @param phase             when it was cited where given, as DOCDB says: {@code SEA} (search report), {@code ISR}
 *                          (international search), {@code EXA} (examination), {@code APP} (by the applicant),
 *                          {@code OPP} (opposition)...
 * @param office            the office that cited it where given ({@code EP})
 * @param relevantClaims    the claims it is relevant to where given ({@code 1-3,10})
 */
public record Citation(PublicationNumber number, String applicationNumber, String text, LocalDate date, String citedBy,
                       String category, String phase, String office, String relevantClaims) {

    public Citation {
        applicationNumber = blankToNull(applicationNumber);
        text = blankToNull(text);
        citedBy = blankToNull(citedBy);
        category = blankToNull(category);
        phase = blankToNull(phase);
        office = blankToNull(office);
        relevantClaims = blankToNull(relevantClaims);
    }

    /** A citation with no search-report details (what most sources give). */
    public Citation(PublicationNumber number, String text, LocalDate date, String citedBy) {
        this(number, null, text, date, citedBy, null, null, null, null);
    }

    /**
     * A citation of a reference written as one string: a publication number in any usual spelling, a
     * PCT application number, or else text kept as it is.
     */
    public static Citation ofReference(String raw, LocalDate date, String citedBy) {
        PublicationNumber number = PublicationNumber.tryParse(raw);
        if (number != null) {
            return new Citation(number, null, null, date, citedBy, null, null, null, null);
        }
        String pct = ApplicationNumbers.pct(raw);
        return new Citation(null, pct, raw, date, citedBy, null, null, null, null);
    }

    public boolean isPatent() {
        return number != null;
    }

    /** The same citation with search-report details. */
    public Citation withReport(String category, String phase, String office, String relevantClaims) {
        return new Citation(number, applicationNumber, text, date, citedBy, category, phase, office, relevantClaims);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
