package org.priorart.server.api;

import java.util.Map;

/**
 * The one shape of every error the API answers: a stable code for programs, a sentence for people,
 * and details (e.g. the character position of a query syntax error). Never a stack trace.
 *
 * @param error   the code: bad_request, invalid_query, unauthorized, forbidden, not_found,
 *                method_not_allowed, payload_too_large, rate_limited, quota_exceeded, unavailable,
 *                timeout, overloaded, internal
 * @param message what went wrong, and what to do about it where that is known
 * @param details more about it, by code (empty when there is nothing more)
 */
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : details;
    }
}
