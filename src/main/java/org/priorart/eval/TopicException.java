package org.priorart.eval;

import java.io.IOException;

/**
 * One topic that cannot be searched (its patent is not in the index and it has no text, say). The
 * batch goes on without it and reports it; the other topics are not affected.
 */
public final class TopicException extends IOException {

    public TopicException(String message) {
        super(message);
    }
}
