package org.priorart.search.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.priorart.patent.PatentDocument;

/**
 * What the patent-based signals know of the query patent: its key and family (never citers, their
 * references never read), its classification codes, its applicants and inventors, and its cutoff
 * date. Its citations are deliberately not here (the rule of the game, see the package doc).
 *
 * @param key        the query patent's key
 * @param familyId   its family, or null
 * @param codes      its IPC and CPC codes
 * @param applicants its applicants
 * @param inventors  its inventors
 * @param cutoff     the date prior art is judged against (priority, else filing, else publication)
 */
public record QueryPatent(String key, String familyId, List<String> codes, List<String> applicants,
                          List<String> inventors, LocalDate cutoff) {

    public QueryPatent {
        codes = List.copyOf(codes);
        applicants = List.copyOf(applicants);
        inventors = List.copyOf(inventors);
    }

    public static QueryPatent of(PatentDocument doc) {
        List<String> codes = new ArrayList<>(doc.ipc());
        codes.addAll(doc.cpc());
        return new QueryPatent(doc.id(), doc.familyId(), codes, doc.applicants(), doc.inventors(), doc.effectiveDate());
    }
}
