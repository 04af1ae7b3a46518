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
public final class ClusterNode {

    private ClusterNode() {
    }

    /** The node's URL, or the test is skipped (failed in CI). */
    public static String url() {
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
    public static ClusterSettings fresh(String prefix) {
        return fresh(prefix, 0);
    }

    /** Settings for a fresh index with replicas (on one node, a replica has no node: the index is yellow). */
    public static ClusterSettings fresh(String prefix, int replicas) {
        String index = "test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        return new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of(url()), index, null, null, null, false, 1,
                replicas);
    }

    /** The data nodes of the test cluster: an index with this many replicas is yellow (a copy more than nodes). */
    public static int dataNodes() throws IOException {
        try (ClusterClient client = new ClusterClient(fresh("nodes"))) {
            return client.get("/_cluster/health").path("number_of_data_nodes").asInt(1);
        }
    }

    /**
     * Creates the patent index of these settings with its primary shard allowed on no node: a red index
     * (as after losing the only copy of a shard) that still has PriorArt's schema, so it opens.
     */
    public static void createRed(ClusterSettings settings) throws IOException {
        try (ClusterClient client = new ClusterClient(settings)) {
            com.fasterxml.jackson.databind.node.ObjectNode body = ClusterFields.index(settings.shards(), settings.replicas());
            ((com.fasterxml.jackson.databind.node.ObjectNode) body.path("settings").path("index"))
                    .put("routing.allocation.require._name", "no-such-node");
            client.put("/" + settings.index() + "?wait_for_active_shards=0", body); // none will be: do not wait 30 s
        }
    }

    /** Deletes the index and its state, cache, sessions, keys and claims indices. */
    public static void drop(ClusterSettings settings) {
        if (settings == null) {
            return; // the test was skipped (no node) before it made an index
        }
        try (ClusterClient client = new ClusterClient(settings)) {
            client.delete("/" + settings.index() + "," + settings.index() + "-state," + settings.index() + "-vectors"
                    + "," + settings.index() + ClusterSharedState.SESSIONS + "," + settings.index() + ClusterSharedState.KEYS
                    + "," + settings.index() + ClusterClaims.SUFFIX + "?ignore_unavailable=true");
        } catch (IOException e) {
            // left for the next run's clean node; never hides a test's own failure
        }
    }
}
