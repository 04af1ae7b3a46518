package org.priorart.engine.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.config.FieldWeights;
import org.priorart.embed.Passages;
import org.priorart.engine.Coverage;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineView;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.VectorCache;
import org.priorart.patent.PatentDocument;
import org.priorart.query.QueryLimits;

/**
 * The embedded engine: one Lucene index in an index directory, with the one writer (when opened for
 * writing) and a {@link SearcherManager} for near-real-time search. Views acquire a searcher from the
 * manager and release it; no search ever waits on a lock held by another.
 *
 * <p>Each patent is a block whose last document is the patent itself, so that its passage documents
 * (with their vectors) are block-join children of it. Writes of one key are serialized (by key
 * stripe), and each content write is numbered, so a slow writer that read a patent earlier (the
 * embedding stage) can tell whether it changed since.
 */
public final class LuceneEngine implements SearchEngine {

    /** Bumped whenever fields or analysis change incompatibly; an index of another version is refused. */
    public static final String SCHEMA_VERSION = "1";
    static final String SCHEMA_KEY = "priorart.schema";
    /** Recorded values live in the commit data under this prefix ({@code priorart.vectors}, {@code priorart.demo}). */
    private static final String RECORD_PREFIX = "priorart.";
    private static final String VECTORS = "vectors";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentMapper mapper = new DocumentMapper(Passages.DEFAULT);
    private final ContentWrites writes = new ContentWrites();
    private final BlockQueries blocks = new BlockQueries();
    private final CoverageCounter coverage = new CoverageCounter(blocks);
    private LuceneVectorCache vectorCache;
    private volatile Committed committed;

    private LuceneEngine(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Lucene reports its SIMD setup at INFO through java.util.logging: not for users. Held strongly. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (IndexSearcher.getMaxClauseCount() < QueryLimits.CLAUSE_CEILING) {
            throw new IllegalStateException("Lucene's clause limit (" + IndexSearcher.getMaxClauseCount()
                    + ") is below the query limits' ceiling (" + QueryLimits.CLAUSE_CEILING + ")");
        }
    }

    /**
     * Opens (creating when absent) an index for writing. Only one process can write an index.
     *
     * @throws EngineException with a message for the user when the index is locked or incompatible
     */
    public static LuceneEngine openWritable(Path path) throws IOException {
        return openWritable(path, UnaryOperator.identity());
    }

    /** As {@link #openWritable(Path)}, on the index's directory as {@code wrap} makes it (tests: a disk that fills up). */
    static LuceneEngine openWritable(Path path, UnaryOperator<Directory> wrap) throws IOException {
        Files.createDirectories(luceneDir(path));
        Directory dir = wrap.apply(FSDirectory.open(luceneDir(path)));
        try {
            SchemaCheck.check(path, dir);
            IndexWriterConfig config = new IndexWriterConfig(new PatentAnalyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX));
            config.setCodec(new PatentCodec());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(128);
            config.setCommitOnClose(true);
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                throw new EngineException("the index at " + path + " is being written by another PriorArt process "
                        + "(a running 'serve' or 'index'); stop it or use another --index directory");
            }
            if (CommitData.get(writer, dir, SCHEMA_KEY) == null) {
                CommitData.set(writer, SCHEMA_KEY, SCHEMA_VERSION);
                writer.commit();
            }
            return new LuceneEngine(path, dir, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * A writable engine held in memory only, for a few documents: another engine makes the snippets
     * and marks of a page of hits with this engine's highlighter on those documents (the same marks
     * as the embedded index would show). Nothing is written to disk; closing it frees it.
     */
    public static LuceneEngine inMemory() throws IOException {
        Directory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new PatentAnalyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX));
        config.setCodec(new PatentCodec());
        config.setCommitOnClose(false);
        IndexWriter writer = new IndexWriter(dir, config);
        return new LuceneEngine(Path.of("(memory)"), dir, writer, new SearcherManager(writer, null));
    }

    /**
     * Opens an existing index for searching only (another process may be writing it).
     *
     * @throws EngineException when there is no index at the path, or it is incompatible
     */
    public static LuceneEngine openReadOnly(Path path) throws IOException {
        if (!Files.isDirectory(luceneDir(path))) {
            throw EngineException.noIndex(path);
        }
        Directory dir = FSDirectory.open(luceneDir(path));
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw EngineException.noIndex(path);
            }
            SchemaCheck.check(path, dir);
            return new LuceneEngine(path, dir, null, new SearcherManager(dir, null));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Where the Lucene index lives inside an index directory. The directory also holds other state
     * of the same collection beside it (the vector cache, search sessions), each in its own folder.
     */
    public static Path luceneDir(Path indexDir) {
        return indexDir.resolve("lucene");
    }

    /** The index directory. */
    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public boolean writable() {
        return writer != null;
    }

    @Override
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    @Override
    public EngineView view(FieldWeights weights, Deadline deadline) throws IOException {
        return new LuceneView(this, searchers.acquire(), weights, deadline);
    }

    SearcherManager searchers() {
        return searchers;
    }

    DocumentMapper mapper() {
        return mapper;
    }

    BlockQueries blocks() {
        return blocks;
    }

    IndexWriter writer() throws EngineException {
        if (writer == null) {
            throw new EngineException("the index at " + path + " is open read-only");
        }
        return writer;
    }

    @Override
    public void refresh() throws IOException {
        write(searchers::maybeRefreshBlocking);
    }

    @Override
    public void commit() throws IOException {
        write(() -> writer().commit());
    }

    /**
     * The share of deleted documents from which {@link #compact} merges the index. The embedding stage
     * replaces each patent's block with one that holds its passages, and the blocks it replaced stay
     * in their segments as deleted documents: fully embedded, the Pap2Pat index (11,813 patents) kept
     * 3,429 to 4,325 deleted documents (10-12%) in 6 to 9 segments, and long keyword queries ran 1.8x
     * slower on it, its nearest-neighbour searches 2-3x, than on the same index merged to one segment
     * (docs/performance-notes.md, 3.5 and "Gains"). A few patents embedded later (the server embeds
     * what the API adds) leave far fewer, and no merge of the whole index is worth them.
     */
    static final double COMPACT_DELETED_SHARE = 0.05;

    /**
     * Up to this size an index is merged to one segment (the fastest to search: one term lookup per
     * term and field, one HNSW graph); a larger one only has its deletes merged away, in segments of
     * Lucene's default largest size ({@code TieredMergePolicy}'s 5 GB), which later merges still handle.
     */
    static final long ONE_SEGMENT_BYTES = 5L << 30;

    @Override
    public boolean compact() throws IOException {
        IndexWriter w = writer();
        IndexWriter.DocStats stats = w.getDocStats();
        if (stats.maxDoc == 0 || stats.maxDoc - stats.numDocs < COMPACT_DELETED_SHARE * stats.maxDoc) {
            return false;
        }
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        boolean oneSegment = bytes <= ONE_SEGMENT_BYTES;
        write(() -> {
            if (oneSegment) {
                w.forceMerge(1);
            } else {
                w.forceMergeDeletes();
            }
            w.commit();
        });
        refresh();
        return true;
    }

    @Override
    public void write(PatentDocument doc, String contentHash, boolean replace) throws IOException {
        writeBlock(doc.id(), List.of(mapper.toLucene(doc, contentHash)), replace);
    }

    /**
     * Writes the block of one patent: adds it, or replaces the blocks with that key. Writes of one
     * key are serialized, and each content write is numbered (see {@link #writeIfUnchanged}).
     */
    void writeBlock(String key, List<Document> block, boolean replace) throws IOException {
        synchronized (writes.stripe(key)) {
            write(() -> {
                try {
                    if (replace) {
                        writer().updateDocuments(new Term(IndexFields.BLOCK, key), block);
                    } else {
                        writer().addDocuments(block);
                    }
                } catch (IllegalArgumentException e) {
                    throw rejected(e); // Lucene refuses this one document; the writer is fine
                }
            });
            writes.written(key);
        }
    }

    private static RejectedDocumentException rejected(IllegalArgumentException e) {
        return e instanceof RejectedDocumentException r ? r : new RejectedDocumentException(e.getMessage(), e);
    }

    @Override
    public void delete(String key) throws IOException {
        synchronized (writes.stripe(key)) {
            write(() -> writer().deleteDocuments(new Term(IndexFields.BLOCK, key)));
            writes.written(key);
        }
    }

    @Override
    public long writeSequence() {
        return writes.current();
    }

    @Override
    public boolean writeIfUnchanged(StoredPatent patent, PassageVectors passages, long readAt) throws IOException {
        PatentDocument doc = patent.document();
        List<Document> block = passages == null ? List.of(mapper.toLucene(doc, patent.contentHash()))
                : mapper.toEmbeddedBlock(doc, patent.contentHash(), passages.passages(), passages.vectors(),
                        IndexFields.vectorField(passages.model().name()), passages.model().vectorId());
        return writeBlockIfUnchanged(doc.id(), readAt, block);
    }

    /** Replaces a patent's block unless its content was written after {@code readAt}. */
    boolean writeBlockIfUnchanged(String key, long readAt, List<Document> block) throws IOException {
        synchronized (writes.stripe(key)) {
            if (writes.writtenAfter(key, readAt)) {
                return false;
            }
            write(() -> {
                try {
                    writer().updateDocuments(new Term(IndexFields.BLOCK, key), block);
                } catch (IllegalArgumentException e) {
                    throw rejected(e);
                }
            });
            return true;
        }
    }

    @Override
    public void forgetWritesUpTo(long sequence) {
        writes.forgetUpTo(sequence);
    }

    @Override
    public void dropPassagesNotEmbeddedWith(Collection<String> vectorIds) throws IOException {
        Query passages = new ToChildBlockJoinQuery(blocks.notEmbeddedWith(vectorIds).build(), blocks.patentBits());
        write(() -> writer().deleteDocuments(passages));
    }

    @Override
    public List<String> vectorIds() throws IOException {
        String recorded = committedData(RECORD_PREFIX + VECTORS);
        return recorded == null || recorded.isBlank() ? List.of() : Arrays.asList(recorded.split(","));
    }

    @Override
    public void recordVectorIds(List<String> vectorIds) throws IOException {
        recordCommitData(RECORD_PREFIX + VECTORS, String.join(",", vectorIds));
    }

    @Override
    public String recorded(String name) throws IOException {
        return committedData(RECORD_PREFIX + name);
    }

    @Override
    public void record(String name, String value) throws IOException {
        recordCommitData(RECORD_PREFIX + name, value);
    }

    private String committedData(String key) throws IOException {
        if (writer != null) {
            return CommitData.get(writer, directory, key);
        }
        // Read-only: the last commit's values, read again only when there is a newer commit. Every
        // semantic search asks for the vector ids, and reading the commit costs ~1 ms (its segments
        // file parsed and checksummed); listing the directory for the newest generation costs little.
        long generation = SegmentInfos.getLastCommitGeneration(directory);
        Committed c = committed;
        if (c == null || c.generation() != generation) {
            c = new Committed(generation, SegmentInfos.readLatestCommit(directory).getUserData());
            committed = c;
        }
        return c.userData().get(key);
    }

    /** The values of a commit, by its generation (read-only engines). */
    private record Committed(long generation, Map<String, String> userData) {
    }

    /** Records a value with the next commit, and commits: for facts that must survive with the index. */
    private synchronized void recordCommitData(String key, String value) throws IOException {
        CommitData.set(writer(), key, value);
        commit();
    }

    @Override
    public synchronized VectorCache vectorCache() throws IOException {
        writer();
        if (vectorCache == null) {
            vectorCache = LuceneVectorCache.open(path);
        }
        return vectorCache;
    }

    /** The coverage in a searcher's view, for the models the index records. */
    Coverage coverage(IndexSearcher searcher) throws IOException {
        return coverage.count(searcher, this::vectorIds);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (vectorCache != null) {
                vectorCache.close();
            }
        } finally {
            try {
                searchers.close();
                if (writer != null) {
                    write(writer::close); // commits on close: the disk may be full
                }
            } finally {
                directory.close();
            }
        }
    }

    @Override
    public EngineException explain(Throwable failure) {
        return WriteFailures.describe(path, directory, writer, failure);
    }

    private interface Write {
        void run() throws IOException;
    }

    /**
     * Runs a write; a failure that closed the writer or filled the disk comes back saying so, with
     * the path and the state of the index ({@link WriteFailures}), instead of "this IndexWriter is closed".
     */
    private void write(Write action) throws IOException {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            EngineException told = explain(e);
            if (told == null) {
                throw e;
            }
            told.addSuppressed(e);
            throw told;
        }
    }
}
