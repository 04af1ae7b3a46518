package org.priorart.server.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.Explanation;
import org.priorart.search.Fusion;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;

/**
 * Builds a {@link ClaimChart}: each element is searched as free text by the one
 * {@link SearchService}, with an inclusion filter on the charted documents' keys, so the ranking,
 * the keyword passage (the highlighter's best passage, with the matches as ranges) and the semantic
 * passage (the nearest embedded passage) are exactly what a search for that element would show for
 * those documents.
 */
public final class ClaimCharter {

    /** Documents per chart at most: a chart is read across, ten columns is already wide. */
    public static final int MAX_HITS = 10;

    private final SearchService search;

    public ClaimCharter(SearchService search) {
        this.search = search;
    }

    /**
     * Charts the elements against the documents (given in the order they should appear).
     *
     * @throws IllegalArgumentException for no documents, too many, or the same one twice
     */
    public ClaimChart chart(List<ClaimElement> elements, List<PatentDocument> documents, SearchMode mode, Fusion fusion)
            throws IOException {
        if (documents.isEmpty() || documents.size() > MAX_HITS) {
            throw new IllegalArgumentException("a chart has 1 to " + MAX_HITS + " documents, was " + documents.size());
        }
        List<String> keys = new ArrayList<>();
        for (PatentDocument d : documents) {
            if (keys.contains(d.id())) {
                throw new IllegalArgumentException(d.number() + " is charted twice");
            }
            keys.add(d.id());
        }
        SearchFilters only = SearchFilters.NONE.including(keys);
        Set<String> notes = new LinkedHashSet<>();
        String ranked = null;
        List<ClaimChart.Element> rows = new ArrayList<>(elements.size());
        for (ClaimElement element : elements) {
            SearchRequest request = new SearchRequest(null, element.text(), documents.size(), 0, only, true, mode, fusion, false);
            SearchResult result = search.search(request);
            ranked = ranked == null || ranked.equals(result.mode()) ? result.mode() : ranked;
            notes.addAll(result.notes());
            Map<String, SearchHit> byKey = new HashMap<>();
            for (SearchHit hit : result.hits()) {
                byKey.put(PublicationNumber.parse(hit.publicationNumber()).key(), hit);
            }
            List<ClaimChart.Cell> cells = new ArrayList<>(documents.size());
            for (PatentDocument d : documents) {
                cells.add(cell(d, byKey.get(d.id())));
            }
            rows.add(new ClaimChart.Element(element.label(), element.text(), element.start(), element.end(), cells));
        }
        List<ClaimChart.Document> charted = documents.stream()
                .map(d -> new ClaimChart.Document(d.number().toString(), d.title(), d.publicationDate())).toList();
        return new ClaimChart(ranked, List.copyOf(notes), charted, rows);
    }

    private static ClaimChart.Cell cell(PatentDocument d, SearchHit hit) {
        String number = d.number().toString();
        if (hit == null) {
            return new ClaimChart.Cell(number, null, null, null, null);
        }
        Explanation e = hit.explanation();
        ClaimChart.Passage keyword = null;
        if (hit.snippet() != null) {
            keyword = new ClaimChart.Passage(hit.snippet().location(), hit.snippet().text(), hit.snippet().highlights(),
                    e == null ? null : e.keywordScore());
        }
        ClaimChart.Passage semantic = null;
        if (e != null && e.passage() != null) {
            semantic = new ClaimChart.Passage(e.passage().location(), e.passage().text(), List.of(), e.passage().score());
        }
        return new ClaimChart.Cell(number, hit.rank(), (double) hit.score(), keyword, semantic);
    }
}
