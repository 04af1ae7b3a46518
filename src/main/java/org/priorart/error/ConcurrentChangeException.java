package org.priorart.error;

/**
 * A change that met another writer's change to the same thing at every try (other servers, other tabs
 * on the same session): nothing of it was written, and the same request made again shortly succeeds.
 * Neither the user's mistake nor a failure of the system: the API answers it 409 with
 * {@code Retry-After}.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
