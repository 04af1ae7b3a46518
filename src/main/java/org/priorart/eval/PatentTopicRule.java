package org.priorart.eval;

import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchFilters;

/**
 * What a patent topic (a publication number whose document is the query) may retrieve.
 *
 * <p><b>INTEGRATION HOOK.</b> The {@code similar} search (another issue) defines the rule for
 * prior art of a patent: its own family is excluded and only documents that are prior art by date
 * count. When it lands in {@code SearchService}, implement this interface with that rule (or have
 * {@link KeywordTopicSearcher} call {@code similar} directly) and pass it to the searcher. Until then
 * {@link #SELF_ONLY} excludes the document itself and nothing else: no family data is used and no
 * date filter applies.
 */
public interface PatentTopicRule {

    /** Excludes the query document itself (by index key); no filters. */
    PatentTopicRule SELF_ONLY = new PatentTopicRule() {
        @Override
        public SearchFilters filters(PatentDocument query) {
            return SearchFilters.NONE;
        }

        @Override
        public boolean excludes(PatentDocument query, String candidateKey) {
            return candidateKey.equals(query.id());
        }
    };

    /** Filters for the search (e.g. published before the query's effective date). */
    SearchFilters filters(PatentDocument query);

    /** True when a hit must not count for this query (the document itself, its family). */
    boolean excludes(PatentDocument query, String candidateKey);
}
