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
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.priorart.search.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads JSON request bodies; a body that is not the JSON expected is a 400 that says where. A body
 * is one JSON value: anything after it but white space is refused (a second value, a stray
 * character), and so is a field given twice in an object, as a parameter given twice in the query
 * string is: neither may silently decide which value counts.
 */
final class Bodies {

    private static final Logger LOG = LoggerFactory.getLogger(Bodies.class);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private Bodies() {
    }

    /**
     * The request body, read once (Javalin keeps it). A body that cannot be read is the client's doing,
     * never a 500: cut short (the connection closed, or less than its Content-Length came) it is a 400
     * and one log line, whether or not the client is still there to read the answer.
     */
    static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            throw e; // Javalin's own answers (413 beyond the size limit)
        } catch (Exception e) { // Kotlin throws Jetty's IOException undeclared
            throw unreadable(ctx, e);
        }
    }

    private static ApiException unreadable(Context ctx, Exception e) {
        String length = ctx.header("Content-Length");
        if (e instanceof EofException || e.getCause() instanceof EofException) {
            String expected = length != null ? "its Content-Length of " + ApiException.echo(length) + " bytes" : "its last chunk";
            LOG.warn("{} {}: the request body ended before {} (the client closed the connection or cut the body); answered 400",
                    ctx.method(), ctx.path(), expected);
            return ApiException.badRequest("the request body ended before " + expected + " came");
        }
        String reason = e instanceof HttpException http ? http.getReason() : e.getMessage();
        LOG.warn("{} {}: the request body cannot be read ({}); answered 400", ctx.method(), ctx.path(), reason);
        return ApiException.badRequest("the request body cannot be read: " + ApiException.echo(reason));
    }

    /** The body as JSON (Javalin has already refused a body over the size limit with 413). */
    static JsonNode json(Context ctx) {
        byte[] body = bytes(ctx);
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
