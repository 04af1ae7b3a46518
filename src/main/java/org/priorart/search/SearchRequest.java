package org.priorart.search;

import org.priorart.engine.SearchFilters;
import org.priorart.error.UserInputException;
import org.priorart.query.PlainQuery;
import org.priorart.search.signals.Signals;

/**
 * One search. It has an examiner query, a free text, or both:
 * <ul>
 *   <li>{@code query} is in the examiner syntax (Boolean, proximity, truncation, field codes; see
 *       docs/query-syntax.md): it decides which documents match and ranks them by BM25;</li>
 *   <li>{@code text} is free text (a few words, a pasted claim or abstract): it ranks by BM25 over
 *       all its words (a document need not hold them all) and is what the semantic side embeds.</li>
 * </ul>
 * With both, the query filters and the text ranks (and is embedded). With a query only, its free
 * words and phrases (outside NOT and bibliographic codes) are embedded; in hybrid and semantic
 * mode the query also filters the semantic candidates, unless it is a plain description, which
 * those modes read as free text ({@link #queryIsFreeText}).
 *
 * @param query         the examiner query, or null
 * @param text          the free text, or null
 * @param size          how many hits to return (1..1000, {@link Paging#SERVICE})
 * @param from          how many hits to skip (paging; {@code from + size <= 10000})
 * @param filters       restrictions on the hits
 * @param snippets      whether to find the best matching passage of each hit (costs a read of its
 *                      stored text; batch evaluation turns it off)
 * @param mode          keyword, semantic or hybrid
 * @param fusion        how hybrid mode fuses the two rankings
 * @param groupFamilies one hit per patent family, the other members listed with it
 * @param signals       which ranking signals hybrid mode fuses, the query patent and the examiner's
 *                      feedback they read (default: all groups, no query patent, no feedback, which
 *                      ranks as the two-signal fusion)
 */
public record SearchRequest(String query, String text, int size, int from, SearchFilters filters, boolean snippets,
                            SearchMode mode, Fusion fusion, boolean groupFamilies, Signals signals) {

    public static final int MAX_SIZE = Paging.SERVICE.maxSize();

    public SearchRequest {
        query = query == null || query.isBlank() ? null : query;
        text = text == null || text.isBlank() ? null : text;
        if (query == null && text == null) {
            throw new UserInputException("the query is empty: give a query, a text or both");
        }
        Paging.SERVICE.check(from, size, "from", "size");
        filters = filters == null ? SearchFilters.NONE : filters;
        mode = mode == null ? SearchMode.KEYWORD : mode;
        fusion = fusion == null ? Fusion.DEFAULT : fusion;
        signals = signals == null ? Signals.DEFAULT : signals;
    }

    /** A search with the default signals. */
    public SearchRequest(String query, String text, int size, int from, SearchFilters filters, boolean snippets,
                         SearchMode mode, Fusion fusion, boolean groupFamilies) {
        this(query, text, size, from, filters, snippets, mode, fusion, groupFamilies, Signals.DEFAULT);
    }

    public SearchRequest withSignals(Signals s) {
        return new SearchRequest(query, text, size, from, filters, snippets, mode, fusion, groupFamilies, s);
    }

    /** A keyword search of free text (a few words, a pasted claim or abstract), first {@code size} hits. */
    public static SearchRequest of(String text, int size) {
        return text(text, size);
    }

    /** A keyword search of free text. */
    public static SearchRequest text(String text, int size) {
        return new SearchRequest(null, text, size, 0, SearchFilters.NONE, true, SearchMode.KEYWORD, Fusion.DEFAULT, false);
    }

    /** A keyword search in the examiner syntax. */
    public static SearchRequest query(String query, int size) {
        return new SearchRequest(query, null, size, 0, SearchFilters.NONE, true, SearchMode.KEYWORD, Fusion.DEFAULT, false);
    }

    public SearchRequest withoutSnippets() {
        return new SearchRequest(query, text, size, from, filters, false, mode, fusion, groupFamilies, signals);
    }

    public SearchRequest withMode(SearchMode m) {
        return new SearchRequest(query, text, size, from, filters, snippets, m, fusion, groupFamilies, signals);
    }

    public SearchRequest withFusion(Fusion f) {
        return new SearchRequest(query, text, size, from, filters, snippets, mode, f, groupFamilies, signals);
    }

    public SearchRequest withFilters(SearchFilters f) {
        return new SearchRequest(query, text, size, from, f, snippets, mode, fusion, groupFamilies, signals);
    }

    public SearchRequest withFamilyGrouping(boolean group) {
        return new SearchRequest(query, text, size, from, filters, snippets, mode, fusion, group, signals);
    }

    public SearchRequest withPage(int newFrom, int newSize) {
        return new SearchRequest(query, text, newSize, newFrom, filters, snippets, mode, fusion, groupFamilies, signals);
    }

    /**
     * Whether the examiner query is read as free text. The one rule for the command line, the API
     * and the page (docs/query-syntax.md, "A description as the query"): in semantic and hybrid mode,
     * a {@link PlainQuery plain} query (no operators, quotes, truncation, parentheses or field codes)
     * ranks as free text, as {@code text} does, and filters nothing; a query with any of them keeps
     * its examiner meaning. Keyword mode always reads the examiner syntax: its plain words are ANDed.
     */
    public boolean queryIsFreeText() {
        return query != null && mode != SearchMode.KEYWORD && PlainQuery.isPlain(query);
    }

    /**
     * The request as it is ranked: when the query is read as free text ({@link #queryIsFreeText}) it
     * becomes the free text, ahead of any text given with it; otherwise this request.
     */
    public SearchRequest asRanked() {
        if (!queryIsFreeText()) {
            return this;
        }
        String free = text == null ? query : query + "\n\n" + text;
        return new SearchRequest(null, free, size, from, filters, snippets, mode, fusion, groupFamilies, signals);
    }

    public SearchRequest withText(String newText) {
        return new SearchRequest(query, newText, size, from, filters, snippets, mode, fusion, groupFamilies, signals);
    }
}
