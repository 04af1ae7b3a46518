package org.priorart.eval;

/**
 * Hears how a batch of topic searches advances, to show progress. Called from the search threads;
 * implementations synchronize as they need.
 */
public interface BatchProgress {

    BatchProgress NONE = new BatchProgress() {
    };

    /** The batch of {@code topics} topics in {@code mode} starts. */
    default void start(String mode, int topics) {
    }

    /** One more topic is done; {@code done} of them so far. */
    default void topicDone(int done) {
    }

    /** The batch is over. */
    default void finish() {
    }
}
