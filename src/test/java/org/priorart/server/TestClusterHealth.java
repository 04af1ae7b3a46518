package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.config.ApiSettings;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.opensearch.ClusterEngine;
import org.priorart.engine.opensearch.ClusterNode;
import org.priorart.server.api.ApiDocs;

/**
 * /health on the cluster backend (a real node: PRIORART_TEST_OPENSEARCH): a yellow index (a replica
 * without a node, as on one node with replicas 1; more on a cluster of more nodes) is ready and says why it is yellow; a red index
 * (its primary on no node) is unavailable, 503 with Retry-After, as a server whose index is opening;
 * both as the OpenAPI document says.
 */
class TestClusterHealth {

    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(new ApiDocs().document());

    private static Api.Answer health(ClusterEngine engine) throws Exception {
        Path dir = Files.createTempDirectory("priorart-cluster-health");
        try (ApiServer server = ApiServer.start(ApiServer.config(dir, ApiSettings.DEFAULT), engine, null)) {
            Api.Answer a = server.client().get("/health");
            for (String path : List.of("/health", "/api/v1/health")) {
                assertTrue(SCHEMAS.checkResponse(path, "get", a.status(), a.json()).isEmpty(), path + ": " + a);
            }
            assertEquals(200, server.client().get("/status").status(), "the health page renders: " + a);
            return a;
        }
    }

    @Test
    void aYellowClusterIsReadyAndSaysWhy() throws Exception {
        int replicas = ClusterNode.dataNodes(); // one copy more than nodes: one replica stays unassigned
        ClusterSettings settings = ClusterNode.fresh("health-yellow", replicas);
        try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            Api.Answer a = health(engine);
            assertEquals(200, a.status(), a.toString());
            assertEquals("ok", a.json().path("status").asText());
            JsonNode cluster = a.json().path("cluster");
            assertEquals("yellow", cluster.path("status").asText(), a.toString());
            // one replica never finds a node; on several nodes others may still be recovering
            assertTrue(cluster.path("unassigned_shards").asInt() >= 1, a.toString());
            assertTrue(cluster.path("reason").asText().contains("replicas are unassigned"), a.toString());
            assertEquals(0, a.json().path("documents").asInt());
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void aGreenClusterHasNoReason() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("health-green", 0);
        try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            Api.Answer a = health(engine);
            assertEquals(200, a.status(), a.toString());
            assertEquals("green", a.json().path("cluster").path("status").asText(), a.toString());
            assertFalse(a.json().path("cluster").has("reason"), a.toString());
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void aRedClusterIsUnavailable() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("health-red", 0);
        try {
            ClusterNode.createRed(settings);
            try (ClusterEngine engine = ClusterEngine.openReadOnly(settings)) {
                Api.Answer a = health(engine);
                assertEquals(503, a.status(), a.toString());
                assertEquals("5", a.header("Retry-After"));
                assertEquals("unavailable", a.json().path("status").asText());
                JsonNode cluster = a.json().path("cluster");
                assertEquals("red", cluster.path("status").asText(), a.toString());
                assertTrue(cluster.path("reason").asText().contains("primary shards of the index have no node"), a.toString());
                assertFalse(a.json().has("documents"), "no figures a red cluster cannot give: " + a);
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }
}
