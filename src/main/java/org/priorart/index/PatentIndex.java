package org.priorart.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.PatentAnalyzer;
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
    private final DocumentMapper mapper = new DocumentMapper();

    private PatentIndex(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens (creating when absent) an index for writing. Only one process can write an index.
     *
     * @throws IndexException with a message for the user when the index is locked or incompatible
     */
    public static PatentIndex openWritable(Path path) throws IOException {
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        try {
            checkSchema(path, dir);
            IndexWriterConfig config = new IndexWriterConfig(new PatentAnalyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX));
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
        if (!Files.isDirectory(path)) {
            throw new IndexException("no index at " + path + " (build one with './priorart index --input ...' "
                    + "or start './priorart serve', which indexes the demo corpus)");
        }
        Directory dir = FSDirectory.open(path);
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
        searchers.maybeRefreshBlocking();
    }

    /** Commits the writer's changes durably (what survives a crash). */
    public void commit() throws IOException {
        writer().commit();
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
        writer().commit();
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
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    /** A problem with the index the user can act on; its message is meant for them. */
    public static final class IndexException extends IOException {
        public IndexException(String message) {
            super(message);
        }
    }
}
