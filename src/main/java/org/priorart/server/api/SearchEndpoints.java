package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.metrics.ApiMetrics;

/**
 * {@code /api/v1/search} (GET with a query string, POST with a JSON object: the same parameters) and
 * {@code /api/v1/search/batch}. Every search goes through the one {@link SearchService}, as on the
 * command line and the page, so all rank alike.
 */
public final class SearchEndpoints {

    /** Searches per batch at most: a batch runs under one request deadline. */
    static final int MAX_BATCH = 100;

    private final Backend backend;
    private final Authenticator auth;
    private final ApiMetrics metrics;
    private final int maxQueryLength;
    private final long timeoutNanos;

    public SearchEndpoints(Backend backend, Authenticator auth, ApiMetrics metrics, int maxQueryLength,
                           java.time.Duration timeout) {
        this.backend = backend;
        this.auth = auth;
        this.metrics = metrics;
        this.maxQueryLength = maxQueryLength;
        this.timeoutNanos = timeout.toNanos();
    }

    /** GET /api/v1/search?query=...&text=...: the parameters in the query string. */
    public void get(Context ctx) throws IOException {
        ctx.json(search(SearchParams.read(QueryParams.of(ctx), SearchParams.Kind.SEARCH, maxQueryLength)));
    }

    /** POST /api/v1/search: the parameters as a JSON object (for long texts). */
    public void post(Context ctx) throws IOException {
        ctx.json(search(SearchParams.read(new JsonParams(Bodies.object(ctx)), SearchParams.Kind.SEARCH, maxQueryLength)));
    }

    /**
     * POST /api/v1/search/batch: {@code {"searches": [{...}, ...]}}, each answered as /search would
     * answer it, errors included; a batch costs one request per search against the key's limits.
     */
    public void batch(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        JsonNode searches = body.get("searches");
        if (body.size() != 1 || searches == null || !searches.isArray()) {
            throw ApiException.badRequest("the body must be {\"searches\": [ ... ]}: an array of search objects");
        }
        if (searches.isEmpty() || searches.size() > MAX_BATCH) {
            throw ApiException.badParameter("searches", "a batch holds 1 to " + MAX_BATCH + " searches, was " + searches.size());
        }
        auth.chargeBatch(ctx, Authenticator.principal(ctx), searches.size());
        // The items share the request's deadline; keep a margin to answer with what is done.
        long deadline = System.nanoTime() + timeoutNanos * 9 / 10;
        List<BatchResponse.Item> results = new ArrayList<>(searches.size());
        for (int i = 0; i < searches.size(); i++) {
            results.add(item(i, searches.get(i), deadline));
        }
        ctx.json(new BatchResponse(results));
    }

    private BatchResponse.Item item(int index, JsonNode search, long deadline) {
        try {
            if (System.nanoTime() > deadline) {
                throw ApiException.unavailable("timeout", "the batch ran out of time before this search; send it again", 1);
            }
            if (!search.isObject()) {
                throw ApiException.badRequest("search " + index + " must be a JSON object");
            }
            SearchParams p = SearchParams.read(new JsonParams((ObjectNode) search), SearchParams.Kind.SEARCH, maxQueryLength);
            return new BatchResponse.Item(index, 200, search(p), null);
        } catch (IOException | RuntimeException e) {
            ApiException answer = ErrorMapper.toApi(e);
            return new BatchResponse.Item(index, answer.status(), null, answer.body());
        }
    }

    private SearchResponse search(SearchParams p) throws IOException {
        SearchService service = backend.search();
        SearchRequest request = p.toRequest();
        if (p.mode() == SearchMode.SEMANTIC && p.text() == null && p.query() != null && !request.queryIsFreeText()
                && SearchService.parse(p.query()).freeText().isBlank()) {
            throw ApiException.badParameter("query", "semantic mode needs words to embed: the query has only codes, "
                    + "dates, truncations or negated terms; add a text, or use keyword or hybrid mode");
        }
        SearchResult result = service.search(request);
        metrics.search(result.mode(), result.tookMillis());
        return SearchResponse.of(result, p);
    }
}
