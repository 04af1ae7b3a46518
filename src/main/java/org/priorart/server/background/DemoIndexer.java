package org.priorart.server.background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.priorart.engine.SearchEngine;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the demo corpus into an empty index, in the background, while the server already answers:
 * searches see the documents as they come. The engine records that the indexing started and when it
 * completed, so a start after one that was killed half way resumes it (the ingest skips what it has).
 */
final class DemoIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIndexer.class);
    /** The name under which the engine records the demo indexing's progress, and its values. */
    private static final String RECORD = "demo";
    private static final String STARTED = "started";
    private static final String COMPLETE = "complete";

    private final Path demoDir;
    private final int threads;
    private final IndexingStatus status;

    DemoIndexer(Path demoDir, int threads, IndexingStatus status) {
        this.demoDir = demoDir;
        this.threads = threads;
        this.status = status;
    }

    /** Whether the index needs the demo corpus: it is empty, or a demo indexing did not finish. */
    static boolean needed(SearchEngine engine, int patents) throws IOException {
        return patents == 0 || STARTED.equals(engine.recorded(RECORD));
    }

    /** Starts indexing on a thread of its own; a missing demo corpus is a failure health reports. */
    void start(SearchEngine engine) {
        if (!Files.isDirectory(demoDir)) {
            status.failed("demo corpus not found at " + demoDir);
            LOG.warn("The index is empty and there is no demo corpus at {}", demoDir);
            return;
        }
        status.starting();
        Thread.ofPlatform().name("priorart-demo-indexer").daemon().start(() -> run(engine));
    }

    private void run(SearchEngine engine) {
        try {
            LOG.info("The index is empty: indexing the demo corpus from {}", demoDir);
            engine.record(RECORD, STARTED);
            var sources = InputFiles.expand(List.of(demoDir));
            var summary = new Ingester(engine, Optional.empty(), threads, status).ingest(sources);
            engine.record(RECORD, COMPLETE);
            LOG.info("Demo corpus indexed: {}", summary);
        } catch (IOException | RuntimeException e) {
            status.failed("indexing the demo corpus failed: " + e.getMessage());
            LOG.error("Indexing the demo corpus failed: {}", e.getMessage());
        }
    }
}
