package org.priorart.search;

/** Semantic search was asked for but cannot run here; the message says why and what to do. */
public final class SemanticUnavailableException extends IllegalStateException {
    public SemanticUnavailableException(String message) {
        super(message);
    }
}
