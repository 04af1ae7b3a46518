package org.priorart.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's configuration: embedded by default, a cluster by variables or flags, bad values named. */
class TestClusterSettings {

    @Test
    void embeddedByDefault() {
        ClusterSettings s = PriorArtConfig.fromEnvironment(Map.of()).cluster();
        assertFalse(s.isCluster());
        assertEquals("priorart", s.index());
    }

    @Test
    void aClusterFromTheEnvironment() {
        ClusterSettings s = ClusterSettings.fromEnvironment(Map.of("PRIORART_BACKEND", "opensearch",
                "PRIORART_CLUSTER", "http://10.0.0.1:9200/, https://10.0.0.2:9200", "PRIORART_CLUSTER_INDEX", "office-a",
                "PRIORART_CLUSTER_USER", "u", "PRIORART_CLUSTER_PASSWORD", "secret", "PRIORART_CLUSTER_REPLICAS", "1"));
        assertTrue(s.isCluster());
        assertEquals(List.of("http://10.0.0.1:9200", "https://10.0.0.2:9200"), s.nodes());
        assertEquals("office-a", s.index());
        assertEquals(1, s.replicas());
        assertFalse(s.toString().contains("secret"), "the secrets are never printed");
    }

    @Test
    void theClusterFlagImpliesTheBackend() {
        ClusterSettings s = ClusterSettings.EMBEDDED.with(null, "http://127.0.0.1:9250");
        assertTrue(s.isCluster());
        assertEquals(List.of("http://127.0.0.1:9250"), s.nodes());
    }

    @Test
    void badSettingsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.EMBEDDED.with("opensearch", null))
                .getMessage().contains("--cluster"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.EMBEDDED.with("solr", null))
                .getMessage().contains("solr"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.EMBEDDED.with(null, "ftp://x:1"))
                .getMessage().contains("ftp://x:1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClusterSettings.EMBEDDED.withIndex("Bad Name"))
                .getMessage().contains("Bad Name"));
        assertThrows(IllegalArgumentException.class, () -> ClusterSettings.fromEnvironment(Map.of("PRIORART_CLUSTER_USER", "u")));
    }
}
