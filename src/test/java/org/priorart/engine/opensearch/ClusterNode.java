package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.priorart.config.ClusterSettings;

/**
 * The OpenSearch node the cluster tests run against: named by {@code PRIORART_TEST_OPENSEARCH}
 * (e.g. {@code http://127.0.0.1:9250}, a node with the k-NN plugin and PriorArt's analysis plugin,
 * as {@code scripts/opensearch-node.sh start --plugin target/priorart-analysis-plugin.zip} starts
 * it). Without one the tests are skipped, saying so; with {@code PRIORART_REQUIRE_OPENSEARCH=1} (CI)
 * they fail instead. Each test class works in indices of its own, deleted afterwards.
 */
final class ClusterNode {

    private ClusterNode() {
    }

    /** The node's URL, or the test is skipped (failed in CI). */
    static String url() {
        String url = System.getenv("PRIORART_TEST_OPENSEARCH");
        if (url == null || url.isBlank()) {
            String why = "no OpenSearch node: set PRIORART_TEST_OPENSEARCH=http://127.0.0.1:9250 (scripts/opensearch-node.sh "
                    + "start --port 9250 --plugin target/priorart-analysis-plugin.zip after scripts/build-analysis-plugin.sh)";
            if ("1".equals(System.getenv("PRIORART_REQUIRE_OPENSEARCH"))) {
                fail(why + "; PRIORART_REQUIRE_OPENSEARCH=1 makes this a failure");
            }
            Assumptions.abort(why);
        }
        return url.strip();
    }

    /** Settings for a fresh index of this test run on the node. */
    static ClusterSettings fresh(String prefix) {
        String index = "test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of(url()), index, null, null, null, false, 1, 0);
    }

    /** Deletes the index and its state, cache and claims indices. */
    static void drop(ClusterSettings settings) {
        try (ClusterClient client = new ClusterClient(settings)) {
            client.delete("/" + settings.index() + "," + settings.index() + "-state," + settings.index() + "-vectors,"
                    + settings.index() + ClusterClaims.SUFFIX + "?ignore_unavailable=true");
        } catch (IOException e) {
            // left for the next run's clean node; never hides a test's own failure
        }
    }
}
