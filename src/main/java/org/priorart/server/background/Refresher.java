package org.priorart.server.background;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.priorart.engine.SearchEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Near-real-time search: what the writer has indexed becomes searchable within a second (the API's
 * own writes refresh at once); over a read-only index, new commits of another process show.
 */
final class Refresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Refresher.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "priorart-refresh");
        t.setDaemon(true);
        return t;
    });

    /** Refreshes the engine every second from now on. */
    void start(SearchEngine engine) {
        timer.scheduleWithFixedDelay(() -> refresh(engine), 1, 1, TimeUnit.SECONDS);
    }

    private static void refresh(SearchEngine engine) {
        try {
            engine.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Index refresh failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
