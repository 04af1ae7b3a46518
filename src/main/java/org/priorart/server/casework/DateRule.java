package org.priorart.server.casework;

import java.time.LocalDate;
import org.priorart.engine.PriorArtRule;

/**
 * The one rule that tells, from a document's dates and the case's, whether it is prior art; every
 * hit of a case search and every tag in a case says why. The rule follows search-report practice
 * (WIPO ST.14): a document published before the cutoff is prior art; one filed (or with priority)
 * before it and published on or after it is an E document (novelty only: 35 U.S.C. 102(a)(2), EPC
 * Art. 54(3)); one published between the priority date and the filing date is a P document
 * (prior art only if the priority claim fails). A document without a publication date in the data
 * (the demo corpus' applications) is never passed silently as prior art: its verdict says what is
 * missing and what would decide.
 */
public final class DateRule {

    private DateRule() {
    }

    /**
     * @param published the document's publication date, or null
     * @param filed     its earliest priority (else filing) date, or null
     */
    public static DateVerdict verdict(CaseFile c, LocalDate published, LocalDate filed) {
        LocalDate cutoff = c.cutoff();
        if (cutoff == null) {
            return new DateVerdict(DateVerdict.DATE_MISSING, "the case has no priority or filing date: no cutoff applies");
        }
        String against = "the " + c.cutoffBasis() + " " + cutoff;
        if (published != null && published.isBefore(cutoff)) {
            return new DateVerdict(DateVerdict.PRIOR_ART, "published " + published + ", before " + against);
        }
        if (published != null) {
            if (c.priorityDate() != null && c.filingDate() != null && published.isBefore(c.filingDate())) {
                return new DateVerdict(DateVerdict.INTERMEDIATE, "published " + published + ", between the priority date "
                        + c.priorityDate() + " and the filing date " + c.filingDate() + ": P, prior art only if the "
                        + "priority claim is not valid");
            }
            if (filed != null && filed.isBefore(cutoff) && c.rule() == PriorArtRule.EFFECTIVE) {
                return new DateVerdict(DateVerdict.EARLIER_FILED, "filed " + filed + " before " + against + ", published "
                        + published + " after it: E, novelty only (102(a)(2), Art. 54(3))");
            }
            return new DateVerdict(DateVerdict.NOT_PRIOR_ART, "published " + published + ", on or after " + against
                    + (filed == null ? " (no filing date in the data)" : ", filed " + filed) + ": not prior art");
        }
        if (filed == null) {
            return new DateVerdict(DateVerdict.DATE_MISSING, "no publication or filing date in the data: whether it is "
                    + "prior art against " + against + " cannot be told");
        }
        if (!filed.isBefore(cutoff)) {
            return new DateVerdict(DateVerdict.NOT_PRIOR_ART, "filed " + filed + ", on or after " + against
                    + ", and no publication date in the data: not prior art");
        }
        return new DateVerdict(DateVerdict.DATE_MISSING, "no publication date in the data; filed " + filed + " before "
                + against + ": prior art if published before it, else E (novelty only): check its publication");
    }
}
