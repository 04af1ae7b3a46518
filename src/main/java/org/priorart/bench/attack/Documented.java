package org.priorart.bench.attack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.priorart.server.api.ApiDocs;

/** The statuses the OpenAPI document gives each operation: an answer with another is undocumented. */
final class Documented {

    private final JsonNode paths = new ApiDocs().document().path("paths");

    /** Whether the status is documented for the operation (route template and method); a 5xx never counts as documented but 503. */
    boolean has(String template, String method, int status) {
        if (status >= 500 && status != 503) {
            return false;
        }
        return paths.path(template).path(method.toLowerCase(Locale.ROOT)).path("responses").has(String.valueOf(status));
    }
}
