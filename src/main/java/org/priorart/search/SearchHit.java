package org.priorart.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One hit.
 *
 * @param rank              1-based rank in the whole result list
 * @param publicationNumber the normalized publication number with kind where known
 * @param title             the title, or null
 * @param score             the ranking score
 * @param publicationDate   publication date, or null
 * @param filingDate        filing date, or null
 * @param cpc               CPC symbols
 * @param snippet           the best matching passage, or null when no text matched (e.g. filter-only)
 */
public record SearchHit(int rank, String publicationNumber, String title, float score, LocalDate publicationDate,
                        LocalDate filingDate, List<String> cpc, Snippet snippet) {
}
