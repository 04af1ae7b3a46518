package org.priorart.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.priorart.index.IndexFields;
import org.priorart.patent.ClassificationCode;

/**
 * Restrictions on which documents may be hits. All given restrictions must hold; within
 * {@code cpcPrefixes} any one prefix is enough.
 *
 * @param cpcPrefixes      CPC symbols or prefixes ({@code H01M}, {@code H01M10/05}); hierarchy-aware
 * @param publishedBefore  only documents published strictly before this date
 * @param publishedFrom    only documents published on or after this date
 */
public record SearchFilters(List<String> cpcPrefixes, LocalDate publishedBefore, LocalDate publishedFrom) {

    public static final SearchFilters NONE = new SearchFilters(List.of(), null, null);

    public SearchFilters {
        cpcPrefixes = cpcPrefixes == null ? List.of() : List.copyOf(cpcPrefixes);
        // Fail early, with the offending prefix named, rather than at query time.
        cpcPrefixes.forEach(ClassificationCode::queryPrefix);
    }

    public boolean isEmpty() {
        return cpcPrefixes.isEmpty() && publishedBefore == null && publishedFrom == null;
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
            Query range = IntPoint.newRangeQuery(IndexFields.PUBLICATION_DATE, from, to);
            query.add(range, BooleanClause.Occur.FILTER);
        }
    }
}
