package org.priorart.server.session;

import java.time.LocalDate;
import java.util.List;

/**
 * A search as it was run: the parameters of {@code /api/v1/search} that make up a search strategy
 * (paging and explanation left out), so it can be read in a report and run again. A "find similar"
 * search names its document in {@code similar} (its query is that document's text, and its
 * prior-art date the document's own) instead of a query or text. A search restricted to a
 * document's citations ("search among these") says so in {@code among}.
 */
public record RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                             List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                             LocalDate priorityDate, String priorArtRule, Boolean groupFamilies, String similar,
                             String among) {

    public RecordedSearch {
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
    }

    /** A search of the query and text (not a "find similar"). */
    public RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                          List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                          LocalDate priorityDate, String priorArtRule, Boolean groupFamilies) {
        this(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore, priorityDate, priorArtRule,
                groupFamilies, null);
    }

    /** A search without a restriction to citations. */
    public RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                          List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                          LocalDate priorityDate, String priorArtRule, Boolean groupFamilies, String similar) {
        this(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore, priorityDate, priorArtRule,
                groupFamilies, similar, null);
    }

    /** This search restricted to the documents of a citation set (its words). */
    public RecordedSearch among(String words) {
        return new RecordedSearch(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore,
                priorityDate, priorArtRule, groupFamilies, similar, words);
    }
}
