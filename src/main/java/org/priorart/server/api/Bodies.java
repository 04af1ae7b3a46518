package org.priorart.server.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.TimeoutException;
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
public final class Bodies {

    private static final Logger LOG = LoggerFactory.getLogger(Bodies.class);
    /** The attribute that keeps the body read by {@link #read}. */
    private static final String BODY = "priorart.body";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private Bodies() {
    }

    /** Whether the request announces a body (a Content-Length above 0, or chunks). */
    public static boolean expected(Context ctx) {
        String length = ctx.header("Content-Length");
        return ctx.header("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
    }

    /**
     * Reads the whole body now and keeps it for {@link #bytes}. It must come within {@code within}
     * (else 408; Jetty also cuts a body that trickles in slower than the minimum data rate, see
     * {@code PriorArtServer}) and be at most {@code maxBytes} long (else 413, at once when the
     * Content-Length says so). Runs before the request takes a worker ({@link Deadlines}), so a
     * client that sends slowly holds nothing but its own connection.
     */
    static void read(Context ctx, long maxBytes, Duration within) {
        if (ctx.attribute(BODY) != null) {
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Described request = Described.of(ctx);
        long deadline = System.nanoTime() + within.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] chunk = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; (n = in.read(chunk)) != -1; ) {
                if (body.size() + (long) n > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                body.write(chunk, 0, n);
                if (System.nanoTime() > deadline) {
                    throw tooSlow(request, "it took longer than " + within.toSeconds() + " s");
                }
            }
        } catch (IOException e) {
            throw unreadable(request, e);
        }
        ctx.attribute(BODY, body.toByteArray());
    }

    /**
     * The request body: as {@link #read} kept it, else read now (Javalin keeps it). A body that cannot
     * be read is the client's doing, never a 500: cut short (the connection closed, or less than its
     * Content-Length came) it is a 400, too slow a 408, each with one log line, whether or not the
     * client is still there to read the answer.
     */
    static byte[] bytes(Context ctx) {
        byte[] read = ctx.attribute(BODY);
        if (read != null) {
            return read;
        }
        Described request = Described.of(ctx);
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            throw e; // Javalin's own answers (413 beyond the size limit)
        } catch (Exception e) { // Kotlin throws Jetty's IOException undeclared
            throw unreadable(request, e);
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "payload_too_large", "the request body is larger than this server accepts ("
                + maxBytes + " bytes)", null, null);
    }

    /**
     * What the log says of a request whose body failed, taken before reading: when the client goes away,
     * Jetty ends the exchange, and its request can no longer be asked.
     */
    private record Described(String method, String path, String contentLength) {
        static Described of(Context ctx) {
            return new Described(ctx.method().name(), ctx.path(), ctx.header("Content-Length"));
        }
    }

    private static ApiException tooSlow(Described request, String why) {
        LOG.warn("{} {}: the request body came too slowly ({}); answered 408", request.method(), request.path(), why);
        return new ApiException(408, "timeout", "the request body came too slowly (" + why + "); send it at once", null,
                Map.of("Connection", "close"));
    }

    private static ApiException unreadable(Described request, Exception e) {
        String length = request.contentLength();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException timeout) {
                // Jetty's minimum data rate ("read rate is too low") or its idle timeout (nothing came for a while)
                return tooSlow(request, timeout.getMessage());
            }
        }
        if (e instanceof EofException || e.getCause() instanceof EofException) {
            String expected = length != null ? "its Content-Length of " + ApiException.echo(length) + " bytes" : "its last chunk";
            LOG.warn("{} {}: the request body ended before {} (the client closed the connection or cut the body); answered 400",
                    request.method(), request.path(), expected);
            return ApiException.badRequest("the request body ended before " + expected + " came");
        }
        String reason = e instanceof HttpException http ? http.getReason() : e.getMessage();
        LOG.warn("{} {}: the request body cannot be read ({}); answered 400", request.method(), request.path(), reason);
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
        } catch (IOException e) {
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
