package org.priorart.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the documents of one input in one format. Implementations read incrementally (a weekly
 * bulk file of thousands of documents is never held in memory whole), report each malformed
 * document to the listener and carry on with the next one.
 */
public interface DocumentReader {

    /**
     * Reads all documents of {@code in} (already decompressed).
     *
     * @param sourceName the name used in messages
     * @throws IOException only when the input itself cannot be read any further
     */
    void read(InputStream in, String sourceName, IngestListener listener) throws IOException;
}
