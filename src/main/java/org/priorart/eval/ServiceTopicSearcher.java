package org.priorart.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.Fusion;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;

/**
 * Searches topics through the {@link SearchService}, the same path the CLI, the API and the page
 * search, without snippets (nobody reads them in a batch), in the keyword, semantic or hybrid mode.
 *
 * <ul>
 *   <li>A text topic searches its text as free text.</li>
 *   <li>A topic named after a patent (the CPC set: id {@code US6987531}, text its abstract) asks
 *       for that patent's neighbours: the patent itself is left out of its own ranking.</li>
 *   <li>A patent topic ({@code publication_number}) is {@link SearchService#similar}: the
 *       document's title, abstract and independent claims are the query, the document and its
 *       family are excluded, and only prior art against its priority date under the
 *       {@link PriorArtRule} is kept. If the patent is not in the index the topic's text is searched
 *       instead, when it has one.</li>
 * </ul>
 */
public class ServiceTopicSearcher implements TopicSearcher {

    private final SearchService service;
    private final Fusion fusion;
    private final PriorArtRule priorArt;
    private final List<String> modes;

    /**
     * @param semantic whether the service has embedding models (semantic and hybrid modes)
     */
    public ServiceTopicSearcher(SearchService service, boolean semantic, Fusion fusion, PriorArtRule priorArt) {
        this.service = service;
        this.fusion = fusion;
        this.priorArt = priorArt;
        this.modes = SearchMode.available(semantic).stream().map(SearchMode::lowerName).toList();
    }

    /** Keyword mode only, the default fusion and the effective prior-art rule. */
    public ServiceTopicSearcher(SearchService service) {
        this(service, false, Fusion.DEFAULT, PriorArtRule.EFFECTIVE);
    }

    @Override
    public List<String> modes() {
        return modes;
    }

    @Override
    public List<RankedDoc> search(Topic topic, String mode, int top) throws IOException {
        checkMode(mode);
        if (top < 1 || top > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("top must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + top);
        }
        SearchMode searchMode = SearchMode.parse(mode);
        if (topic.isPatent()) {
            PatentDocument query = service.get(topic.publicationNumber());
            if (query != null) {
                return docs(service.similarRanking(new SimilarRequest(query.number().toString(), top, 0, SearchFilters.NONE,
                        false, searchMode, fusion, false, priorArt)));
            }
            if (topic.text() == null) {
                throw new TopicException("topic " + topic.id() + ": " + topic.publicationNumber() + " is not in the index");
            }
            // the topic's text stands in for the missing document, which still must not be a hit
            return docs(service.ranking(request(topic.text(), top, searchMode, excluding(topic.publicationNumber()))));
        }
        PublicationNumber named = PublicationNumber.tryParse(topic.id());
        SearchFilters filters = named == null ? SearchFilters.NONE : excluding(topic.id());
        return docs(service.ranking(request(topic.text(), top, searchMode, filters)));
    }

    private static SearchFilters excluding(String number) {
        return SearchFilters.NONE.excluding(List.of(PublicationNumber.parse(number).key()), null);
    }

    private SearchRequest request(String text, int top, SearchMode mode, SearchFilters filters) {
        return new SearchRequest(null, text, top, 0, filters, false, mode, fusion, false);
    }

    private static List<RankedDoc> docs(List<SearchService.RankedKey> ranking) {
        List<RankedDoc> docs = new ArrayList<>(ranking.size());
        for (SearchService.RankedKey hit : ranking) {
            docs.add(new RankedDoc(DocIds.normalize(hit.key()), hit.score()));
        }
        return docs;
    }
}
