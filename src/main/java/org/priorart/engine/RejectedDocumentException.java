package org.priorart.engine;

/**
 * The engine refused one document (e.g. a term of over 32 KB of garbage): that document is not
 * written, and the engine is unharmed, so the writes around it go on. The message says why.
 */
public final class RejectedDocumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RejectedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
