package org.priorart.server.chart;

import java.time.Instant;
import java.util.List;

/**
 * A claim chart kept in the session: what was charted (the claim, the elements as the examiner
 * left them, the documents, the mode), the chart the server made of it, and the cells the examiner
 * overwrote with a passage of their own choosing. It is part of the report and the exports and
 * outlives reloads, tabs and session switches.
 *
 * @param claim    the claim as written, or null when only elements were given
 * @param elements the elements charted, in order (the examiner's split, merge, additions and order)
 * @param hits     the charted documents, in order
 * @param mode     the ranking mode asked
 * @param result   the chart
 * @param cited    the examiner's own cells, which take the place of the found passage in the report
 * @param saved    when it was last saved
 */
public record SavedChart(String claim, List<String> elements, List<String> hits, String mode, ClaimChart result,
                         List<CitedPassage> cited, Instant saved) {

    public SavedChart {
        elements = elements == null ? List.of() : List.copyOf(elements);
        hits = hits == null ? List.of() : List.copyOf(hits);
        cited = cited == null ? List.of() : List.copyOf(cited);
    }

    /**
     * A cell the examiner wrote: the passage cited for an element in a document, and where it is.
     *
     * @param element           the element's index in {@code elements} (0-based)
     * @param publicationNumber the document
     * @param passage           the cited text
     * @param location          where it is: "col. 3, l. 12-20", "[0042]", "claim 2"
     */
    public record CitedPassage(int element, String publicationNumber, String passage, String location) {
    }
}
