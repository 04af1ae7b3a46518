package org.priorart.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.priorart.index.IndexFields;
import org.priorart.patent.ClassificationCode;

/**
 * Restrictions on which documents may be hits. All given restrictions must hold; within
 * {@code cpcPrefixes} any one prefix is enough. The same clauses filter patents (keyword search) and
 * their passages (semantic search: the filter runs inside the HNSW search), because passages carry
 * the filter fields of their patent.
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

    /** Adds these filters to a query as non-scoring clauses. */
    public void addTo(BooleanQuery.Builder query) {
        if (!cpcPrefixes.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String prefix : cpcPrefixes) {
                any.add(new PrefixQuery(new Term(IndexFields.CPC, ClassificationCode.queryPrefix(prefix))),
                        BooleanClause.Occur.SHOULD);
            }
            query.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (publishedBefore != null || publishedFrom != null) {
            int from = publishedFrom == null ? Integer.MIN_VALUE : (int) publishedFrom.toEpochDay();
            int to = publishedBefore == null ? Integer.MAX_VALUE : (int) publishedBefore.toEpochDay() - 1;
            query.add(IntPoint.newRangeQuery(IndexFields.PUBLICATION_DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (priorArtDate != null) {
            query.add(priorArt(), BooleanClause.Occur.FILTER);
        }
        for (String key : excludeKeys) {
            query.add(new TermQuery(new Term(IndexFields.BLOCK, key)), BooleanClause.Occur.MUST_NOT);
        }
        if (excludeFamily != null) {
            query.add(new TermQuery(new Term(IndexFields.FAMILY, excludeFamily)), BooleanClause.Occur.MUST_NOT);
        }
        if (!includeKeys.isEmpty()) {
            List<BytesRef> keys = includeKeys.stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(IndexFields.BLOCK, keys), BooleanClause.Occur.FILTER);
        }
    }

    private Query priorArt() {
        int before = (int) priorArtDate.toEpochDay() - 1;
        Query published = IntPoint.newRangeQuery(IndexFields.PUBLICATION_DATE, Integer.MIN_VALUE, before);
        if (priorArtRule == PriorArtRule.PUBLISHED) {
            return published;
        }
        // Earlier-filed (or earlier-priority) patent documents count even when published later.
        Query filedBefore = IntPoint.newRangeQuery(IndexFields.EFFECTIVE_DATE, Integer.MIN_VALUE, before);
        return new BooleanQuery.Builder()
                .add(published, BooleanClause.Occur.SHOULD)
                .add(filedBefore, BooleanClause.Occur.SHOULD)
                .build();
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
