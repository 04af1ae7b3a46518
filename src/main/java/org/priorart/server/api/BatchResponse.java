package org.priorart.server.api;

import java.util.List;

/**
 * The answer to a batch of searches: one result per search, in order. A search that fails has its
 * error (the same status and shape as {@code /search} would answer) and the others are unaffected.
 */
public record BatchResponse(List<Item> results) {

    /**
     * @param index  the position of the search in the batch (0-based)
     * @param status the HTTP status {@code /search} would have answered
     * @param result the result when the status is 200
     * @param error  the error otherwise
     */
    public record Item(int index, int status, SearchResponse result, ApiError error) {
    }
}
