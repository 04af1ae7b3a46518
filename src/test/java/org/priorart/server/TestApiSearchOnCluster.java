package org.priorart.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.priorart.engine.opensearch.ClusterDemoIndex;
import org.priorart.engine.opensearch.ClusterEngine;

/**
 * The search, document and similar endpoints' tests ({@link TestApiSearch}) against a server on the
 * cluster backend: the demo corpus in the test cluster (PRIORART_TEST_OPENSEARCH; skipped without one,
 * failed in CI), read-only, as {@code serve --backend opensearch} opens it.
 */
class TestApiSearchOnCluster extends TestApiSearch {

    @BeforeAll
    static void start() {
        server = null; // what TestApiSearch left is closed; nothing of it is closed again when this class is skipped
        index = null;
        try {
            ClusterEngine cluster = ClusterEngine.openReadOnly(ClusterDemoIndex.settings());
            index = cluster;
            serve(ApiServer.start(ApiServer.config(Files.createTempDirectory("priorart-cluster-api"), SETTINGS), cluster, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (index != null) {
            index.close();
        }
    }
}
