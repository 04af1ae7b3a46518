package org.priorart.server.casework;

import java.time.LocalDate;
import java.util.List;
import org.priorart.engine.PriorArtRule;

/**
 * The application under examination, declared once for a session: what the cutoff, the exclusion
 * of its own document and family, the date warnings and the E and P categories follow from.
 *
 * @param number            its application or publication number, as the examiner writes it
 * @param title             its title, or null
 * @param priorityDate      its earliest priority date, or null when none is claimed
 * @param filingDate        its filing date, or null
 * @param claims            its claims' texts, in order (may be empty)
 * @param cpc               its CPC classes
 * @param indexed           the key of its own document in the index, when it is indexed (left out of every search)
 * @param familyId          its family, when known (left out of every search)
 * @param rule              which documents are prior art against the cutoff
 */
public record CaseFile(String number, String title, LocalDate priorityDate, LocalDate filingDate, List<String> claims,
                       List<String> cpc, String indexed, String familyId, PriorArtRule rule) {

    public CaseFile {
        claims = claims == null ? List.of() : List.copyOf(claims);
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
        rule = rule == null ? PriorArtRule.EFFECTIVE : rule;
    }

    /** The date prior art must precede: the earliest priority date, else the filing date; null without either. */
    public LocalDate cutoff() {
        return priorityDate != null ? priorityDate : filingDate;
    }

    /** What the cutoff is: "priority date" or "filing date (no priority claimed)". */
    public String cutoffBasis() {
        return priorityDate != null ? "priority date" : filingDate != null ? "filing date (no priority claimed)" : "none";
    }
}
