package org.priorart.server;

import java.time.Duration;
import java.util.Map;
import org.priorart.server.background.IndexingStatus;

/**
 * Waits for a server's background work as its health reports it: the tests' own hooks, the server
 * has none.
 */
public final class ServerWaits {

    private ServerWaits() {
    }

    /** Waits until the demo indexing (if any) has ended: health's indexing is no longer "indexing". */
    public static void awaitDemoIndexing(PriorArtServer server) throws InterruptedException {
        while (indexing(server.healthData())) {
            Thread.sleep(100);
        }
    }

    /**
     * Waits until the embedding stage has nothing left to do (every patent embedded, the loop idle)
     * or has failed, or is off; at most {@code timeout}.
     */
    @SuppressWarnings("unchecked")
    public static void awaitEmbedding(PriorArtServer server, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Map<String, Object> health = server.healthData();
            if ("ok".equals(health.get("status")) && !indexing(health)) {
                Map<String, Object> semantic = (Map<String, Object>) health.get("semantic");
                boolean writable = Boolean.TRUE.equals(((Map<String, Object>) health.get("index")).get("writable"));
                String state = String.valueOf(semantic.get("embedding"));
                if (!writable || !Boolean.TRUE.equals(semantic.get("enabled")) || state.startsWith("failed")
                        || "idle".equals(state) && ((Number) semantic.get("patents_embedded")).longValue()
                        >= ((Number) health.get("documents")).longValue()) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static boolean indexing(Map<String, Object> health) {
        return health.get("indexing") instanceof IndexingStatus.Snapshot s && "indexing".equals(s.state());
    }
}
