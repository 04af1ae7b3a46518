package org.priorart.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.priorart.engine.EngineUnavailableException;
import org.priorart.error.ConcurrentChangeException;
import org.priorart.error.UserInputException;
import org.priorart.search.InvalidQueryException;
import org.priorart.search.SearchTimeoutException;
import org.priorart.search.SemanticUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every exception to the one error shape, once, for all routes: what the client did wrong (a
 * {@link UserInputException}, an invalid query, an {@link ApiException} of a handler) is a 4xx with a
 * message for them; anything else, an {@link IllegalArgumentException} of the code's own checks
 * included, is a 500 with a reference to the server log, where the stack trace goes. Never a stack
 * trace to a client.
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** Registers the exception handlers: every exception goes through {@link #toApi}. */
    public static void register(RoutesConfig routes) {
        routes.exception(Exception.class, ErrorMapper::handle);
        // Javalin answers its own (no route, wrong method, body too large) in plain text unless this
        // exception class has a handler of its own.
        routes.exception(HttpResponseException.class, ErrorMapper::handle);
    }

    private static void handle(Exception e, Context ctx) {
        if ((e instanceof IllegalStateException || e instanceof NullPointerException) && Completion.aborted(ctx)) {
            return; // Javalin going on with an exchange that Jetty ended when its client went away: nothing failed
        }
        writeUnlessGone(ctx, toApi(e));
    }

    /**
     * Writes an error answer, unless the exchange is over: when the client went away (mid-body, say)
     * Jetty has ended the exchange and recycled its response, and there is nobody to answer. That is
     * no failure of the server: no stack trace, no 500.
     */
    private static void writeUnlessGone(Context ctx, ApiException e) {
        try {
            write(ctx, e);
        } catch (RuntimeException gone) {
            if (!Completion.aborted(ctx)) {
                throw gone;
            }
            // "Response does not exist (likely recycled)": the exchange is over
        }
    }

    /** The answer for an exception; also used for the items of a batch, so they answer as /search does. */
    public static ApiException toApi(Throwable e) {
        return switch (e) {
            case ApiException api -> api;
            case InvalidQueryException invalid -> invalidQuery(invalid);
            case SearchTimeoutException late -> ApiException.unavailable("timeout",
                    late.getMessage() + "; narrow the search, or retry later", 1);
            case SemanticUnavailableException semantic -> ApiException.unavailable("semantic_unavailable",
                    "semantic search cannot run now: " + semantic.getMessage() + " (hybrid mode ranks by keyword meanwhile)", 60);
            case ConcurrentChangeException busy -> new ApiException(409, "conflict", busy.getMessage(), null,
                    Map.of("Retry-After", "1"));
            case UserInputException bad -> bad.parameter() == null ? ApiException.badRequest(bad.getMessage())
                    : ApiException.badParameter(bad.parameter(), bad.getMessage());
            case EngineUnavailableException down -> ApiException.unavailable("engine_unavailable",
                    "the search engine cannot be reached now: " + down.getMessage(), 5);
            case RejectedExecutionException full -> ApiException.unavailable("overloaded",
                    "the server is at its limit of concurrent requests; retry shortly", 1);
            case HttpResponseException javalin -> fromJavalin(javalin);
            default -> internal(e);
        };
    }

    /** An invalid examiner query: 400 with the character position (0-based) of the problem. */
    public static ApiException invalidQuery(InvalidQueryException e) {
        return new ApiException(400, "invalid_query", e.getMessage(),
                ApiException.details("position", e.position(), "problem", e.problem()), null);
    }

    /** Writes an error answer. */
    public static void write(Context ctx, ApiException e) {
        e.headers().forEach(ctx::header);
        ctx.status(e.status()).json(e.body());
    }

    /** Logs an unexpected failure with a reference, and answers 500 with that reference only. */
    public static ApiException internal(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request failed (reference {})", reference, e);
        return new ApiException(500, "internal", "internal error (reference " + reference
                + "); the server log has the details", ApiException.details("reference", reference), null);
    }

    /** A java.lang.Error in a handler (e.g. out of memory): the same shape, written raw. */
    public static void writeError(HttpServletResponse response, Error error) {
        ApiException e = internal(error);
        try {
            response.setStatus(e.status());
            response.setContentType("application/json");
            response.getOutputStream().write(ApiJson.mapper().writeValueAsString(e.body()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException ignored) {
            // the response is gone or committed: nothing more can be said to the client
        }
    }

    /** Javalin's own answers (no such route, wrong method, body too large) in the API's shape. */
    private static ApiException fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> ApiException.notFound("no such endpoint; see /api/v1/openapi.json");
            case 405 -> new ApiException(405, "method_not_allowed", "this method is not allowed here; see /api/v1/openapi.json",
                    null, e.getDetails().containsKey("availableMethods") ? Map.of("Allow", e.getDetails().get("availableMethods")) : null);
            case 413 -> new ApiException(413, "payload_too_large", "the request body is larger than this server accepts",
                    null, null);
            default -> status >= 500 ? internal(e) : new ApiException(status, "bad_request", e.getMessage(), null, null);
        };
    }

    /**
     * The codes the API uses for Jetty's own answers (bad URI, headers too large, an unknown HTTP
     * version), which never reach Javalin. A 505 is the client's doing, not the server's: bad_request.
     */
    static String codeFor(int status) {
        return Map.of(400, "bad_request", 404, "not_found", 405, "method_not_allowed", 408, "timeout",
                413, "payload_too_large", 414, "bad_request", 431, "bad_request", 503, "unavailable", 505, "bad_request")
                .getOrDefault(status, status >= 500 ? "internal" : "bad_request");
    }
}
