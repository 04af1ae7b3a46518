package org.priorart.engine.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.priorart.engine.DiskFullException;
import org.priorart.engine.EngineException;

/**
 * Turns a failed write into what the user needs to hear. Lucene closes its writer after a write it
 * cannot complete (a "tragic" failure: a flush that hit a full disk loses the buffered documents),
 * and every later write then says only "this IndexWriter is closed", which names neither the cause
 * nor what became of the index. Here the cause is found (in the failure, its causes, or the writer's
 * tragic exception) and said, with the index path and the state the index is in: Lucene commits are
 * atomic, so the index is intact at its last commit, and a rerun continues from there.
 */
final class WriteFailures {

    /** How operating systems say a disk (or the user's quota on it) is full. */
    private static final List<String> DISK_FULL = List.of(
            "No space left on device", "Disk quota exceeded", "There is not enough space on the disk");

    private WriteFailures() {
    }

    /**
     * The exception to report for a failed write to the index, or null when the failure says enough
     * itself (the writer is open and the disk is not full: e.g. Lucene refused one document).
     */
    static EngineException describe(Path index, Directory directory, IndexWriter writer, Throwable failure) {
        Throwable tragic = writer == null ? null : writer.getTragicException();
        String diskFull = diskFull(failure);
        if (diskFull == null && tragic != null) {
            diskFull = diskFull(tragic);
        }
        if (diskFull != null) {
            return new DiskFullException(index, "the disk is full: writing the index at " + index
                    + " failed (" + diskFull + "); " + intact(directory) + ". Free space on that disk and run the "
                    + "command again (restart a server): it continues from that commit");
        }
        if (tragic != null && (failure == tragic || failure instanceof AlreadyClosedException)) {
            return new EngineException("writing the index at " + index + " failed (" + describe(tragic)
                    + ") and the index was closed for writing; " + intact(directory) + ". Run the command again "
                    + "(restart a server) once the cause is fixed: it continues from that commit");
        }
        return null;
    }

    /** The operating system's words when the failure (or one of its causes) is a full disk, else null. */
    static String diskFull(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                for (String words : DISK_FULL) {
                    if (t.getMessage().contains(words)) {
                        return words;
                    }
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                String inner = seen.contains(suppressed) ? null : diskFull(suppressed);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** What is safe, with the patents of the last commit when it can be read. */
    private static String intact(Directory directory) {
        String intact = "the index is intact at its last commit";
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            int patents = new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)));
            return intact + String.format(" (%,d patents)", patents);
        } catch (IOException | RuntimeException e) {
            return intact;
        }
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
