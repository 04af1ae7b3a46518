package org.priorart.server;

import org.priorart.index.EmbeddingProgress;

/** The state of the background embedding stage, for /health. */
final class EmbeddingStatus implements EmbeddingProgress {

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

    String state() {
        return state;
    }

    String lastFailure() {
        return lastFailure;
    }
}
