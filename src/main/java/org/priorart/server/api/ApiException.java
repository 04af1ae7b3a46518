package org.priorart.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer other than success, with its status, code and details; thrown anywhere in a request and
 * written once, by {@link ErrorMapper}.
 */
public final class ApiException extends RuntimeException {

    /** Longest echo of client input in a message: enough to recognize it, never a huge error body. */
    private static final int ECHO = 80;

    private final int status;
    private final String code;
    private final Map<String, Object> details;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, Map<String, Object> details, Map<String, String> headers) {
        super(message, null, false, false); // no stack trace: this is an answer, not a failure
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : details;
        this.headers = headers == null ? Map.of() : headers;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message, null, null);
    }

    /** A bad parameter, named in the details. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "bad_request", message, Map.of("parameter", parameter), null);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message, null, null);
    }

    public static ApiException unavailable(String code, String message, int retryAfterSeconds) {
        return new ApiException(503, code, message, null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public ApiError body() {
        return new ApiError(code, getMessage(), details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Client input, shortened for a message. */
    public static String echo(String input) {
        if (input == null) {
            return "";
        }
        return input.length() <= ECHO ? input : input.substring(0, ECHO) + "...";
    }

    /** Details from alternating keys and values (insertion order kept). */
    public static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
