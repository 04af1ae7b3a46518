package org.priorart.server.background;

import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.ingest.SourcePosition;

/**
 * The state of background indexing, as the health endpoint reports it. Written by the ingest thread,
 * read by request threads; the fields are volatile and each is meaningful alone.
 */
public final class IndexingStatus implements IngestProgress {

    /** What the background indexer is doing. */
    public enum State { IDLE, INDEXING, DONE, FAILED }

    private volatile State state = State.IDLE;
    private volatile long totalBytes = -1;
    private volatile long bytesDone;
    private volatile long documents;
    private volatile long skipped;
    private volatile String message;

    /** A snapshot for the health output. */
    public record Snapshot(String state, long documentsRead, long skipped, Double percent, String message) {
    }

    @Override
    public void start(long total) {
        totalBytes = total;
        state = State.INDEXING;
    }

    @Override
    public void update(long bytes, long docs) {
        bytesDone = bytes;
        documents = docs;
    }

    @Override
    public void skipped(SourcePosition where, String reason) {
        skipped++;
    }

    @Override
    public void finish(IngestSummary summary) {
        documents = summary.read();
        message = summary.toString();
        state = State.DONE;
    }

    /** The indexer is about to start: health says "indexing" from now on, before the first file is read. */
    void starting() {
        state = State.INDEXING;
    }

    void failed(String why) {
        message = why;
        state = State.FAILED;
    }

    public Snapshot snapshot() {
        Double percent = totalBytes > 0 ? Math.min(100.0, Math.round(1000.0 * bytesDone / totalBytes) / 10.0) : null;
        return new Snapshot(state.name().toLowerCase(java.util.Locale.ROOT), documents, skipped, state == State.INDEXING ? percent : null, message);
    }
}
