package org.priorart.engine.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.priorart.engine.VectorCache;

/**
 * The {@link VectorCache} of the embedded engine: a small Lucene index of its own (key and vector
 * bytes), so it is crash-safe like the main index and lives beside it in the index directory.
 */
public final class LuceneVectorCache implements VectorCache, Closeable {

    private static final String KEY = "key";
    private static final String VECTOR = "vector";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneVectorCache(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (creating when absent) the cache in {@code indexDir/vector-cache}. */
    static LuceneVectorCache open(Path indexDir) throws IOException {
        Path dir = indexDir.resolve("vector-cache");
        Files.createDirectories(dir);
        FSDirectory fs = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneVectorCache(fs, new IndexWriter(fs, config));
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /**
     * Copies every vector of the cache of the embedded index in {@code indexDir} into another cache (a
     * cluster's, when an embedded index moves to a cluster: its patents are then embedded from the
     * cache, not by the model). Reads the cache as it was last committed and writes nothing beside it,
     * so an index another process has open may be read.
     *
     * @return how many vectors were copied
     * @throws java.io.FileNotFoundException when {@code indexDir} has no vector cache
     */
    public static long copyAll(Path indexDir, VectorCache into) throws IOException {
        Path dir = indexDir.resolve("vector-cache");
        if (!Files.isDirectory(dir)) {
            throw new java.io.FileNotFoundException("no vector cache at " + dir + " (give the directory of an embedded "
                    + "index, the one that holds lucene/ and vector-cache/)");
        }
        long n = 0;
        try (FSDirectory fs = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(fs)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(fs)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    n += copyLeaf(leaf.reader(), into);
                }
            }
        }
        into.commit();
        return n;
    }

    /** The key of a vector is indexed, not stored: each key's live document gives the vector. */
    private static long copyLeaf(LeafReader leaf, VectorCache into) throws IOException {
        Terms terms = leaf.terms(KEY);
        if (terms == null) {
            return 0;
        }
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        TermsEnum keys = terms.iterator();
        PostingsEnum docs = null;
        long n = 0;
        for (BytesRef key = keys.next(); key != null; key = keys.next()) {
            docs = keys.postings(docs, PostingsEnum.NONE);
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (live == null || live.get(d)) {
                    into.put(key.utf8ToString(), decode(stored.document(d, Set.of(VECTOR)).getBinaryValue(VECTOR)));
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public Map<String, float[]> getAll(Set<String> keys) throws IOException {
        Map<String, float[]> found = new HashMap<>();
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (String key : keys) {
                TopDocs hit = searcher.search(new TermQuery(new Term(KEY, key)), 1);
                if (hit.scoreDocs.length > 0) {
                    Document d = searcher.storedFields().document(hit.scoreDocs[0].doc, Set.of(VECTOR));
                    found.put(key, decode(d.getBinaryValue(VECTOR)));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return found;
    }

    @Override
    public void put(String key, float[] vector) throws IOException {
        Document d = new Document();
        d.add(new StringField(KEY, key, Field.Store.NO));
        d.add(new StoredField(VECTOR, encode(vector)));
        writer.updateDocument(new Term(KEY, key), d);
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    private static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static float[] decode(BytesRef bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
