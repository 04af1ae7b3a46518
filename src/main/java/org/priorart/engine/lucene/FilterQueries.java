package org.priorart.engine.lucene;

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
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.patent.ClassificationCode;

/**
 * {@link SearchFilters} as non-scoring Lucene clauses. The same clauses filter patents (keyword
 * ranking) and their passages (nearest-neighbour ranking: the filter runs inside the HNSW search),
 * because passages carry the filter fields of their patent.
 */
final class FilterQueries {

    private FilterQueries() {
    }

    /** Adds the filters to a query as non-scoring clauses. */
    static void addTo(SearchFilters filters, BooleanQuery.Builder query) {
        if (!filters.cpcPrefixes().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String prefix : filters.cpcPrefixes()) {
                any.add(new PrefixQuery(new Term(IndexFields.CPC, ClassificationCode.queryPrefix(prefix))),
                        BooleanClause.Occur.SHOULD);
            }
            query.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (filters.publishedBefore() != null || filters.publishedFrom() != null) {
            int from = filters.publishedFrom() == null ? Integer.MIN_VALUE : (int) filters.publishedFrom().toEpochDay();
            int to = filters.publishedBefore() == null ? Integer.MAX_VALUE : (int) filters.publishedBefore().toEpochDay() - 1;
            query.add(IntPoint.newRangeQuery(IndexFields.PUBLICATION_DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (filters.priorArtDate() != null) {
            query.add(priorArt(filters), BooleanClause.Occur.FILTER);
        }
        for (String key : filters.excludeKeys()) {
            query.add(new TermQuery(new Term(IndexFields.BLOCK, key)), BooleanClause.Occur.MUST_NOT);
        }
        if (filters.excludeFamily() != null) {
            query.add(new TermQuery(new Term(IndexFields.FAMILY, filters.excludeFamily())), BooleanClause.Occur.MUST_NOT);
        }
        if (!filters.includeKeys().isEmpty()) {
            List<BytesRef> keys = filters.includeKeys().stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(IndexFields.BLOCK, keys), BooleanClause.Occur.FILTER);
        }
    }

    private static Query priorArt(SearchFilters filters) {
        int before = (int) filters.priorArtDate().toEpochDay() - 1;
        Query published = IntPoint.newRangeQuery(IndexFields.PUBLICATION_DATE, Integer.MIN_VALUE, before);
        if (filters.priorArtRule() == PriorArtRule.PUBLISHED) {
            return published;
        }
        // Earlier-filed (or earlier-priority) patent documents count even when published later.
        Query filedBefore = IntPoint.newRangeQuery(IndexFields.EFFECTIVE_DATE, Integer.MIN_VALUE, before);
        return new BooleanQuery.Builder()
                .add(published, BooleanClause.Occur.SHOULD)
                .add(filedBefore, BooleanClause.Occur.SHOULD)
                .build();
    }
}
