package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory on a disk that fills up: once {@link #fillAfter} bytes more have been written, every
 * write fails as the operating system fails it ("No space left on device"). Reads, renames and
 * deletions keep working, as on a full disk.
 */
final class DiskFullDirectory extends FilterDirectory {

    static final String MESSAGE = "No space left on device";

    /** Bytes that still fit; negative: unlimited. */
    private final AtomicLong free = new AtomicLong(-1);

    DiskFullDirectory(Directory in) {
        super(in);
    }

    /** From now on, only this many more bytes fit. */
    void fillAfter(long bytes) {
        free.set(bytes);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Output(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Output(in.createTempOutput(prefix, suffix, context));
    }

    private void take(long bytes) throws IOException {
        long left = free.get();
        while (left >= 0) {
            if (left < bytes) {
                free.set(0);
                throw new IOException(MESSAGE);
            }
            if (free.compareAndSet(left, left - bytes)) {
                return;
            }
            left = free.get();
        }
    }

    private final class Output extends IndexOutput {
        private final IndexOutput out;

        Output(IndexOutput out) {
            super("disk-full(" + out + ")", out.getName());
            this.out = out;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
