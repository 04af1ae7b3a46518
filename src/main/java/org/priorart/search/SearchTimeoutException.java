package org.priorart.search;

/**
 * A search ran past its {@link SearchDeadline} and was stopped where it was: nothing of it is
 * answered (a partial ranking would look complete). The API answers 503 {@code timeout}.
 */
public final class SearchTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchTimeoutException(String message) {
        super(message);
    }
}
