package org.priorart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.config.FieldWeights;
import org.priorart.embed.VectorModels;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Coverage;
import org.priorart.engine.EngineView;
import org.priorart.engine.FieldMatches;
import org.priorart.engine.SearchEngine;
import org.priorart.error.UserInputException;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.PlainQuery;
import org.priorart.query.QueryParser;
import org.priorart.query.QuerySyntaxException;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.SignalPart;
import org.priorart.search.signals.SignalRanker;
import org.priorart.search.signals.Signals;

/**
 * The one search service: the CLI, the API, the page and the evaluator all search through it, so
 * they all rank alike. It orchestrates; the work has its homes: ranking per mode and fusion in
 * {@link RequestRanker} and {@link FusionRanker}, family grouping in {@link FamilyGrouping}, hits and
 * their {@link Explanation}s in {@link HitBuilder}, the similar-documents template in
 * {@link SimilarRequest}, and everything that reads the index in the {@link SearchEngine}, through one
 * {@link EngineView} per search. Thread-safe: each search has its own view, so searches never wait on
 * each other.
 */
public final class SearchService {

    private final SearchEngine engine;
    private final FieldWeights weights;
    private final RequestRanker ranker;

    /** A service for keyword search only. */
    public SearchService(SearchEngine engine, FieldWeights weights) {
        this(engine, weights, null);
    }

    /** @param models the embedding models for semantic and hybrid search, or null for keyword only */
    public SearchService(SearchEngine engine, FieldWeights weights, VectorModels models) {
        this.engine = engine;
        this.weights = weights;
        this.ranker = new RequestRanker(engine, new QueryEmbedder(models));
    }

    public SearchEngine engine() {
        return engine;
    }

    /**
     * Looks a document up by publication number (with or without kind); null when absent.
     *
     * @throws IllegalArgumentException when the text is not a publication number
     */
    public PatentDocument get(String publicationNumber) throws IOException {
        PublicationNumber number = PublicationNumber.parse(publicationNumber);
        try (EngineView view = engine.view()) {
            return view.get(number);
        }
    }

    /**
     * The documents cited against a document's family (see {@link FamilyCitations}); null when the
     * document is not in the index. Never part of a ranking.
     */
    public FamilyCitations familyCitations(String publicationNumber) throws IOException {
        PublicationNumber number = PublicationNumber.parse(publicationNumber);
        try (EngineView view = engine.view()) {
            PatentDocument doc = view.get(number);
            return doc == null ? null : FamilyCitations.of(view, doc);
        }
    }

    /** The semantic coverage of the index for the models it records. */
    public Coverage coverage() throws IOException {
        try (EngineView view = engine.view()) {
            return view.coverage();
        }
    }

    /** Parses an examiner query; a syntax error comes back with its position. */
    public static ExaminerQuery parse(String query) {
        try {
            return QueryParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    /** A search's text query compiled in a view; a limit it crosses comes back with its position. */
    static CompiledQuery compile(EngineView view, ExaminerQuery examiner, String text) throws IOException {
        try {
            return view.compile(examiner, text);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    /**
     * Searches. Thread-safe.
     *
     * @throws InvalidQueryException        for a query with a syntax error or over a limit (with position)
     * @throws SemanticUnavailableException for semantic mode without usable vectors (hybrid falls back)
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        try (EngineView view = engine.view(weights, SearchDeadline.current())) {
            RequestRanker.Ranked r = ranker.rank(request, view, true);
            String how = r.mode() == SearchMode.HYBRID ? describe(request) : r.mode().lowerName();
            List<SearchHit> hits = HitBuilder.page(view, r, request, how);
            return new SearchResult(r.total(), r.exact(), hits, (System.nanoTime() - start) / 1e6, r.embedMillis(),
                    r.mode().lowerName(), r.notes());
        }
    }

    /** A ranked document as batch evaluation needs it: its index key and its score. */
    public record RankedKey(String key, double score) {
    }

    /**
     * The same ranking as {@link #search}, as keys and scores only: no snippets, no summaries, no
     * family grouping. For batch evaluation, where a thousand hits per topic are ranked and nobody
     * reads them; reading each hit's stored data would cost more than the search itself.
     */
    public List<RankedKey> ranking(SearchRequest request) throws IOException {
        try (EngineView view = engine.view(weights, SearchDeadline.current())) {
            RequestRanker.Ranked r = ranker.rank(request, view, false);
            int from = Math.min(request.from(), r.ranked().size());
            int to = Math.min(request.from() + request.size(), r.ranked().size());
            List<RankedKey> keys = new ArrayList<>(to - from);
            for (FusionRanker.Fused f : r.ranked().subList(from, to)) {
                keys.add(new RankedKey(f.key(), f.score()));
            }
            return keys;
        }
    }

    /**
     * A candidate of a hybrid ranking with what each signal gave it.
     *
     * @param key   the patent's key
     * @param parts each signal's raw, normalized value, weight and contribution
     */
    public record Candidate(String key, List<SignalPart> parts) {
    }

    /**
     * Every candidate of the hybrid similar-documents search, unpaged, with each signal's part: what
     * {@code fit-weights} learns the fusion weights from.
     */
    public List<Candidate> similarCandidates(SimilarRequest request) throws IOException {
        SearchRequest search = similarSearch(request).withMode(SearchMode.HYBRID);
        try (EngineView view = engine.view(weights, SearchDeadline.current())) {
            RequestRanker.Ranked r = ranker.rank(search, view, false);
            List<Candidate> out = new ArrayList<>(r.ranked().size());
            for (FusionRanker.Fused f : r.ranked()) {
                out.add(new Candidate(f.key(), f.parts()));
            }
            return out;
        }
    }

    /** The prior art of an indexed document (see {@link SimilarRequest}). */
    public SearchResult similar(SimilarRequest request) throws IOException {
        return search(similarSearch(request));
    }

    /** {@link #similar} as keys and scores only (see {@link #ranking}). */
    public List<RankedKey> similarRanking(SimilarRequest request) throws IOException {
        return ranking(similarSearch(request));
    }

    private SearchRequest similarSearch(SimilarRequest request) throws IOException {
        PatentDocument doc = get(request.publicationNumber());
        if (doc == null) {
            throw new UserInputException("no document " + request.publicationNumber() + " in the index");
        }
        return request.forDocument(doc);
    }

    /**
     * Every match of a search in one document, per text field value: for the document view, which
     * marks the words the search matched (stems, phrases, proximity) as the search itself matched
     * them. The query and text are read as {@link #search} reads them; each marks its own matches,
     * so a document that does not match the whole query (a semantic hit) still shows what it has.
     *
     * @return the matches (empty when the query and text have no searchable words), or null when
     *         the document is not in the index
     * @throws InvalidQueryException for a query with a syntax error
     */
    public List<FieldMatches> highlights(String publicationNumber, String query, String text) throws IOException {
        PublicationNumber number = PublicationNumber.parse(publicationNumber);
        try (EngineView view = engine.view(weights, SearchDeadline.current())) {
            PatentDocument doc = view.get(number);
            if (doc == null) {
                return null;
            }
            // A plain query may be a description that was searched as free text (SearchRequest.queryIsFreeText):
            // its words mark as free text's do, and as the examiner query's where it is one.
            boolean plain = PlainQuery.isPlain(query);
            String freeText = plain ? (text == null || text.isBlank() ? query : query + "\n\n" + text) : text;
            CompiledQuery compiled;
            if (query == null || query.isBlank()) {
                compiled = compile(view, null, freeText);
            } else if (plain) {
                compiled = compilePlain(view, query, freeText);
            } else {
                compiled = compile(view, parse(query), freeText);
            }
            return view.highlights(compiled, doc.id());
        }
    }

    /** A plain query with its examiner reading where it has one (prose, "a cell, with or without a cover", has none). */
    private static CompiledQuery compilePlain(EngineView view, String query, String freeText) throws IOException {
        try {
            return compile(view, parse(query), freeText);
        } catch (InvalidQueryException e) {
            return compile(view, null, freeText);
        }
    }

    private static String describe(SearchRequest request) {
        Signals signals = request.signals();
        if (SignalRanker.patentFusion(signals)) {
            return "hybrid signals " + SignalGroup.name(signals.groups()) + " weights " + signals.weights().version();
        }
        String feedback = signals.feedbackSignals() ? " + feedback" : "";
        return describe(request.fusion()) + feedback;
    }

    private static String describe(Fusion f) {
        return switch (f.method()) {
            case RRF -> String.format("hybrid rrf k=%d semantic weight %.2f", f.rrfK(), f.semanticWeight());
            case MINMAX -> String.format("hybrid min-max semantic weight %.2f", f.semanticWeight());
            case ZSCORE -> String.format("hybrid z-score semantic weight %.2f", f.semanticWeight());
        };
    }
}
