package org.priorart.engine;

import java.time.LocalDate;
import java.util.List;
import org.priorart.patent.ClassificationCode;

/**
 * Restrictions on which documents may be hits. All given restrictions must hold; within
 * {@code cpcPrefixes} any one prefix is enough. An engine applies them inside both rankings: to the
 * patents of a keyword ranking and to the passages of a nearest-neighbour ranking (a filter inside
 * the graph search, not after it), so a filter that excludes all nearest neighbours still gives k
 * valid hits.
 *
 * @param cpcPrefixes      CPC symbols or prefixes ({@code H01M}, {@code H01M10/05}); hierarchy-aware
 * @param publishedBefore  only documents published strictly before this date
 * @param publishedFrom    only documents published on or after this date
 * @param priorArtDate     only prior art against this date (the priority cutoff), by {@code priorArtRule}
 * @param priorArtRule     which documents count as prior art against {@code priorArtDate}
 * @param excludeKeys      document keys that must not be hits (the query document itself)
 * @param excludeFamily    a family whose members must not be hits, or null
 * @param includeKeys      when not empty, only these document keys may be hits (the claim chart
 *                         searches each claim element among the hits it charts)
 */
public record SearchFilters(List<String> cpcPrefixes, LocalDate publishedBefore, LocalDate publishedFrom,
                            LocalDate priorArtDate, PriorArtRule priorArtRule, List<String> excludeKeys,
                            String excludeFamily, List<String> includeKeys) {

    public static final SearchFilters NONE = new SearchFilters(List.of(), null, null);

    public SearchFilters {
        cpcPrefixes = cpcPrefixes == null ? List.of() : List.copyOf(cpcPrefixes);
        excludeKeys = excludeKeys == null ? List.of() : List.copyOf(excludeKeys);
        includeKeys = includeKeys == null ? List.of() : List.copyOf(includeKeys);
        priorArtRule = priorArtRule == null ? PriorArtRule.EFFECTIVE : priorArtRule;
        // Fail early, with the offending prefix named, rather than at query time.
        cpcPrefixes.forEach(ClassificationCode::queryPrefix);
    }

    public SearchFilters(List<String> cpcPrefixes, LocalDate publishedBefore, LocalDate publishedFrom) {
        this(cpcPrefixes, publishedBefore, publishedFrom, null, PriorArtRule.EFFECTIVE, List.of(), null, List.of());
    }

    /** The filters as they were before the inclusion filter was added (no inclusion). */
    public SearchFilters(List<String> cpcPrefixes, LocalDate publishedBefore, LocalDate publishedFrom,
                         LocalDate priorArtDate, PriorArtRule priorArtRule, List<String> excludeKeys, String excludeFamily) {
        this(cpcPrefixes, publishedBefore, publishedFrom, priorArtDate, priorArtRule, excludeKeys, excludeFamily, List.of());
    }

    /** These filters plus a prior-art cutoff. */
    public SearchFilters withPriorArt(LocalDate date, PriorArtRule rule) {
        return new SearchFilters(cpcPrefixes, publishedBefore, publishedFrom, date, rule, excludeKeys, excludeFamily,
                includeKeys);
    }

    /** These filters plus documents to leave out: the query document and its family. */
    public SearchFilters excluding(List<String> keys, String family) {
        return new SearchFilters(cpcPrefixes, publishedBefore, publishedFrom, priorArtDate, priorArtRule, keys, family,
                includeKeys);
    }

    /**
     * These filters, and only the documents with these keys may be hits: a search among a few
     * chosen documents (the claim chart asks, for each claim element, which passage of each charted
     * hit matches it best). Passages carry their patent's key, so this filters both sides.
     */
    public SearchFilters including(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("an inclusion filter needs at least one document key");
        }
        return new SearchFilters(cpcPrefixes, publishedBefore, publishedFrom, priorArtDate, priorArtRule, excludeKeys,
                excludeFamily, keys);
    }

    public boolean isEmpty() {
        return cpcPrefixes.isEmpty() && publishedBefore == null && publishedFrom == null && priorArtDate == null
                && excludeKeys.isEmpty() && excludeFamily == null && includeKeys.isEmpty();
    }

    /**
     * The prior-art category of a hit published on {@code published}: "E" for an earlier-filed
     * document published on or after the cutoff, null otherwise (or without a cutoff).
     */
    public String priorArtFlag(LocalDate published) {
        if (priorArtDate == null || published == null) {
            return null;
        }
        return published.isBefore(priorArtDate) ? null : "E";
    }
}
