package org.priorart.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One readable input: a plain file, a decompressed .gz, or one entry of a .zip.
 *
 * @param name   for messages: the path, or {@code archive.zip!entry}
 * @param size   the size in bytes of the stored (possibly compressed) data, or -1 when unknown
 * @param opener opens a fresh decompressed stream
 */
public record InputSource(String name, long size, Opener opener) {

    /** Opens a fresh stream over the source's decompressed bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
