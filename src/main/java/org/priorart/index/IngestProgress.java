package org.priorart.index;

import org.priorart.ingest.SourcePosition;

/** Where an ingest run reports as it goes: a progress bar on a terminal, log lines elsewhere. */
public interface IngestProgress {

    /** The run starts; {@code totalBytes} is the stored size of all inputs (-1 when unknown). */
    default void start(long totalBytes) {
    }

    /** Called often (after each document); cheap implementations only. */
    default void update(long bytesDone, long documents) {
    }

    /** A document or input was skipped. */
    default void skipped(SourcePosition where, String reason) {
    }

    /** A document was indexed, but part of it was not read (e.g. an unknown field). */
    default void warning(SourcePosition where, String message) {
    }

    /** The run is over. */
    default void finish(IngestSummary summary) {
    }

    IngestProgress NONE = new IngestProgress() {
    };
}
