package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.patent.ClassificationCode;
import org.priorart.patent.PatentFields;

/**
 * {@link SearchFilters} as non-scoring clauses, the embedded engine's FilterQueries in the DSL. The
 * same clauses filter the patents of a keyword ranking and, inside the k-NN search, the patents whose
 * passages a nearest-neighbour ranking may return (OpenSearch applies a nested k-NN query's filter to
 * the parent documents).
 */
final class FilterDsl {

    private FilterDsl() {
    }

    static void addTo(SearchFilters filters, Dsl.Bool query) {
        if (!filters.cpcPrefixes().isEmpty()) {
            Dsl.Bool any = new Dsl.Bool();
            for (String prefix : filters.cpcPrefixes()) {
                any.should(Dsl.prefix(PatentFields.CPC, ClassificationCode.queryPrefix(prefix)));
            }
            query.filter(any.build());
        }
        if (filters.publishedBefore() != null || filters.publishedFrom() != null) {
            query.filter(Dsl.range(PatentFields.PUBLICATION_DATE,
                    filters.publishedFrom() == null ? null : (int) filters.publishedFrom().toEpochDay(),
                    filters.publishedBefore() == null ? null : (int) filters.publishedBefore().toEpochDay() - 1));
        }
        if (filters.priorArtDate() != null) {
            int before = (int) filters.priorArtDate().toEpochDay() - 1;
            ObjectNode published = Dsl.range(PatentFields.PUBLICATION_DATE, null, before);
            query.filter(filters.priorArtRule() == PriorArtRule.PUBLISHED ? published
                    : new Dsl.Bool().should(published).should(Dsl.range(PatentFields.EFFECTIVE_DATE, null, before)).build());
        }
        if (!filters.excludeKeys().isEmpty()) {
            query.mustNot(Dsl.terms(ClusterFields.ID, filters.excludeKeys()));
        }
        if (filters.excludeFamily() != null) {
            query.mustNot(Dsl.term(PatentFields.FAMILY, filters.excludeFamily(), 1f));
        }
        if (!filters.includeKeys().isEmpty()) {
            query.filter(Dsl.terms(ClusterFields.ID, filters.includeKeys()));
        }
    }
}
