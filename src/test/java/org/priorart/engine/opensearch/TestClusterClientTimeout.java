package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineUnavailableException;

/**
 * A node that takes the request and never answers (as a cluster that lost its manager does with a
 * write) fails the request after the response timeout with a message that says so: the client's own
 * connection manager had dropped the Java client's timeouts, and such a write waited for ever.
 */
class TestClusterClientTimeout {

    @Test
    void noNodeListeningIsTheEngineUnavailable() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ClusterSettings settings = new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of("http://127.0.0.1:" + port),
                "none", null, null, null, false, 1, 0);
        try (ClusterClient client = new ClusterClient(settings, Duration.ofSeconds(1))) {
            EngineUnavailableException e = assertThrows(EngineUnavailableException.class, () -> client.get("/none/_doc/1"));
            assertTrue(e.getMessage().contains("no OpenSearch node answers at http://127.0.0.1:" + port), e.getMessage());
        }
    }

    @Test
    void aNodeThatNeverAnswersFailsAfterTheResponseTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // reads nothing, answers nothing
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            ClusterSettings settings = new ClusterSettings(ClusterSettings.Backend.OPENSEARCH,
                    List.of("http://127.0.0.1:" + silent.getLocalPort()), "silent", null, null, null, false, 1, 0);
            try (ClusterClient client = new ClusterClient(settings, Duration.ofSeconds(1))) {
                // unavailable (the API's 503), not a defect (500)
                EngineException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(EngineUnavailableException.class, () -> client.get("/silent/_doc/1")));
                assertTrue(e.getMessage().contains("did not answer GET /silent/_doc/1 within 1 s"), e.getMessage());
            }
        } finally {
            for (Socket s : List.copyOf(held)) {
                s.close();
            }
        }
    }
}
