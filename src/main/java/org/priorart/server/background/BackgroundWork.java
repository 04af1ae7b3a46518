package org.priorart.server.background;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;

/**
 * The server's work beside the requests, started together once the index is open and stopped
 * together before it closes: the refresher always; on a writable index the demo indexing when asked
 * and needed, and the embedding loop when there are models. Their states are for /health.
 */
public final class BackgroundWork implements AutoCloseable {

    private final PriorArtConfig config;
    private final IndexingStatus indexing = new IndexingStatus();
    private final EmbeddingStatus embedding = new EmbeddingStatus();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Refresher refresher = new Refresher();
    private final EmbeddingLoop embedder = new EmbeddingLoop(embedding, stopping);

    public BackgroundWork(PriorArtConfig config) {
        this.config = config;
    }

    /**
     * Starts the work for an open index.
     *
     * @param models             the embedding models, or null (keyword only: no embedding loop)
     * @param indexDemoWhenEmpty whether to index the demo corpus into an empty index (or resume one
     *                           that did not finish)
     */
    public void start(SearchEngine engine, VectorModels models, boolean indexDemoWhenEmpty) throws IOException {
        refresher.start(engine);
        if (!engine.writable()) {
            return;
        }
        if (indexDemoWhenEmpty && DemoIndexer.needed(engine, patentCount(engine))) {
            new DemoIndexer(config.demoDataDir(), config.ingestThreads(), indexing).start(engine);
        }
        if (models != null) {
            embedder.start(engine, models);
        }
    }

    private static int patentCount(SearchEngine engine) throws IOException {
        try (EngineView view = engine.view()) {
            return view.patentCount();
        }
    }

    /** The demo indexing's state. */
    public IndexingStatus.Snapshot indexing() {
        return indexing.snapshot();
    }

    /** The embedding loop's state: "starting", "running", "idle" or "failed: why". */
    public String embedding() {
        return embedding.state();
    }

    /** Whether the server is stopping (or stopped). */
    public boolean stopping() {
        return stopping.get();
    }

    /**
     * Stops the work: the embedding loop ends its batch, the refresher stops.
     *
     * @return false when it was stopped before (nothing done)
     */
    public boolean stop() {
        if (!stopping.compareAndSet(false, true)) {
            return false;
        }
        embedder.join();
        refresher.close();
        return true;
    }

    @Override
    public void close() {
        stop();
    }
}
