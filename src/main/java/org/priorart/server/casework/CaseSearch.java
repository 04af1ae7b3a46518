package org.priorart.server.casework;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.priorart.error.UserInputException;
import org.priorart.query.QuerySyntaxException;
import org.priorart.query.SetReferences;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.session.HistoryEntry;

/**
 * A search in a case: the case's cutoff and rule apply, its own document and family are left out,
 * set references ({@code L2 AND L3}) are expanded from the session's numbered sets, each hit gets
 * its {@link DateVerdict}, and what the cutoff left out is counted and said, never silent. Built on
 * the public methods of the one {@link SearchService}.
 */
public final class CaseSearch {

    private CaseSearch() {
    }

    /** The outcome of a case search, before it is recorded. */
    public record Outcome(SearchResult result, List<DateVerdict> dates, List<String> notes, String definition,
                          String expandedQuery) {
    }

    /**
     * Runs a search in the case.
     *
     * @param request the search as asked (its query may hold set references), without a prior-art cutoff
     * @param history the session's sets, for the references
     * @throws QuerySyntaxException for a reference to no set, or to a set that is no Boolean set
     */
    public static Outcome run(SearchService service, CaseFile c, SearchRequest request, List<HistoryEntry> history)
            throws IOException, QuerySyntaxException {
        String expanded = request.query() == null ? null : expand(request.query(), history);
        SearchRequest asked = expanded == null ? request : new SearchRequest(expanded, request.text(), request.size(),
                request.from(), request.filters(), request.snippets(), request.mode(), request.fusion(), request.groupFamilies());
        SearchRequest ruled = asked.withFilters(inCase(c, asked.filters()));
        SearchResult result = service.search(ruled);
        List<String> notes = new ArrayList<>();
        LocalDate cutoff = c.cutoff();
        if (cutoff != null) {
            notes.add("cutoff: prior art to the " + c.cutoffBasis() + " " + cutoff + " under the " + rule(c)
                    + " rule; the application" + (c.familyId() != null ? " and its family" : "") + " left out");
            long left = leftOutByCutoff(service, c, asked, result);
            if (left > 0) {
                notes.add(left + " matching document" + (left == 1 ? " is" : "s are") + " left out by the cutoff "
                        + "(published on or after " + cutoff + (c.rule() == PriorArtRule.EFFECTIVE
                        ? " and not filed before it" : "") + "); search without the case to see them");
            }
        }
        List<DateVerdict> dates = new ArrayList<>(result.hits().size());
        for (SearchHit h : result.hits()) {
            dates.add(DateRule.verdict(c, h.publicationDate(), h.filingDate()));
        }
        long missing = dates.stream().filter(d -> DateVerdict.DATE_MISSING.equals(d.status())).count();
        if (missing > 0) {
            notes.add(missing + " hit" + (missing == 1 ? " has" : "s have") + " no publication date in the data: "
                    + "each says what would decide");
        }
        // A set among chosen documents has no query-language definition (there is no operand for a list of documents).
        boolean among = !request.filters().includeKeys().isEmpty();
        if (among) {
            notes.add("restricted to " + request.filters().includeKeys().size() + " chosen documents: a set that cannot "
                    + "be combined with L-operands");
        }
        boolean isSet = expanded != null && !asked.queryIsFreeText() && request.text() == null && !among;
        String definition = isSet ? definition(expanded, request.filters()) : null;
        return new Outcome(result, dates, notes, definition, expanded);
    }

    /** The filters of a search in the case: its cutoff, and its own document and family left out. */
    public static SearchFilters inCase(CaseFile c, SearchFilters filters) {
        SearchFilters f = filters;
        if (c.cutoff() != null) {
            f = f.withPriorArt(c.cutoff(), c.rule());
        }
        if (c.indexed() != null || c.familyId() != null) {
            f = f.excluding(c.indexed() == null ? List.of() : List.of(c.indexed()), c.familyId());
        }
        return f;
    }

    /** The query with its set references replaced by the sets' definitions. */
    public static String expand(String query, List<HistoryEntry> history) throws QuerySyntaxException {
        return SetReferences.expand(query, n -> {
            HistoryEntry e = history.stream().filter(h -> h.number() == n).findFirst().orElse(null);
            if (e == null) {
                throw new UserInputException("there is no set L" + n + " in this case"
                        + (history.isEmpty() ? " yet" : " (sets L" + history.get(0).number() + " to L"
                        + history.get(history.size() - 1).number() + ")"));
            }
            if (e.definition() == null) {
                throw new UserInputException("L" + n + " is a ranked search (free text or find similar), not a "
                        + "Boolean set: only searches with an examiner query can be combined");
            }
            return e.definition();
        });
    }

    /** A set as a query of its own: the expanded query with its CPC and publication-date filters as field codes. */
    static String definition(String expanded, SearchFilters f) {
        StringBuilder d = new StringBuilder("(").append(expanded).append(')');
        if (!f.cpcPrefixes().isEmpty()) {
            d.append(" AND (").append(String.join(" OR ", f.cpcPrefixes().stream().map(p -> "CPC=" + p).toList())).append(')');
        }
        if (f.publishedFrom() != null) {
            d.append(" AND PD>=").append(f.publishedFrom());
        }
        if (f.publishedBefore() != null) {
            d.append(" AND PD<").append(f.publishedBefore());
        }
        return d.toString();
    }

    /** How many documents the query matches without the cutoff that it does not match with it. */
    private static long leftOutByCutoff(SearchService service, CaseFile c, SearchRequest asked, SearchResult ruled)
            throws IOException {
        if (asked.query() == null || asked.queryIsFreeText() || !ruled.totalIsExact()) {
            return 0; // a ranked free text has no set to compare; a lower bound cannot be subtracted
        }
        SearchFilters own = c.indexed() == null && c.familyId() == null ? asked.filters()
                : asked.filters().excluding(c.indexed() == null ? List.of() : List.of(c.indexed()), c.familyId());
        SearchRequest without = new SearchRequest(asked.query(), null, 1, 0, own, false, SearchMode.KEYWORD,
                asked.fusion(), false);
        SearchResult all = service.search(without);
        return all.totalIsExact() ? Math.max(0, all.totalHits() - ruled.totalHits()) : 0;
    }

    private static String rule(CaseFile c) {
        return c.rule().name().toLowerCase(java.util.Locale.ROOT);
    }
}
