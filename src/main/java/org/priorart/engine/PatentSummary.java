package org.priorart.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What a hit shows of a patent, and what ranking signals read of a candidate, without its texts:
 * read for a page of hits (or the candidates of a family grouping) in one call.
 *
 * @param key               the patent's key
 * @param publicationNumber its publication number as it is displayed
 * @param title             its title (its own, else the first of its translations'), or null
 * @param publicationDate   may be null
 * @param filingDate        may be null
 * @param priorityDate      may be null
 * @param familyId          its family, or null
 * @param language          the language it was analyzed in (ISO 639-1), or null
 * @param cpc               its CPC symbols
 * @param ipc               its IPC symbols
 * @param cites             the publication numbers of the patent documents it cites, as stored
 * @param applicants        its applicants, as stored (the names ranking signal)
 * @param inventors         its inventors, as stored
 */
public record PatentSummary(String key, String publicationNumber, String title, LocalDate publicationDate,
                            LocalDate filingDate, LocalDate priorityDate, String familyId, String language,
                            List<String> cpc, List<String> ipc, List<String> cites, List<String> applicants,
                            List<String> inventors) {

    public PatentSummary {
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
        ipc = ipc == null ? List.of() : List.copyOf(ipc);
        cites = cites == null ? List.of() : List.copyOf(cites);
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
    }

    /** A summary without names (an engine that does not return them: the names signal sees none). */
    public PatentSummary(String key, String publicationNumber, String title, LocalDate publicationDate,
                         LocalDate filingDate, LocalDate priorityDate, String familyId, String language,
                         List<String> cpc, List<String> ipc, List<String> cites) {
        this(key, publicationNumber, title, publicationDate, filingDate, priorityDate, familyId, language, cpc, ipc,
                cites, List.of(), List.of());
    }
}
