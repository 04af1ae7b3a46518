package org.priorart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.priorart.embed.ModelSpec;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Coverage;
import org.priorart.engine.EngineView;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchEngine;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QuerySyntaxException;

/**
 * Ranks a request in its mode, through one engine view: keyword mode by the engine's BM25 ranking,
 * semantic mode by its nearest-neighbour ranking of the embedded query, hybrid mode by both, fused
 * ({@link FusionRanker}). In hybrid mode the keyword ranking runs on a pool thread while the query
 * is embedded: their times overlap. Semantic and hybrid mode fall back as the request allows (hybrid
 * ranks by keyword while the index has no vectors), with a note that says so.
 */
final class RequestRanker {

    /** Runs the keyword side of hybrid searches beside the query embedding; daemon threads, one per core. */
    private static final ExecutorService RANKING_POOL = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "priorart-ranking");
                t.setDaemon(true);
                return t;
            });

    private final SearchEngine engine;
    private final QueryEmbedder embedder;

    RequestRanker(SearchEngine engine, QueryEmbedder embedder) {
        this.engine = engine;
        this.embedder = embedder;
    }

    /**
     * What a request ranks, before hits are made of it.
     *
     * @param query the request's compiled text query (what snippets mark)
     */
    record Ranked(SearchMode mode, List<FusionRanker.Fused> ranked, Ranking keyword, Ranking dense, CompiledQuery query,
                  long total, boolean exact, Double embedMillis, List<String> notes) {
    }

    /**
     * @param passages whether the semantic side's hits come with their best passages (hits to show);
     *                 a ranking read as keys only leaves them out
     */
    Ranked rank(SearchRequest asked, EngineView view, boolean passages) throws IOException {
        List<String> notes = new ArrayList<>();
        if (asked.queryIsFreeText()) {
            notes.add("the query has no operators, quotes, truncation or field codes: in " + asked.mode().lowerName()
                    + " mode it ranks as free text and filters nothing (keyword mode, or an operator in capitals "
                    + "such as AND, makes it a Boolean search)");
        }
        SearchRequest request = asked.asRanked();
        ExaminerQuery parsed = request.query() == null ? null : SearchService.parse(request.query());
        String embedText = EmbedText.of(request, parsed);
        SearchMode mode = request.mode();
        ModelSpec model = null;
        if (mode == SearchMode.SEMANTIC && embedText == null) {
            throw EmbedText.semanticNeedsWords();
        }
        if (mode == SearchMode.HYBRID && embedText == null) {
            notes.add("keyword ranking only: " + EmbedText.NOTHING_TO_EMBED);
            mode = SearchMode.KEYWORD;
        }
        if (mode != SearchMode.KEYWORD) {
            try {
                model = embedder.modelFor(embedText, engine.vectorIds());
            } catch (SemanticUnavailableException e) {
                if (mode == SearchMode.SEMANTIC) {
                    throw e;
                }
                notes.add("keyword ranking only: " + e.getMessage());
                mode = SearchMode.KEYWORD;
            }
        }
        int wanted = request.from() + request.size();
        int depth = request.groupFamilies() ? Math.min(10_000, wanted * 3 + request.fusion().depth()) : wanted;
        // Semantic and hybrid rankings always look at least the fusion depth deep, so page 2 comes
        // from the same nearest-neighbour search as page 1 (HNSW results depend on k).
        int sideDepth = mode == SearchMode.KEYWORD ? depth : Math.max(depth, request.fusion().depth());
        CompiledQuery query = SearchService.compile(view, parsed, request.text());
        boolean keywordSearchable = mode != SearchMode.SEMANTIC && query.searchable();
        if (mode != SearchMode.SEMANTIC && !keywordSearchable) {
            notes.add("the text has no searchable words (only stop words or punctuation)");
        }
        // an engine that ranks both sides in one round trip gets them together, after the embedding
        boolean together = mode == SearchMode.HYBRID && keywordSearchable && model != null && view.ranksBothAtOnce();
        CompletableFuture<Ranking> keywordFuture = CompletableFuture.completedFuture(Ranking.EMPTY);
        if (keywordSearchable && !together) {
            keywordFuture = mode == SearchMode.HYBRID
                    ? CompletableFuture.supplyAsync(() -> keywordUnchecked(view, query, request, sideDepth), RANKING_POOL)
                    : CompletableFuture.completedFuture(keyword(view, query, request, sideDepth));
        }
        Double embedMillis = null;
        Ranking dense = Ranking.EMPTY;
        NearestQuery denseQuery = null;
        try {
            if (model != null) {
                long t = System.nanoTime();
                float[] vector = embedder.embed(model, embedText);
                embedMillis = (System.nanoTime() - t) / 1e6;
                denseQuery = new NearestQuery(model, vector, request.filters(), query, sideDepth, passages);
                if (together) {
                    EngineView.Both both = both(view, query, request, sideDepth, denseQuery);
                    keywordFuture = CompletableFuture.completedFuture(both.keyword());
                    dense = both.nearest();
                } else {
                    dense = nearest(view, denseQuery);
                }
                Coverage coverage = view.coverage();
                if (!coverage.complete()) {
                    notes.add(String.format("semantic coverage %.0f%%: %,d of %,d patents embedded so far",
                            100 * coverage.share(), coverage.patentsEmbedded(), coverage.patents()));
                }
            }
        } catch (IOException | RuntimeException e) {
            keywordFuture.exceptionally(x -> null).join(); // the view is closed after this returns
            throw e;
        }
        Ranking keyword = join(keywordFuture);
        List<FusionRanker.Fused> ranked = switch (mode) {
            case KEYWORD -> FusionRanker.unfused(keyword);
            case SEMANTIC -> FusionRanker.unfused(dense);
            case HYBRID -> FusionRanker.fuse(view, keyword.ranks(), dense.ranks(), request.fusion(),
                    request.signals().withDense(denseQuery));
        };
        // An examiner query (not free text) decides which documents match in every mode: the semantic
        // side only ranks among its matches, so its keyword count is the set's exact size.
        boolean booleanSet = parsed != null && request.text() == null && mode == SearchMode.HYBRID;
        long total = mode == SearchMode.KEYWORD || booleanSet ? keyword.total() : Math.max(keyword.total(), ranked.size());
        boolean exact = (mode == SearchMode.KEYWORD || booleanSet) && keyword.totalExact();
        return new Ranked(mode, ranked, keyword, dense, query, total, exact, embedMillis, notes);
    }

    private static Ranking keyword(EngineView view, CompiledQuery query, SearchRequest request, int depth)
            throws IOException {
        try {
            return view.rankKeyword(query, request.filters(), depth);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    private static Ranking nearest(EngineView view, NearestQuery query) throws IOException {
        try {
            return view.rankNearest(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    private static EngineView.Both both(EngineView view, CompiledQuery query, SearchRequest request, int depth,
                                        NearestQuery nearest) throws IOException {
        try {
            return view.rankBoth(query, request.filters(), depth, nearest);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    private static Ranking keywordUnchecked(EngineView view, CompiledQuery query, SearchRequest request, int depth) {
        try {
            return keyword(view, query, request, depth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Ranking join(CompletableFuture<Ranking> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
