package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineHealth;

/**
 * The cluster's health in words, from OpenSearch's own answers (no node needed): yellow says replicas
 * are unassigned and stays ready, red and a lost cluster manager say what fails, and a cluster no node
 * of which answers is unreachable, not an exception.
 */
class TestClusterHealthStates {

    private static EngineHealth of(String json) throws IOException {
        return ClusterHealth.of(ClusterClient.JSON.readTree(json));
    }

    @Test
    void yellowIsReadyWithTheUnassignedReplicas() throws IOException {
        EngineHealth h = of("{\"status\":\"yellow\",\"number_of_nodes\":1,\"active_shards\":1,\"active_primary_shards\":1,"
                + "\"unassigned_shards\":1,\"discovered_cluster_manager\":true}");
        assertTrue(h.ready());
        assertEquals(1, h.nodes());
        assertEquals(1, h.unassignedShards());
        assertTrue(h.reason().startsWith("1 of 2 shard copies of the index are not active (unassigned or still recovering) (the cluster has 1 node)"), h.reason());
    }

    @Test
    void redAndNoManagerSayWhatFails() throws IOException {
        EngineHealth red = of("{\"status\":\"red\",\"number_of_nodes\":1,\"active_shards\":0,\"active_primary_shards\":0,"
                + "\"unassigned_shards\":2,\"discovered_cluster_manager\":false}");
        assertFalse(red.ready());
        assertTrue(red.reason().contains("searches would miss documents or fail"), red.reason());
        assertTrue(red.reason().endsWith("no cluster manager is elected: writes are refused"), red.reason());
        EngineHealth green = of("{\"status\":\"green\",\"number_of_nodes\":2,\"active_shards\":2,\"unassigned_shards\":0}");
        assertTrue(green.ready());
        assertEquals(null, green.reason());
    }

    @Test
    void noNodeAnsweringIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nobody listens there
        }
        ClusterSettings settings = new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of("http://127.0.0.1:" + port),
                "nowhere", null, null, null, false, 1, 0);
        try (ClusterClient client = new ClusterClient(settings)) {
            EngineHealth h = ClusterHealth.of(client, "nowhere");
            assertEquals(EngineHealth.UNREACHABLE, h.status());
            assertFalse(h.ready());
            assertTrue(h.reason().contains("no OpenSearch node answers at http://127.0.0.1:" + port), h.reason());
        }
    }
}
