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
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import org.priorart.embed.VectorCache;
import org.priorart.embed.VectorModels;
import org.priorart.index.Coverage;
import org.priorart.index.EmbeddingStage;
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
 * the documents within a second. The embedding stage runs in the background too, so keyword search
 * works at once and semantic search covers more as passages are embedded (see /health).
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
    private final VectorModels models;
    private final EmbeddingStatus embedding = new EmbeddingStatus();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private Javalin app;
    private Thread demoIndexer;
    private Thread embedder;

    /**
     * @param models the embedding models, or null for a keyword-only server (no background embedding)
     */
    public PriorArtServer(PriorArtConfig config, PatentIndex index, VectorModels models) {
        this.config = config;
        this.index = index;
        this.models = models;
        this.search = new SearchService(index, config.fieldWeights(), models);
    }

    /**
     * Starts serving, then (in the background) the demo indexing when asked and the index is empty,
     * and the embedding stage. Returns the bound port.
     */
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
        if (models != null) {
            startEmbedding();
        }
        return app.port();
    }

    /**
     * The embedding stage, in the background for as long as the server runs: it embeds what is not
     * embedded yet (the demo corpus as it is indexed, documents added later), then waits for more.
     * Keyword search never waits for it.
     */
    private void startEmbedding() {
        EmbeddingStage stage;
        VectorCache cache;
        try {
            cache = VectorCache.open(index.path());
            stage = new EmbeddingStage(index, models, cache, embedding);
            stage.claimIndex(false);
        } catch (IOException e) {
            embedding.failed(e.getMessage());
            LOG.error("Semantic search is off: {}", e.getMessage());
            return;
        }
        embedder = Thread.ofPlatform().name("priorart-embedder").daemon().start(() -> {
            try (cache) {
                while (!stopping.get()) {
                    embedding.running();
                    EmbeddingStage.Summary summary = stage.run(stopping);
                    if (summary.patents() > 0) {
                        LOG.info("Embedded {} patents ({} passages, {} from the cache, {} passages/s)", summary.patents(),
                                summary.passages(), summary.cacheHits(), String.format("%.1f", summary.passagesPerSecond()));
                    }
                    embedding.idle();
                    sleepUnlessStopping(Duration.ofSeconds(2));
                }
            } catch (IOException | RuntimeException e) {
                if (!stopping.get()) {
                    embedding.failed(e.getMessage());
                    LOG.error("The embedding stage stopped: {}", e.getMessage());
                }
            }
        });
    }

    private void sleepUnlessStopping(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        while (!stopping.get() && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
        h.put("semantic", semanticHealth());
        return h;
    }

    private Map<String, Object> semanticHealth() {
        Map<String, Object> s = new LinkedHashMap<>();
        if (models == null) {
            s.put("enabled", false);
            return s;
        }
        try {
            Coverage coverage = search.coverage();
            s.put("enabled", true);
            s.put("model", models.defaultModel().name());
            s.put("coverage", Math.round(coverage.share() * 1000) / 1000.0);
            s.put("passages_embedded", coverage.passagesEmbedded());
            s.put("passages_expected", coverage.passagesExpected());
            s.put("patents_embedded", coverage.patentsEmbedded());
            s.put("embedding", embedding.state());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
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

    /** Waits until the embedding stage has nothing left to do (tests and the benchmark use it). */
    public void awaitEmbedding(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (embedder == null || (demoIndexer == null || !demoIndexer.isAlive()) && search.coverage().complete()
                        && "idle".equals(embedding.state())) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the background demo indexing to end (tests and the benchmark use it). */
    public void awaitDemoIndexing() throws InterruptedException {
        if (demoIndexer != null) {
            demoIndexer.join();
        }
    }

    @Override
    public void close() {
        stopping.set(true);
        if (embedder != null) {
            try {
                embedder.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        refresher.shutdownNow();
        if (app != null) {
            app.stop();
        }
    }
}
