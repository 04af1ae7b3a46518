package org.priorart.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.priorart.search.Json;

/** Reads JSON request bodies; a body that is not the JSON expected is a 400 that says where. */
final class Bodies {

    private Bodies() {
    }

    /** The body as JSON (Javalin has already refused a body over the size limit with 413). */
    static JsonNode json(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty: expected JSON");
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the request body is empty: expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ApiException(400, "bad_request", "the request body is not valid JSON" + where + ": "
                    + ApiException.echo(e.getOriginalMessage()), at == null ? null
                    : ApiException.details("line", at.getLineNr(), "column", at.getColumnNr()), null);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the request body cannot be read: " + e.getMessage());
        }
    }

    /** The body as a JSON object. */
    static ObjectNode object(Context ctx) {
        JsonNode node = json(ctx);
        if (!node.isObject()) {
            throw ApiException.badRequest("the request body must be a JSON object, found "
                    + node.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        return (ObjectNode) node;
    }
}
