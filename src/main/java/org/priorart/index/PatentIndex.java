package org.priorart.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.embed.Passages;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * One PriorArt index on disk: the directory, the one writer (when opened for writing) and a
 * {@link SearcherManager} for near-real-time search. Searches acquire a searcher from the manager
 * and release it; no search ever waits on a lock held by another.
 */
public final class PatentIndex implements Closeable {

    /** Bumped whenever fields or analysis change incompatibly; an index of another version is refused. */
    public static final String SCHEMA_VERSION = "1";
    static final String SCHEMA_KEY = "priorart.schema";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentMapper mapper = new DocumentMapper(Passages.DEFAULT);
    /** Serializes the writes of one document's block (by key stripe), see {@link #writeBlock}. */
    private final Object[] stripes = new Object[256];
    private final AtomicLong writeSequence = new AtomicLong();
    private final ConcurrentHashMap<String, Long> lastContentWrite = new ConcurrentHashMap<>();
    private final BitSetProducer patents = new QueryBitSetProducer(
            new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)));

    private PatentIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Opens (creating when absent) an index for writing. Only one process can write an index.
     *
     * @throws IndexException with a message for the user when the index is locked or incompatible
     */
    public static PatentIndex openWritable(Path path) throws IOException {
        return openWritable(path, UnaryOperator.identity());
    }

    /** As {@link #openWritable(Path)}, on the index's directory as {@code wrap} makes it (tests: a disk that fills up). */
    static PatentIndex openWritable(Path path, UnaryOperator<Directory> wrap) throws IOException {
        Files.createDirectories(luceneDir(path));
        Directory dir = wrap.apply(FSDirectory.open(luceneDir(path)));
        try {
            checkSchema(path, dir);
            IndexWriterConfig config = new IndexWriterConfig(new PatentAnalyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX));
            config.setCodec(new PatentCodec());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(128);
            config.setCommitOnClose(true);
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                throw new IndexException("the index at " + path + " is being written by another PriorArt process "
                        + "(a running 'serve' or 'index'); stop it or use another --index directory");
            }
            Map<String, String> userData = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
            if (!userData.containsKey(SCHEMA_KEY)) {
                userData.put(SCHEMA_KEY, SCHEMA_VERSION);
                writer.setLiveCommitData(userData.entrySet());
                writer.commit();
            }
            return new PatentIndex(path, dir, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Opens an existing index for searching only (another process may be writing it).
     *
     * @throws IndexException when there is no index at the path, or it is incompatible
     */
    public static PatentIndex openReadOnly(Path path) throws IOException {
        if (!Files.isDirectory(luceneDir(path))) {
            throw new IndexException("no index at " + path + " (build one with './priorart index --input ...' "
                    + "or start './priorart serve', which indexes the demo corpus)");
        }
        Directory dir = FSDirectory.open(luceneDir(path));
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexException("no index at " + path + " (build one with './priorart index --input ...' "
                        + "or start './priorart serve', which indexes the demo corpus)");
            }
            checkSchema(path, dir);
            return new PatentIndex(path, dir, null, new SearcherManager(dir, null));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static void checkSchema(Path path, Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return;
        }
        Map<String, String> userData = org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData();
        String version = userData.get(SCHEMA_KEY);
        if (version != null && !version.equals(SCHEMA_VERSION)) {
            throw new IndexException("the index at " + path + " has schema version " + version
                    + " but this PriorArt uses version " + SCHEMA_VERSION + "; re-index into a new directory");
        }
    }

    public Path path() {
        return path;
    }

    /**
     * Where the Lucene index lives inside an index directory. The directory also holds other state
     * of the same collection beside it (the vector cache), each in its own folder.
     */
    public static Path luceneDir(Path indexDir) {
        return indexDir.resolve("lucene");
    }

    public boolean writable() {
        return writer != null;
    }

    /** The writer; only for indexes opened with {@link #openWritable}. */
    public IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("index opened read-only");
        }
        return writer;
    }

    public SearcherManager searchers() {
        return searchers;
    }

    public DocumentMapper mapper() {
        return mapper;
    }

    /** Makes the latest changes visible to new searches (near-real-time, no commit). */
    public void refresh() throws IOException {
        write(searchers::maybeRefreshBlocking);
    }

    /** Commits the writer's changes durably (what survives a crash). */
    public void commit() throws IOException {
        write(() -> writer().commit());
    }

    /** A value recorded with the commits of this index (see {@link #recordCommitData}), or null. */
    public String commitData(String key) {
        for (Map.Entry<String, String> e : writer().getLiveCommitData()) {
            if (e.getKey().equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Records a value with the next commit, and commits: for facts that must survive with the index. */
    public synchronized void recordCommitData(String key, String value) throws IOException {
        Map<String, String> userData = new HashMap<>();
        writer().getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
        userData.put(key, value);
        writer().setLiveCommitData(userData.entrySet());
        commit();
    }

    /** The parent (patent) documents of the blocks, for block join. */
    public BitSetProducer patentBits() {
        return patents;
    }

    /**
     * Writes the block of one patent: adds it, or replaces the blocks with that key. Writes of one
     * key are serialized, and each content write is numbered, so a slow writer that read a document
     * earlier (the embedding stage) can tell whether it changed since ({@link #writeBlockIfUnchanged}).
     */
    public void writeBlock(String key, List<Document> block, boolean replace) throws IOException {
        synchronized (stripe(key)) {
            write(() -> {
                if (replace) {
                    writer().updateDocuments(new Term(IndexFields.BLOCK, key), block);
                } else {
                    writer().addDocuments(block);
                }
            });
            lastContentWrite.put(key, writeSequence.incrementAndGet());
        }
    }

    /**
     * Deletes the block of one patent (the patent and its passages). Numbered like a content write, so
     * the embedding stage, which may have read the patent before, never writes it back
     * ({@link #writeBlockIfUnchanged}).
     */
    public void deleteBlock(String key) throws IOException {
        synchronized (stripe(key)) {
            write(() -> writer().deleteDocuments(new Term(IndexFields.BLOCK, key)));
            lastContentWrite.put(key, writeSequence.incrementAndGet());
        }
    }

    /** Deletes every document the query matches (whole blocks, or passages: the caller's query says). */
    public void deleteMatching(Query query) throws IOException {
        write(() -> writer().deleteDocuments(query));
    }

    /** The version of the index that searches see now: it changes whenever a refresh shows changes. */
    public long searchedVersion() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getVersion();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The sequence number of the latest content write: note it before reading documents to update later. */
    public long writeSequence() {
        return writeSequence.get();
    }

    /**
     * Replaces a patent's block unless its content was written after {@code readAt} (a
     * {@link #writeSequence()} taken before it was read): then the newer content stays, and nothing
     * is written.
     *
     * @return whether the block was written
     */
    public boolean writeBlockIfUnchanged(String key, long readAt, List<Document> block) throws IOException {
        synchronized (stripe(key)) {
            Long last = lastContentWrite.get(key);
            if (last != null && last > readAt) {
                return false;
            }
            write(() -> writer().updateDocuments(new Term(IndexFields.BLOCK, key), block));
            return true;
        }
    }

    /** Forgets the write numbers up to a sequence no reader still holds (keeps the map small). */
    public void forgetWritesUpTo(long sequence) {
        lastContentWrite.values().removeIf(seq -> seq <= sequence);
    }

    private Object stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }

    /** The value recorded with the last commit under that key, for read-only and writable indexes. */
    public String committedData(String key) throws IOException {
        if (writer != null) {
            return commitData(key);
        }
        return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(key);
    }

    /** The number of patents (not passages) visible to search. */
    public int patentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Finds a patent by publication number, with or without kind code.
     *
     * @return the document, or null when the index has none with that number
     * @throws IllegalArgumentException when the text is not a publication number
     */
    public PatentDocument get(String publicationNumber) throws IOException {
        PublicationNumber number = PublicationNumber.parse(publicationNumber);
        IndexSearcher searcher = searchers.acquire();
        try {
            int docId = find(searcher, number);
            if (docId < 0) {
                return null;
            }
            Document stored = searcher.storedFields().document(docId);
            return mapper.fromStored(stored);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The Lucene doc id of the patent with that number, or -1. An exact key wins over a kind-less match. */
    static int find(IndexSearcher searcher, PublicationNumber number) throws IOException {
        TopDocs exact = searcher.search(patentQuery(new TermQuery(new Term(IndexFields.ID, number.key()))), 1);
        if (exact.scoreDocs.length > 0) {
            return exact.scoreDocs[0].doc;
        }
        TopDocs loose = searcher.search(patentQuery(new TermQuery(new Term(IndexFields.NUMBER, number.withoutKind()))), 1);
        ScoreDoc[] hits = loose.scoreDocs;
        return hits.length > 0 ? hits[0].doc : -1;
    }

    private static Query patentQuery(Query q) {
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The stored content hash of the patent with that key in the given searcher's view, or null. */
    static String contentHash(IndexSearcher searcher, String key) throws IOException {
        TopDocs hit = searcher.search(new TermQuery(new Term(IndexFields.ID, key)), 1);
        if (hit.scoreDocs.length == 0) {
            return null;
        }
        Document stored = searcher.storedFields().document(hit.scoreDocs[0].doc, Set.of(IndexFields.CONTENT_HASH));
        return stored.get(IndexFields.CONTENT_HASH);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                write(writer::close); // commits on close: the disk may be full
            }
        } finally {
            directory.close();
        }
    }

    /**
     * What to tell the user about a failed write to this index or beside it (the vector cache shares
     * its disk): the full disk or the closed writer, with the path and the state of the index; null
     * when the failure says enough itself.
     */
    public IndexException explain(Throwable failure) {
        return WriteFailures.describe(this, directory, writer, failure);
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
            IndexException told = explain(e);
            if (told == null) {
                throw e;
            }
            told.addSuppressed(e);
            throw told;
        }
    }

    /** A problem with the index the user can act on; its message is meant for them. */
    public static class IndexException extends IOException {
        public IndexException(String message) {
            super(message);
        }
    }
}
