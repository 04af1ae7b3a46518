package org.priorart.engine;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.priorart.config.FieldWeights;
import org.priorart.patent.PatentDocument;

/**
 * The engine that holds the patents and answers searches: everything the product asks of an index,
 * in PriorArt's own terms. The embedded implementation is Lucene in the index directory
 * ({@link org.priorart.engine.lucene.LuceneEngine}); a cluster can implement the same calls, each one
 * round trip (a write, a ranking, the data of a page of hits), since no engine type crosses them.
 *
 * <p>Writes: a patent is written keyword-searchable without passages ({@link #write}); the
 * embedding stage later rewrites it with its passage vectors ({@link #writeIfUnchanged}) unless it
 * changed meanwhile. Every content write is numbered ({@link #writeSequence()}) so a slow writer that
 * read a patent earlier can tell. Writes become searchable at {@link #refresh()} and durable at
 * {@link #commit()}; a killed process leaves the last commit intact.
 *
 * <p>Reads go through a {@link EngineView}: a point-in-time view acquired per search and closed after
 * it, so a search sees one state of the index however long it takes, and never waits on a writer.
 */
public interface SearchEngine extends Closeable {

    /** Where the engine keeps the patents, for messages: the index directory, a cluster's address. */
    String location();

    /** Whether this engine was opened for writing (one writer per index). */
    boolean writable();

    /** The schema version of the stored patents: an index of another version is refused. */
    String schemaVersion();

    /** A view without a deadline, ranking with the default field weights: for reads other than searches. */
    default EngineView view() throws IOException {
        return view(FieldWeights.DEFAULT, Deadline.NONE);
    }

    /**
     * A point-in-time view for one search; close it when the search is done.
     *
     * @param weights  how much a match in each text field counts in keyword ranking
     * @param deadline when the view's reads must stop (each then fails with {@link Deadline#exceeded()})
     */
    EngineView view(FieldWeights weights, Deadline deadline) throws IOException;

    /**
     * Writes a patent without passages (searchable by keyword after a refresh, embedded later),
     * replacing the one with its key when {@code replace}; a content write.
     *
     * @param replace false only when the caller knows no patent with this key exists (a bulk load
     *                into an index that had none): then the write costs no look-up
     * @throws RejectedDocumentException when the engine refuses this document alone
     */
    void write(PatentDocument doc, String contentHash, boolean replace) throws IOException;

    /**
     * Writes a patent as {@link #write} does, or queues it to go with others in one request (a
     * cluster's {@code _bulk}): a queued write is sent by the next {@link #refresh()} or
     * {@link #commit()} at the latest. A refusal of this document alone goes to {@code rejected}
     * (on whichever thread sends it) instead of being thrown, so the caller can name the document's
     * file and line and go on; a failure of the engine itself is thrown, from this call or from that
     * refresh or commit.
     */
    default void submit(PatentDocument doc, String contentHash, boolean replace,
                        Consumer<RejectedDocumentException> rejected) throws IOException {
        try {
            write(doc, contentHash, replace);
        } catch (RejectedDocumentException e) {
            rejected.accept(e);
        }
    }

    /** Deletes a patent with its passages; a content write. */
    void delete(String key) throws IOException;

    /** The number of the latest content write: note it before reading patents to rewrite later. */
    long writeSequence();

    /**
     * Rewrites a patent unless its content was written after {@code readAt} (a {@link #writeSequence()}
     * taken before it was read): then the newer content stays, and nothing is written.
     *
     * @param passages its passages with their vectors, marking it embedded by their model; null to
     *                 write it without passages and unmarked
     * @return whether the patent was written
     */
    boolean writeIfUnchanged(StoredPatent patent, PassageVectors passages, long readAt) throws IOException;

    /** One patent to rewrite with its passages and their vectors ({@link #writeAllIfUnchanged}). */
    record Rewrite(StoredPatent patent, PassageVectors passages) {
    }

    /**
     * Rewrites several patents, each as {@link #writeIfUnchanged} does, in as few round trips as the
     * engine allows: a cluster reads their versions in one request and writes them in one {@code _bulk},
     * where one request per patent would make the embedding workers wait on the network.
     *
     * @param rejected hears of each patent the engine refuses alone (left unwritten); the others are written
     * @return per rewrite, in order, whether it was written
     */
    default boolean[] writeAllIfUnchanged(List<Rewrite> rewrites, long readAt,
                                          BiConsumer<StoredPatent, RejectedDocumentException> rejected)
            throws IOException {
        boolean[] written = new boolean[rewrites.size()];
        for (int i = 0; i < written.length; i++) {
            try {
                written[i] = writeIfUnchanged(rewrites.get(i).patent(), rewrites.get(i).passages(), readAt);
            } catch (RejectedDocumentException e) {
                rejected.accept(rewrites.get(i).patent(), e);
            }
        }
        return written;
    }

    /** Forgets the write numbers up to a sequence no reader still holds (keeps their memory small). */
    void forgetWritesUpTo(long sequence);

    /**
     * Drops the passages of every patent not marked embedded by one of these models (a reset to other
     * models: those patents are embedded again, each rewritten with its new passages).
     */
    void dropPassagesNotEmbeddedWith(Collection<String> vectorIds) throws IOException;

    /** Makes the writes so far visible to new views (near-real-time, no commit). */
    void refresh() throws IOException;

    /** Makes the writes so far durable (what survives a crash). */
    void commit() throws IOException;

    /**
     * After a bulk rewrite (the embedding stage rewrites every patent it embeds): reclaims what the
     * rewrite left behind when that slows searches down, and commits. Does nothing when there is
     * little to reclaim, or for an engine without such state.
     *
     * @return whether anything was reclaimed
     */
    default boolean compact() throws IOException {
        return false;
    }

    /**
     * Claims on the patents to embed for one of several embedding workers on this engine. The embedded
     * engine has one writer, so every patent is its own ({@link EmbeddingClaims#SOLE}).
     *
     * @param worker the worker's name, unique among the workers (its host and process)
     * @param lease  how long a claim holds unless renewed: a dead worker's claims are taken over then
     */
    default EmbeddingClaims claims(String worker, Duration lease) throws IOException {
        return EmbeddingClaims.SOLE;
    }

    /** The vector ids of the models whose vectors the index holds, as recorded; empty when none. */
    List<String> vectorIds() throws IOException;

    /** Records the vector ids of the index's models, durably (commits). */
    void recordVectorIds(List<String> vectorIds) throws IOException;

    /** A value recorded under a name for work that resumes after a restart (e.g. the demo indexing), or null. */
    String recorded(String name) throws IOException;

    /** Records a value under a name, durably (commits). */
    void record(String name, String value) throws IOException;

    /** The cache of passage vectors kept with this index (writable engines only); closed with the engine. */
    VectorCache vectorCache() throws IOException;

    /**
     * What to tell the user about a failed write to this engine or beside it (the vector cache shares
     * its disk): the full disk or the engine closed for writing, with where and the state of the index;
     * null when the failure says enough itself.
     */
    EngineException explain(Throwable failure);

    /**
     * The health of the engine's storage where it has one of its own (a cluster's status, for /health);
     * null for an engine that is ready whenever it is open (the embedded one). Never throws: an engine that
     * cannot be reached says so.
     */
    default EngineHealth health() {
        return null;
    }
}
