package org.priorart.index;

import java.time.Duration;

/**
 * What an ingest run did.
 *
 * @param read          documents read from the inputs (good ones)
 * @param indexed       new documents added
 * @param replaced      documents that replaced an earlier version with the same number
 * @param unchanged     documents already in the index with identical content, left as they were
 * @param skipped       malformed documents (and failed inputs) that were reported and passed over
 * @param inputs        input sources (files, archive entries) opened
 * @param inputBytes    decompressed bytes read
 * @param elapsed       wall time of the run
 */
public record IngestSummary(long read, long indexed, long replaced, long unchanged, long skipped,
                            int inputs, long inputBytes, Duration elapsed) {

    /** True when not a single document could be read: the only case the CLI exits non-zero. */
    public boolean nothingRead() {
        return read == 0;
    }

    public double documentsPerSecond() {
        return read / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
        return inputBytes / 1e6 / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return String.format("read %,d, indexed %,d, replaced %,d, unchanged %,d, skipped %,d "
                        + "(%d input%s, %.1f MB in %.1f s: %,.0f docs/s, %.2f MB/s)",
                read, indexed, replaced, unchanged, skipped, inputs, inputs == 1 ? "" : "s",
                inputBytes / 1e6, elapsed.toMillis() / 1000.0, documentsPerSecond(), megabytesPerSecond());
    }
}
