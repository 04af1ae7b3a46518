package org.priorart.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * One readable input: a plain file, a decompressed .gz, or one entry of a .zip.
 *
 * @param name   for messages: the path, or {@code archive.zip!entry}
 * @param size   the size in bytes of the stored (possibly compressed) data, or -1 when unknown
 * @param opener opens a fresh decompressed stream, counting the stored bytes it consumes
 */
public record InputSource(String name, long size, Opener opener) {

    /** Opens a fresh stream over the source's decompressed bytes. */
    @FunctionalInterface
    public interface Opener {
        /** @param storedBytes counts the stored (compressed) bytes read, for progress against {@link #size()} */
        InputStream open(LongAdder storedBytes) throws IOException;
    }

    /** Opens a fresh stream over the decompressed bytes. */
    public InputStream open() throws IOException {
        return opener.open(new LongAdder());
    }

    /** Opens a fresh stream over the decompressed bytes, adding the stored bytes read to a counter. */
    public InputStream open(LongAdder storedBytes) throws IOException {
        return opener.open(storedBytes);
    }

    /** Wraps a stream so that the bytes read through it are added to a counter. */
    public static InputStream counting(InputStream in, LongAdder counter) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counter.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    counter.add(n);
                }
                return n;
            }
        };
    }
}
