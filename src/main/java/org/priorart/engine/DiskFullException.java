package org.priorart.engine;

import java.nio.file.Path;

/**
 * A write to the index failed because its disk is full. The message says so, names the index and
 * says what is safe: the index is intact at its last commit, and a rerun after space is freed
 * continues from there.
 */
public final class DiskFullException extends EngineException {

    private final Path index;

    public DiskFullException(Path index, String message) {
        super(message);
        this.index = index;
    }

    /** The index directory whose disk is full. */
    public Path index() {
        return index;
    }
}
