package org.priorart.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;

/**
 * The {@code keyword} mode: BM25 through the {@link SearchService}, the same path the CLI and the
 * server search, without snippets (nobody reads them in a batch).
 *
 * <ul>
 *   <li>A text topic searches its text, {@code top} hits. When its id is a publication number
 *       (the CPC set's topics are patents named by number, with their abstract as text), that
 *       patent is left out of its own ranking: a patent is not prior art to itself.</li>
 *   <li>A patent topic looks the document up and searches its title, abstract and claims; the
 *       document itself never counts as a hit, nor anything else the {@link PatentTopicRule}
 *       excludes, and the ranking is filled up to {@code top} from further down. If the patent is
 *       not in the index the topic's text is searched instead, when it has one.</li>
 * </ul>
 *
 * To add a mode (say {@code semantic}, once the search service offers it): add it to
 * {@link #modes()} and dispatch on it in {@link #search}, or write another {@link TopicSearcher}.
 */
public class KeywordTopicSearcher implements TopicSearcher {

    public static final String KEYWORD = "keyword";

    private final SearchService service;
    private final PatentTopicRule rule;

    public KeywordTopicSearcher(SearchService service) {
        this(service, PatentTopicRule.SELF_ONLY);
    }

    public KeywordTopicSearcher(SearchService service, PatentTopicRule rule) {
        this.service = service;
        this.rule = rule;
    }

    @Override
    public List<String> modes() {
        return List.of(KEYWORD);
    }

    @Override
    public List<RankedDoc> search(Topic topic, String mode, int top) throws IOException {
        checkMode(mode);
        if (top < 1 || top > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("top must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + top);
        }
        if (topic.isPatent()) {
            PatentDocument query = service.get(topic.publicationNumber());
            if (query != null) {
                String text = queryText(query);
                if (text.isBlank()) {
                    throw new TopicException("topic " + topic.id() + ": " + query.number()
                            + " has no title, abstract or claims to search with");
                }
                return searchExcluding(text, top, rule.filters(query), key -> rule.excludes(query, key));
            }
            if (topic.text() == null) {
                throw new TopicException("topic " + topic.id() + ": " + topic.publicationNumber() + " is not in the index");
            }
            // the topic's text stands in for the missing document, which still must not be a hit
            String self = PublicationNumber.parse(topic.publicationNumber()).key();
            return searchExcluding(topic.text(), top, SearchFilters.NONE, self::equals);
        }
        PublicationNumber named = PublicationNumber.tryParse(topic.id());
        if (named != null) {
            // A topic named after a patent (the CPC set: id US6987531, text its abstract) asks for
            // that patent's prior art: the patent itself is no answer.
            String self = named.key();
            return searchExcluding(topic.text(), top, SearchFilters.NONE, self::equals);
        }
        return search(topic.text(), top, 0, SearchFilters.NONE);
    }

    /**
     * The top documents for a text, leaving out the excluded ones; excluded hits leave gaps, which
     * further pages fill until {@code top} are kept or the ranking ends.
     */
    private List<RankedDoc> searchExcluding(String text, int top, SearchFilters filters, Predicate<String> excluded)
            throws IOException {
        List<RankedDoc> kept = new ArrayList<>(top);
        int from = 0;
        while (kept.size() < top) {
            int wanted = top - kept.size();
            List<RankedDoc> page = search(text, wanted, from, filters);
            for (RankedDoc doc : page) {
                if (!excluded.test(doc.docId())) {
                    kept.add(doc);
                }
            }
            if (page.size() < wanted) {
                break;
            }
            from += page.size();
        }
        return kept;
    }

    /** The text of a patent used as a query: title, abstract and claims. */
    static String queryText(PatentDocument doc) {
        StringBuilder s = new StringBuilder();
        append(s, doc.title());
        append(s, doc.abstractText());
        for (Claim claim : doc.claims()) {
            append(s, claim.text());
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String text) {
        if (text != null && !text.isBlank()) {
            s.append(s.isEmpty() ? "" : "\n").append(text);
        }
    }

    private List<RankedDoc> search(String text, int size, int from, SearchFilters filters) throws IOException {
        SearchResult result = service.search(new SearchRequest(text, size, from, filters).withoutSnippets());
        List<RankedDoc> docs = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) {
            docs.add(new RankedDoc(DocIds.normalize(hit.publicationNumber()), hit.score()));
        }
        return docs;
    }

}
