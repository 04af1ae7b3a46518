package org.priorart.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.priorart.config.ApiSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchEngine;
import org.priorart.index.DocumentWriter;
import org.priorart.search.SearchService;
import org.priorart.server.api.ApiDocs;
import org.priorart.server.api.ApiException;
import org.priorart.server.api.CaseEndpoints;
import org.priorart.server.api.CitationEndpoints;
import org.priorart.server.api.ClaimChartEndpoint;
import org.priorart.server.api.SessionChartEndpoints;
import org.priorart.server.api.Completion;
import org.priorart.server.api.ApiJson;
import org.priorart.server.api.Backend;
import org.priorart.server.api.Deadlines;
import org.priorart.server.api.ErrorMapper;
import org.priorart.server.api.JettyErrors;
import org.priorart.server.api.PatentEndpoints;
import org.priorart.server.api.ResponseBudget;
import org.priorart.server.api.SearchEndpoints;
import org.priorart.server.api.SessionEndpoints;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.auth.ClientLimits;
import org.priorart.server.auth.CrossSiteGuard;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.RateLimiter;
import org.priorart.server.auth.Role;
import org.priorart.server.background.BackgroundWork;
import org.priorart.server.metrics.ApiMetrics;
import org.priorart.server.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PriorArt server: one writable index, one {@link SearchService}, a Javalin app with the
 * examiner's page ({@code /}, {@link ExaminerPage}), the health page ({@code /status}) and the
 * versioned API ({@code /api/v1}, see {@link #routes}). On a fresh (empty) index it
 * indexes the demo corpus in the background while it already answers: searches see the documents
 * within a second. The embedding stage runs in the background too, so keyword search works at once
 * and semantic search covers more as passages are embedded (see /health).
 *
 * <p>Given an {@link Opener} instead of an open index, the server listens first and opens the index
 * and models in the background; meanwhile health says "starting" and the API answers 503.
 */
public final class PriorArtServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PriorArtServer.class);
    private static final String V1 = "/api/v1";
    /** The search sessions' folder in the index directory (see {@link SessionStore}). */
    static final String SESSIONS_DIR = "sessions";

    /** Opens the index and the models; runs in the background once the server listens. */
    @FunctionalInterface
    public interface Opener {
        Opened open() throws Exception;
    }

    /** An open index and its models (null: keyword only). */
    public record Opened(SearchEngine index, VectorModels models) {
    }

    /** What the handlers need, once the index is open. */
    private record Ready(SearchEngine index, VectorModels models, SearchService search, DocumentWriter writer) {
        static Ready of(PriorArtConfig config, Opened o) {
            return new Ready(o.index(), o.models(), new SearchService(o.index(), config.fieldWeights(), o.models()),
                    o.index().writable() ? new DocumentWriter(o.index()) : null);
        }
    }

    private final PriorArtConfig config;
    private final Opener opener;
    private final CompletableFuture<Ready> opened = new CompletableFuture<>();
    private volatile Ready ready;
    private final BackgroundWork background;
    private final ApiMetrics metrics = new ApiMetrics();
    private Javalin app;
    private Deadlines deadlines;
    /** Sessions and keys: given (cluster mode, see {@link #withState}), else the index directory's files at start. */
    private ServerState state;

    /**
     * A server over an index already open; the caller closes the index and the models.
     *
     * @param models the embedding models, or null for a keyword-only server (no background embedding)
     */
    public PriorArtServer(PriorArtConfig config, SearchEngine index, VectorModels models) {
        this.config = config;
        this.opener = null;
        this.background = new BackgroundWork(config);
        this.ready = Ready.of(config, new Opened(index, models));
        opened.complete(ready);
    }

    /** A server that opens its index and models itself, after it listens, and closes them. */
    public PriorArtServer(PriorArtConfig config, Opener opener) {
        this.config = config;
        this.opener = opener;
        this.background = new BackgroundWork(config);
    }

    /**
     * Keeps the sessions and keys in this state (shared with other servers in cluster mode) instead of
     * the index directory's files; before {@link #start}. The server closes it.
     */
    public PriorArtServer withState(ServerState shared) {
        this.state = shared;
        return this;
    }

    /**
     * Starts serving, then (in the background) opens the index when an {@link Opener} was given, and
     * runs the demo indexing when asked and the index is empty, and the embedding stage. Returns the
     * bound port.
     *
     * @throws IllegalStateException when asked to listen beyond this machine without an API key
     */
    public int start(boolean indexDemoWhenEmpty) throws IOException {
        ApiSettings api = config.api();
        if (state == null) {
            state = ServerState.files(config);
        }
        KeyStore keys = state.keys();
        boolean loopback = isLoopback(config.host());
        if (!loopback && !keys.hasActiveKeys()) {
            throw new IllegalStateException("refusing to listen on " + config.host() + " without API keys: anyone who "
                    + "can reach it could search and change the index. Create a key first ('./priorart keys create "
                    + "--name NAME --role admin', kept in " + keys.describe() + "), or listen on 127.0.0.1 only");
        }
        Authenticator auth = new Authenticator(keys, new RateLimiter(), new ClientLimits(api.maxConcurrentPerClient()), loopback,
                api.rateLimitPerMinute(), api.dailyQuota());
        deadlines = new Deadlines(api.maxConcurrent(), api.requestTimeout(), api.maxBodyBytes(),
                new ResponseBudget(api.responseMemoryBytes()), api.workersPerClientOrDefault(), ClientLimits::clientOf);
        Backend backend = new OpenBackend();
        SessionStore sessions = state.sessions();
        Handlers handlers = new Handlers(auth, new CrossSiteGuard(config.host(), api.corsOrigins(), auth::keyless),
                new SearchEndpoints(backend, auth, metrics, api.maxQueryLength(),
                api.requestTimeout()), new PatentEndpoints(backend, metrics, api.maxQueryLength()), new ApiDocs(),
                new SessionEndpoints(backend, sessions, api.maxQueryLength()),
                new ClaimChartEndpoint(backend, auth, api.maxQueryLength()), new ExaminerPage(),
                new CaseEndpoints(backend, sessions, api.maxQueryLength()));
        app = Javalin.create(cfg -> {
            configure(cfg, api);
            routes(cfg.routes, handlers);
        }).start();
        gauges();
        if (ready != null) {
            startBackground(indexDemoWhenEmpty);
        } else {
            Thread.ofPlatform().name("priorart-open").daemon().start(() -> open(indexDemoWhenEmpty));
        }
        return app.port();
    }

    private record Handlers(Authenticator auth, CrossSiteGuard crossSite, SearchEndpoints search, PatentEndpoints patents, ApiDocs docs,
                            SessionEndpoints sessions, ClaimChartEndpoint chart, ExaminerPage page, CaseEndpoints cases) {
        CitationEndpoints citations() {
            return new CitationEndpoints(cases.backend());
        }

        SessionChartEndpoints sessionChart() {
            return new SessionChartEndpoints(chart, cases.store());
        }
    }

    /** All routes, in one place. A role names the least a key needs; routes without one are public. */
    private void routes(RoutesConfig routes, Handlers h) {
        routes.before(this::commonHeaders);
        routes.beforeMatched(h.crossSite()::check);
        routes.beforeMatched(h.auth()::handle);

        routes.get("/", h.page()::serve);
        routes.get("/status", this::healthPage);
        routes.get("/health", this::health);
        routes.get("/metrics", metrics::scrape, Role.SEARCH);
        routes.get("/api", ctx -> ctx.redirect(V1 + "/docs"));
        routes.get(V1, ctx -> ctx.redirect(V1 + "/docs"));
        routes.get(V1 + "/health", this::health);
        routes.get(V1 + "/openapi.json", h.docs()::openapi);
        routes.get(V1 + "/docs", h.docs()::page);
        routes.get(V1 + "/whoami", h.auth()::whoami);

        routes.get(V1 + "/search", deadlines.bounded(h.search()::get), Role.SEARCH);
        routes.post(V1 + "/search", deadlines.bounded(h.search()::post), Role.SEARCH);
        routes.post(V1 + "/search/batch", deadlines.bounded(h.search()::batch), Role.SEARCH);
        routes.get(V1 + "/patents/{id}", deadlines.bounded(h.patents()::get), Role.SEARCH);
        routes.get(V1 + "/patents/{id}/similar", deadlines.bounded(h.patents()::similar), Role.SEARCH);
        routes.post(V1 + "/patents/{id}/similar", deadlines.bounded(h.patents()::similarPost), Role.SEARCH);
        routes.get(V1 + "/patents/{id}/family-citations", deadlines.bounded(h.patents()::familyCitations), Role.SEARCH);
        routes.post(V1 + "/patents", deadlines.bounded(h.patents()::post), Role.INGEST);
        routes.delete(V1 + "/patents/{id}", deadlines.bounded(h.patents()::delete), Role.INGEST);
        routes.post(V1 + "/patents/{id}/highlights", deadlines.bounded(h.patents()::highlights), Role.SEARCH);
        routes.get(V1 + "/patents/{id}/cited-by", deadlines.bounded(h.citations()::citedBy), Role.SEARCH);
        routes.get(V1 + "/cpc", org.priorart.server.api.ClassEndpoints::get, Role.SEARCH);
        routes.post(V1 + "/claim-chart", deadlines.bounded(h.chart()::post), Role.SEARCH);

        // The examiner's workflow: sessions with tagged citations and the search history (role search).
        routes.get(V1 + "/sessions", deadlines.bounded(h.sessions()::list), Role.SEARCH);
        routes.post(V1 + "/sessions", deadlines.bounded(h.sessions()::create), Role.SEARCH);
        routes.get(V1 + "/sessions/{session}", deadlines.bounded(h.sessions()::get), Role.SEARCH);
        routes.delete(V1 + "/sessions/{session}", deadlines.bounded(h.sessions()::delete), Role.SEARCH);
        routes.put(V1 + "/sessions/{session}/tags/{id}", deadlines.bounded(h.sessions()::tag), Role.SEARCH);
        routes.delete(V1 + "/sessions/{session}/tags/{id}", deadlines.bounded(h.sessions()::untag), Role.SEARCH);
        routes.post(V1 + "/sessions/{session}/history", deadlines.bounded(h.sessions()::record), Role.SEARCH);
        routes.get(V1 + "/sessions/{session}/citations.csv", deadlines.bounded(h.sessions()::citationsCsv), Role.SEARCH);
        routes.get(V1 + "/sessions/{session}/strategy.csv", deadlines.bounded(h.sessions()::strategyCsv), Role.SEARCH);
        // The case under examination: numbered sets, saved queries, the kept claim chart, the search report.
        routes.put(V1 + "/sessions/{session}/case", deadlines.bounded(h.cases()::putCase), Role.SEARCH);
        routes.post(V1 + "/sessions/{session}/search", deadlines.bounded(h.cases()::search), Role.SEARCH);
        routes.post(V1 + "/sessions/{session}/saved", deadlines.bounded(h.cases()::save), Role.SEARCH);
        routes.post(V1 + "/sessions/{session}/saved/{number}/run", deadlines.bounded(h.cases()::runSaved), Role.SEARCH);
        routes.delete(V1 + "/sessions/{session}/saved/{number}", deadlines.bounded(h.cases()::deleteSaved), Role.SEARCH);
        routes.put(V1 + "/sessions/{session}/chart", deadlines.bounded(h.sessionChart()::put), Role.SEARCH);
        routes.put(V1 + "/sessions/{session}/chart/cells", deadlines.bounded(h.sessionChart()::cite), Role.SEARCH);
        routes.delete(V1 + "/sessions/{session}/chart", deadlines.bounded(h.sessionChart()::delete), Role.SEARCH);
        routes.get(V1 + "/sessions/{session}/report.html", deadlines.bounded(h.cases()::reportHtml), Role.SEARCH);
        routes.get(V1 + "/sessions/{session}/report.csv", deadlines.bounded(h.cases()::reportCsv), Role.SEARCH);

        ErrorMapper.register(routes);
    }

    /** Answers are data, never to be sniffed as HTML or kept by a shared cache (they may be behind a key). */
    private void commonHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        if (!ctx.path().startsWith("/webjars/")) { // the API page's scripts may be cached
            ctx.header("Cache-Control", "no-store");
        }
    }

    private void configure(JavalinConfig cfg, ApiSettings api) {
        cfg.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = api.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new JettyErrors());
            if (api.minDataRate() > 0) {
                // A body trickled in, or an answer read, slower than this fails at once rather than holding the
                // connection until the idle timeout (see Deadlines for what slow clients may hold meanwhile).
                server.insertHandler(new MinimumDataRateHandler(api.minDataRate(), api.minDataRate()));
            }
        });
        cfg.router.javaLangErrorHandler(ErrorMapper::writeError);
        cfg.staticFiles.enableWebjars();
        // The examiner page's scripts and styles (the page itself is the route "/"): plain files from the jar.
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        if (!api.corsOrigins().isEmpty()) {
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.allowHost(api.corsOrigins().get(0), api.corsOrigins().subList(1, api.corsOrigins().size()).toArray(String[]::new));
                for (String h : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", "Retry-After")) {
                    rule.exposeHeader(h);
                }
            }));
        }
        cfg.requestLogger.http(this::measure);
    }

    /** After every request: its metrics, labelled by route template; server failures also logged (no query, no headers). */
    private void measure(Context ctx, Float millis) {
        if (Completion.aborted(ctx)) {
            return; // the exchange ended before its answer (the client went away): nothing was answered
        }
        int status = ctx.statusCode();
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        // Label by template, never by raw path: no route is "unmatched" (404, 405), a file of the API page "static".
        String route = endpoint != null ? endpoint.path : status >= 400 ? "unmatched" : "static";
        metrics.request(ctx.method().name(), route, status, millis);
        if (status >= 500) {
            LOG.warn("{} {} answered {} in {} ms", ctx.method(), route, status, Math.round(millis));
        }
    }

    private void gauges() {
        metrics.gauge("priorart.documents", "Patents searchable", () -> open().map(r -> Health.patentCount(r.index())).orElse(null));
        metrics.gauge("priorart.passages", "Passages embedded and searchable",
                () -> open().map(r -> Health.coverage(r.search()).passagesEmbedded()).orElse(null));
        metrics.gauge("priorart.semantic.coverage", "Share of passages embedded, 0..1",
                () -> open().map(r -> Health.coverage(r.search()).share()).orElse(null));
    }

    private Optional<Ready> open() {
        return Optional.ofNullable(ready);
    }

    /** Opens the index and models (an {@link Opener} was given), then starts the background work. */
    private void open(boolean indexDemoWhenEmpty) {
        try {
            ready = Ready.of(config, opener.open());
            if (background.stopping()) {
                closeOpened(ready);
                return;
            }
            opened.complete(ready);
            startBackground(indexDemoWhenEmpty);
        } catch (Exception e) {
            LOG.error("Cannot open the index: {}", e.getMessage());
            opened.completeExceptionally(e);
        }
    }

    /** Waits until the index is open; throws what kept it from opening. */
    public void awaitOpen() throws Exception {
        try {
            opened.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void startBackground(boolean indexDemoWhenEmpty) throws IOException {
        Ready r = ready;
        background.start(r.index(), r.models(), indexDemoWhenEmpty);
    }

    /** The health data (see {@link Health}): served at /health, shown on the page at /status. */
    public Map<String, Object> healthData() {
        Ready r = ready;
        return r == null ? Health.opening(opened.isCompletedExceptionally())
                : Health.of(r.index(), r.search(), r.models(), background);
    }

    /** Health: 200 when the index is open, 503 (with the same shape) while it opens or its cluster is red or unreachable. */
    private void health(Context ctx) {
        Map<String, Object> h = healthData();
        if (!Health.ready(h)) {
            ctx.header("Retry-After", ready == null ? "1" : "5").status(503);
        }
        ctx.json(h);
    }

    private void healthPage(Context ctx) {
        ctx.html(HealthPage.render(healthData()));
    }

    /** The handlers' view of the server: 503 while the index opens. */
    private final class OpenBackend implements Backend {
        @Override
        public SearchService search() {
            return require().search();
        }

        @Override
        public DocumentWriter writer() {
            Ready r = require();
            if (r.writer() == null) {
                throw new ApiException(405, "method_not_allowed", "this server's index is open read-only", null, null);
            }
            return r.writer();
        }

        private Ready require() {
            Ready r = ready;
            if (r == null) {
                throw ApiException.unavailable("unavailable", opened.isCompletedExceptionally()
                        ? "the index could not be opened; see the server log" : "the index is opening; retry shortly", 1);
            }
            return r;
        }
    }

    /** Whether the address is this machine only (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }

    /** The endpoints as "METHOD path" (tests check them against the OpenAPI document). */
    List<String> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path).toList();
    }

    public SearchService searchService() {
        Ready r = ready;
        if (r == null) {
            throw new IllegalStateException("the index is not open yet");
        }
        return r.search();
    }

    @Override
    public void close() {
        if (!background.stop()) {
            return; // closed already (a failed start, then the shutdown hook)
        }
        if (app != null) {
            app.stop();
        }
        if (deadlines != null) {
            deadlines.close();
        }
        metrics.close();
        if (opener != null && ready != null) {
            closeOpened(ready);
        }
        if (state != null) {
            try {
                state.close();
            } catch (IOException e) {
                LOG.error("Closing the sessions' and keys' storage failed: {}", e.getMessage());
            }
        }
    }

    private static void closeOpened(Ready r) {
        if (r.models() != null) {
            r.models().close();
        }
        try {
            r.index().close();
        } catch (IOException e) {
            LOG.error("Closing the index failed: {}", e.getMessage());
        }
    }
}
