package org.priorart.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.priorart.config.PriorArtConfig;
import org.priorart.index.Ingester;
import org.priorart.index.PatentIndex;
import org.priorart.ingest.InputFiles;
import org.priorart.search.Json;
import org.priorart.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PriorArt server: one writable index, one {@link SearchService}, a Javalin app. On a fresh
 * (empty) index it indexes the demo corpus in the background while it already answers: searches see
 * the documents as they are committed.
 */
public final class PriorArtServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PriorArtServer.class);
    private static final String DEMO_KEY = "priorart.demo";
    private static final String DEMO_STARTED = "started";
    private static final String DEMO_COMPLETE = "complete";

    private final PriorArtConfig config;
    private final PatentIndex index;
    private final SearchService search;
    private final IndexingStatus indexing = new IndexingStatus();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "priorart-refresh");
        t.setDaemon(true);
        return t;
    });
    private Javalin app;
    private Thread demoIndexer;

    public PriorArtServer(PriorArtConfig config, PatentIndex index) {
        this.config = config;
        this.index = index;
        this.search = new SearchService(index, config.fieldWeights());
    }

    /** Starts serving, and the demo indexing when asked and the index is empty. Returns the bound port. */
    public int start(boolean indexDemoWhenEmpty) throws IOException {
        app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.startup.showJavalinBanner = false;
            routes(cfg.routes);
        }).start();
        // Near-real-time: what the writer has indexed becomes searchable within a second.
        refresher.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
        // Also resumes a demo indexing that a previous start did not finish (killed, stopped).
        boolean unfinished = DEMO_STARTED.equals(index.commitData(DEMO_KEY));
        if (indexDemoWhenEmpty && (index.patentCount() == 0 || unfinished)) {
            startDemoIndexing();
        }
        return app.port();
    }

    /** All routes, in one place. */
    private void routes(io.javalin.config.RoutesConfig routes) {
        routes.get("/", this::healthPage);
        routes.get("/health", this::health);
    }

    private void startDemoIndexing() {
        if (!Files.isDirectory(config.demoDataDir())) {
            indexing.failed("demo corpus not found at " + config.demoDataDir());
            LOG.warn("The index is empty and there is no demo corpus at {}", config.demoDataDir());
            return;
        }
        demoIndexer = Thread.ofPlatform().name("priorart-demo-indexer").daemon().start(() -> {
            try {
                LOG.info("The index is empty: indexing the demo corpus from {}", config.demoDataDir());
                index.recordCommitData(DEMO_KEY, DEMO_STARTED);
                var sources = InputFiles.expand(List.of(config.demoDataDir()));
                var summary = new Ingester(index, Optional.empty(), config.ingestThreads(), indexing).ingest(sources);
                index.recordCommitData(DEMO_KEY, DEMO_COMPLETE);
                LOG.info("Demo corpus indexed: {}", summary);
            } catch (IOException | RuntimeException e) {
                indexing.failed("indexing the demo corpus failed: " + e.getMessage());
                LOG.error("Indexing the demo corpus failed: {}", e.getMessage());
            }
        });
    }

    private void refresh() {
        try {
            index.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Index refresh failed: {}", e.getMessage());
        }
    }

    /** The health data: served as JSON at /health and shown on the page at /. */
    public Map<String, Object> healthData() {
        Map<String, Object> h = new LinkedHashMap<>();
        try {
            h.put("status", "ok");
            h.put("documents", index.patentCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        h.put("index", index.path().toString());
        h.put("indexing", indexing.snapshot());
        return h;
    }

    private void health(Context ctx) {
        ctx.json(healthData());
    }

    private void healthPage(Context ctx) {
        ctx.html(HealthPage.render(healthData()));
    }

    public SearchService searchService() {
        return search;
    }

    /** Waits for the background demo indexing to end (tests and the benchmark use it). */
    public void awaitDemoIndexing() throws InterruptedException {
        if (demoIndexer != null) {
            demoIndexer.join();
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        if (app != null) {
            app.stop();
        }
    }
}
