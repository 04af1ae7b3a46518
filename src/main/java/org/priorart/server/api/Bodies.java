package org.priorart.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.search.Json;

/**
 * Reads JSON request bodies; a body that is not the JSON expected is a 400 that says where. A body
 * is one JSON value: anything after it but white space is refused (a second value, a stray
 * character), and so is a field given twice in an object, as a parameter given twice in the query
 * string is: neither may silently decide which value counts.
 */
final class Bodies {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private Bodies() {
    }

    /** The body as JSON (Javalin has already refused a body over the size limit with 413). */
    static JsonNode json(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty: expected JSON");
        }
        try (JsonParser parser = Json.mapper().createParser(body)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode node = Json.mapper().readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the request body is empty: expected JSON");
            }
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE; // not even a token: still something after the value
            }
            if (after != null) {
                throw problem("the request body goes on after its JSON value", parser.currentLocation(),
                        ": send one JSON value", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.matches()) {
                String name = duplicate.group(1);
                throw problem("field '" + ApiException.echo(name) + "' is given twice in the request body", e.getLocation(),
                        "; give it once", name);
            }
            throw problem("the request body is not valid JSON", e.getLocation(), ": " + ApiException.echo(e.getOriginalMessage()), null);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("the request body cannot be read: " + e.getMessage());
        }
    }

    /** A 400 saying what is wrong and where (line and column in the details), naming the parameter if one. */
    private static ApiException problem(String what, JsonLocation at, String advice, String parameter) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        Map<String, Object> details = new LinkedHashMap<>();
        if (parameter != null) {
            details.put("parameter", parameter);
        }
        if (at != null) {
            details.put("line", at.getLineNr());
            details.put("column", at.getColumnNr());
        }
        return new ApiException(400, "bad_request", what + where + advice, details, null);
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
