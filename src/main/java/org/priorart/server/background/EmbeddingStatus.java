package org.priorart.server.background;

import org.priorart.index.EmbeddingProgress;

/** The state of the background embedding stage, for /health. */
public final class EmbeddingStatus implements EmbeddingProgress {

    private volatile String state = "starting";
    private volatile String lastFailure;

    void running() {
        state = "running";
    }

    void idle() {
        state = "idle";
    }

    void failed(String why) {
        lastFailure = why;
        state = "failed: " + why;
    }

    @Override
    public void failed(String publicationNumber, String reason) {
        lastFailure = publicationNumber + ": " + reason;
    }

    /** "starting", "running", "idle" or "failed: why". */
    public String state() {
        return state;
    }

    /** The last patent that failed to embed and why, or null. */
    public String lastFailure() {
        return lastFailure;
    }
}
