package org.priorart.engine;

import java.io.IOException;

/**
 * A problem with the engine that the user can act on (the index is locked by another process, of
 * another schema, read-only, or its disk is full); its message is meant for them and says what to do.
 */
public class EngineException extends IOException {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** There is no index where one was expected: how to make one. */
    public static EngineException noIndex(Object where) {
        return new EngineException("no index at " + where + " (build one with './priorart index --input ...' "
                + "or start './priorart serve', which indexes the demo corpus)");
    }
}
