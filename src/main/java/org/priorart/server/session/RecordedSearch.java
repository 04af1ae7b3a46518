package org.priorart.server.session;

import java.time.LocalDate;
import java.util.List;

/**
 * A search as it was run: the parameters of {@code /api/v1/search} that make up a search strategy
 * (paging and explanation left out), so it can be read in a report and run again.
 */
public record RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                             List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                             LocalDate priorityDate, String priorArtRule, Boolean groupFamilies) {

    public RecordedSearch {
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
    }
}
