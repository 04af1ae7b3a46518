package org.priorart.server.background;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchEngine;
import org.priorart.index.EmbeddingStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding stage in the background for as long as the server runs: it embeds what is not
 * embedded yet (the demo corpus as it is indexed, documents added later through the API), then waits
 * for more. Keyword search never waits for it.
 */
final class EmbeddingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingLoop.class);
    /** How long the loop rests when there was nothing (more) to embed. */
    private static final Duration PAUSE = Duration.ofSeconds(2);

    private final EmbeddingStatus status;
    private final AtomicBoolean stopping;
    private Thread thread;

    EmbeddingLoop(EmbeddingStatus status, AtomicBoolean stopping) {
        this.status = status;
        this.stopping = stopping;
    }

    /** Claims the index for the models and starts the loop; a claim refused turns semantic search off (health says why). */
    void start(SearchEngine engine, VectorModels models) {
        EmbeddingStage stage;
        try {
            stage = new EmbeddingStage(engine, models, status);
            stage.claimIndex(false);
        } catch (IOException e) {
            status.failed(e.getMessage());
            LOG.error("Semantic search is off: {}", e.getMessage());
            return;
        }
        thread = Thread.ofPlatform().name("priorart-embedder").daemon().start(() -> run(stage));
    }

    private void run(EmbeddingStage stage) {
        try {
            while (!stopping.get()) {
                status.running();
                EmbeddingStage.Summary summary = stage.run(stopping);
                if (summary.patents() > 0) {
                    LOG.info("Embedded {} patents ({} passages, {} from the cache, {} passages/s)", summary.patents(),
                            summary.passages(), summary.cacheHits(), String.format("%.1f", summary.passagesPerSecond()));
                }
                status.idle();
                sleepUnlessStopping(PAUSE);
            }
        } catch (IOException | RuntimeException e) {
            if (!stopping.get()) {
                status.failed(e.getMessage());
                LOG.error("The embedding stage stopped: {}", e.getMessage());
            }
        }
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

    /** Waits (a while) for the loop to end its batch once stopping is set: the index closes after it. */
    void join() {
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
