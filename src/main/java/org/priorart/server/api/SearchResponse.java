package org.priorart.server.api;

import java.time.LocalDate;
import java.util.List;
import org.priorart.search.Explanation;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchResult;
import org.priorart.engine.Snippet;

/**
 * The answer to a search or similar-documents request (the API's shape of a {@link SearchResult}).
 *
 * @param total  how many documents match (see {@link Total})
 * @param mode   the mode that ranked the hits (hybrid falls back to keyword until passages are embedded)
 * @param from   hits skipped
 * @param size   hits asked for
 * @param tookMs time in the search service
 * @param embedMs of which embedding the query (semantic and hybrid), else absent
 * @param notes  what to know about this result (e.g. the semantic coverage is incomplete)
 * @param hits   the page of hits
 */
public record SearchResponse(Total total, String mode, int from, int size, double tookMs, Double embedMs,
                             List<String> notes, List<Hit> hits) {

    /**
     * The number of matches: exact ({@code eq}) or a lower bound ({@code gte}), since counting every
     * match of a broad query costs time nobody needs; in semantic and hybrid mode, the candidates ranked.
     */
    public record Total(long value, String relation) {
    }

    /**
     * One hit. The snippet's highlights are character ranges of its text, never markup: the client
     * escapes the text and marks the ranges itself.
     *
     * @param explanation ranks and scores behind the hit and its best semantic passage; only with explain
     * @param language    the document's language (ISO 639-1)
     */
    public record Hit(int rank, String publicationNumber, String title, float score, LocalDate publicationDate,
                      LocalDate filingDate, List<String> cpc, Snippet snippet, String priorArtFlag,
                      List<String> familyMembers, Explanation explanation, String language) {
    }

    static SearchResponse of(SearchResult r, SearchParams p) {
        return of(r, p.from(), p.size(), p.explain());
    }

    /**
     * The answer for a search result: also what {@code search --json} and {@code similar --json}
     * print (through {@link ApiJson#mapper()}), so scripts read one shape from the CLI and the API.
     */
    public static SearchResponse of(SearchResult r, int from, int size, boolean explain) {
        List<Hit> hits = r.hits().stream().map(h -> hit(h, explain)).toList();
        return new SearchResponse(new Total(r.totalHits(), r.totalIsExact() ? "eq" : "gte"), r.mode(), from, size,
                round(r.tookMillis()), r.embedMillis() == null ? null : round(r.embedMillis()), r.notes(), hits);
    }

    private static Hit hit(SearchHit h, boolean explain) {
        return new Hit(h.rank(), h.publicationNumber(), h.title(), h.score(), h.publicationDate(), h.filingDate(), h.cpc(),
                h.snippet(), h.priorArtFlag(), h.familyMembers(), explain ? h.explanation() : null, h.language());
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
