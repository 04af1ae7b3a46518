package org.priorart.search;

import java.time.LocalDate;
import java.util.List;
import org.priorart.engine.Snippet;

/**
 * One hit.
 *
 * @param rank              1-based rank in the whole result list
 * @param publicationNumber the normalized publication number with kind where known
 * @param title             the title, or null
 * @param score             the ranking score (BM25, cosine or fused, by mode)
 * @param publicationDate   publication date, or null
 * @param filingDate        filing date, or null
 * @param cpc               CPC symbols
 * @param snippet           the best keyword-matching passage, or null (no snippets asked, or none matched)
 * @param explanation       ranks and scores behind the hit, and its best semantic passage
 * @param priorArtFlag      "E" for an earlier-filed document published on or after the prior-art date, else null
 * @param familyMembers     with family grouping: the other members of its family among the hits
 * @param language          the document's language (ISO 639-1), or null when the index does not say
 */
public record SearchHit(int rank, String publicationNumber, String title, float score, LocalDate publicationDate,
                        LocalDate filingDate, List<String> cpc, Snippet snippet, Explanation explanation,
                        String priorArtFlag, List<String> familyMembers, String language) {

    public SearchHit {
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
        familyMembers = familyMembers == null ? List.of() : List.copyOf(familyMembers);
    }
}
