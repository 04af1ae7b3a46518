package org.priorart.embed;

import java.io.IOException;

/** A model that cannot be used (missing or corrupt file, unknown name); the message says how to fix it. */
public final class ModelException extends IOException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
