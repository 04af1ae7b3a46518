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
import org.priorart.search.signals.Feedback;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.Signals;

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
 *       instead, when it has one. This is how the evaluation knows a topic's patent: the patent
 *       ranking signals (classification, names, citations, dates) read it; a text topic has none,
 *       and a topic only named after a patent (the CPC set, whose answer key is the CPC codes) is
 *       searched as text, without them.</li>
 * </ul>
 *
 * <p>A mode may name the signal groups it fuses after an {@code @}: {@code hybrid@keyword+semantic}
 * is the two-signal fusion, {@code hybrid@keyword+semantic+citations} adds the citation graph (the
 * ablation runs of {@code eval --ablation}).
 */
public class ServiceTopicSearcher implements TopicSearcher {

    private final SearchService service;
    private final Fusion fusion;
    private final PriorArtRule priorArt;
    private final List<String> modes;
    private final Signals signals;

    /**
     * @param semantic whether the service has embedding models (semantic and hybrid modes)
     */
    public ServiceTopicSearcher(SearchService service, boolean semantic, Fusion fusion, PriorArtRule priorArt) {
        this(service, semantic, fusion, priorArt, Signals.DEFAULT);
    }

    /** @param signals the signal groups and weights of hybrid mode (a mode's {@code @groups} overrides the groups) */
    public ServiceTopicSearcher(SearchService service, boolean semantic, Fusion fusion, PriorArtRule priorArt,
                                Signals signals) {
        this.service = service;
        this.fusion = fusion;
        this.priorArt = priorArt;
        this.signals = signals;
        this.modes = SearchMode.available(semantic).stream().map(SearchMode::lowerName).toList();
    }

    /** The run name of a mode with its signal groups ({@code hybrid@keyword+semantic}). */
    public static String variant(SearchMode mode, java.util.Set<SignalGroup> groups) {
        return mode.lowerName() + "@" + SignalGroup.name(groups);
    }

    @Override
    public void checkMode(String mode) {
        int at = mode.indexOf('@');
        if (at < 0) {
            TopicSearcher.super.checkMode(mode);
            return;
        }
        TopicSearcher.super.checkMode(mode.substring(0, at));
        SignalGroup.parseList(mode.substring(at + 1));
    }

    private Signals signalsOf(String mode, Feedback feedback) {
        int at = mode.indexOf('@');
        Signals s = at < 0 ? signals : signals.withGroups(SignalGroup.parseList(mode.substring(at + 1)));
        if (feedback == null) {
            return s;
        }
        // feedback given is feedback used, whatever groups the run names
        java.util.Set<SignalGroup> groups = new java.util.HashSet<>(s.groups());
        groups.add(SignalGroup.FEEDBACK);
        return s.withGroups(groups).withFeedback(feedback);
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
        return search(topic, mode, top, null);
    }

    /**
     * The ranking for a topic with the examiner's feedback (the documents tagged so far), for the
     * simulated feedback of {@code eval --feedback simulate}.
     */
    public List<RankedDoc> search(Topic topic, String mode, int top, Feedback feedback) throws IOException {
        checkMode(mode);
        if (top < 1 || top > SearchRequest.MAX_SIZE) {
            throw new IllegalArgumentException("top must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + top);
        }
        Signals withFeedback = signalsOf(mode, feedback);
        int at = mode.indexOf('@');
        SearchMode searchMode = SearchMode.parse(at < 0 ? mode : mode.substring(0, at));
        if (topic.isPatent()) {
            PatentDocument query = service.get(topic.publicationNumber());
            if (query != null) {
                return docs(service.similarRanking(new SimilarRequest(query.number().toString(), top, 0, SearchFilters.NONE,
                        false, searchMode, fusion, false, priorArt, withFeedback)));
            }
            if (topic.text() == null) {
                throw new TopicException("topic " + topic.id() + ": " + topic.publicationNumber() + " is not in the index");
            }
            // the topic's text stands in for the missing document, which still must not be a hit
            return docs(service.ranking(request(topic.text(), top, searchMode, excluding(topic.publicationNumber()))
                    .withSignals(withFeedback)));
        }
        PublicationNumber named = PublicationNumber.tryParse(topic.id());
        SearchFilters filters = named == null ? SearchFilters.NONE : excluding(topic.id());
        return docs(service.ranking(request(topic.text(), top, searchMode, filters).withSignals(withFeedback)));
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
