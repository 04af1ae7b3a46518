package org.priorart.engine;

/**
 * The engine cannot be reached now (no node of the cluster answers, or none within the time
 * allowed): not the request's fault and not a defect, so the API answers 503 with a time to retry,
 * and the command line says what to check.
 */
public class EngineUnavailableException extends EngineException {

    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
