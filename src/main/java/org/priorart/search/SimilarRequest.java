package org.priorart.search;

import java.time.LocalDate;
import java.util.List;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.error.UserInputException;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;
import org.priorart.search.signals.QueryPatent;
import org.priorart.search.signals.Signals;

/**
 * A search for the prior art of an indexed document, the one template the command line, the API and
 * the evaluator use: the document's title, abstract and independent claims are the query; the
 * document and its family are excluded; only documents that are prior art against its earliest
 * priority date (else filing date) under {@code rule} are kept, earlier-filed ones published later
 * flagged "E" under the effective rule.
 *
 * @param publicationNumber the document, with or without kind code
 * @param size          how many hits (1..1000, {@link Paging#SERVICE})
 * @param from          how many hits to skip
 * @param filters       further restrictions on the hits (the exclusions and the cutoff are added)
 * @param snippets      whether to find each hit's best matching passage
 * @param mode          keyword, semantic or hybrid
 * @param fusion        how hybrid mode fuses the rankings
 * @param groupFamilies one hit per patent family
 * @param rule          which documents count as prior art against the document's date
 * @param signals       which ranking signals hybrid mode fuses (the document becomes their query patent)
 *                      and the examiner's feedback
 */
public record SimilarRequest(String publicationNumber, int size, int from, SearchFilters filters, boolean snippets,
                             SearchMode mode, Fusion fusion, boolean groupFamilies, PriorArtRule rule, Signals signals) {

    public SimilarRequest {
        if (publicationNumber == null || publicationNumber.isBlank()) {
            throw new UserInputException("a similar-documents search needs the publication number of the document");
        }
        Paging.SERVICE.check(from, size, "from", "size");
        filters = filters == null ? SearchFilters.NONE : filters;
        mode = mode == null ? SearchMode.KEYWORD : mode;
        fusion = fusion == null ? Fusion.DEFAULT : fusion;
        rule = rule == null ? PriorArtRule.EFFECTIVE : rule;
        signals = signals == null ? Signals.DEFAULT : signals;
    }

    /** A similar-documents search with the default signals. */
    public SimilarRequest(String publicationNumber, int size, int from, SearchFilters filters, boolean snippets,
                          SearchMode mode, Fusion fusion, boolean groupFamilies, PriorArtRule rule) {
        this(publicationNumber, size, from, filters, snippets, mode, fusion, groupFamilies, rule, Signals.DEFAULT);
    }

    public SimilarRequest withSignals(Signals s) {
        return new SimilarRequest(publicationNumber, size, from, filters, snippets, mode, fusion, groupFamilies, rule, s);
    }

    /** The prior art of a document by keyword, first {@code size} hits, under the effective rule. */
    public static SimilarRequest of(String publicationNumber, int size) {
        return new SimilarRequest(publicationNumber, size, 0, SearchFilters.NONE, true, SearchMode.KEYWORD, Fusion.DEFAULT,
                false, PriorArtRule.EFFECTIVE);
    }

    public SimilarRequest withMode(SearchMode m) {
        return new SimilarRequest(publicationNumber, size, from, filters, snippets, m, fusion, groupFamilies, rule, signals);
    }

    public SimilarRequest withRule(PriorArtRule r) {
        return new SimilarRequest(publicationNumber, size, from, filters, snippets, mode, fusion, groupFamilies, r, signals);
    }

    public SimilarRequest withoutSnippets() {
        return new SimilarRequest(publicationNumber, size, from, filters, false, mode, fusion, groupFamilies, rule, signals);
    }

    /**
     * The search for the document's prior art.
     *
     * @throws IllegalArgumentException when the document has no date to judge prior art against
     */
    SearchRequest forDocument(PatentDocument doc) {
        LocalDate cutoff = doc.effectiveDate();
        if (cutoff == null) {
            throw new UserInputException(doc.number() + " has no priority, filing or publication date: "
                    + "its prior art cannot be told from later documents");
        }
        SearchFilters excluding = filters.excluding(List.of(doc.id()), doc.familyId()).withPriorArt(cutoff, rule);
        return new SearchRequest(null, queryText(doc), size, from, excluding, snippets, mode, fusion, groupFamilies,
                signals.withPatent(QueryPatent.of(doc)));
    }

    /** The query text of a document: title, abstract and independent claims. */
    public static String queryText(PatentDocument doc) {
        StringBuilder s = new StringBuilder();
        if (doc.title() != null) {
            s.append(doc.title()).append(". ");
        }
        if (doc.abstractText() != null) {
            s.append(doc.abstractText()).append(' ');
        }
        for (Claim c : doc.independentClaims()) {
            s.append(c.text()).append(' ');
        }
        String text = s.toString().strip();
        return text.isEmpty() ? doc.number().toString() : text;
    }
}
