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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.priorart.engine.VectorCache;

/**
 * The {@link VectorCache} of the embedded engine: a small Lucene index of its own (key and vector
 * bytes), so it is crash-safe like the main index and lives beside it in the index directory.
 */
final class LuceneVectorCache implements VectorCache, Closeable {

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
