package org.priorart.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.priorart.search.Fusion;

/**
 * The defaults the OpenAPI document gives for the fusion parameters are the ones the server applies
 * ({@link Fusion#DEFAULT}): the document said {@code rrf} while the server fused by z-score.
 */
class TestApiDocsDefaults {

    private static final JsonNode DOC = new ApiDocs().document();

    private static JsonNode parameterDefault(String name) {
        return DOC.path("components").path("parameters").path(name).path("schema").path("default");
    }

    private static JsonNode bodyDefault(String schema, String name) {
        return DOC.path("components").path("schemas").path(schema).path("properties").path(name).path("default");
    }

    @Test
    void theFusionDefaultsAreTheServers() {
        Fusion d = Fusion.DEFAULT;
        String method = d.method().name().toLowerCase(Locale.ROOT);
        assertEquals(method, parameterDefault("fusion").asText(), "query parameter fusion");
        assertEquals(d.semanticWeight(), parameterDefault("semantic_weight").asDouble());
        assertEquals(d.rrfK(), parameterDefault("rrf_k").asInt());
        assertEquals(d.depth(), parameterDefault("depth").asInt());
        for (String schema : new String[] {"SearchParameters", "ClaimChartRequest"}) {
            assertEquals(method, bodyDefault(schema, "fusion").asText(), schema);
            assertEquals(d.semanticWeight(), bodyDefault(schema, "semantic_weight").asDouble(), schema);
        }
        assertEquals(d.rrfK(), bodyDefault("SearchParameters", "rrf_k").asInt());
        assertEquals(d.depth(), bodyDefault("SearchParameters", "depth").asInt());
    }
}
