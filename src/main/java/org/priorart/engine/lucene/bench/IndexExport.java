package org.priorart.engine.lucene.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.priorart.engine.lucene.IndexFields;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * The embedded engine's index as benchmarks read it beside the search path: its segments (each costs
 * every query its term lookups) and its patents with their texts and the very passage vectors the
 * embedding stage stored, so another engine can be loaded with the same corpus ({@code bench latency
 * --opensearch}). Reads the last commit of an index directory, one point in time, read-only.
 */
public final class IndexExport implements Closeable {

    private static final Set<String> PATENT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.ABSTRACT,
            IndexFields.CLAIMS, IndexFields.DESCRIPTION);
    private static final Set<String> PASSAGE_FIELDS = Set.of(IndexFields.PASSAGE_LOCATION, IndexFields.PASSAGE_TEXT);

    /** One passage of a patent: its vector, where it is and its text. */
    public record Passage(float[] vector, String location, String text) {
    }

    /** One patent as exported: its key, texts and passages with vectors of one model. */
    public record Patent(String id, String title, String abstractText, List<String> claims, List<String> description,
                         List<Passage> passages) {
    }

    /** Receives the exported patents one by one. */
    @FunctionalInterface
    public interface Sink {
        void accept(Patent patent) throws IOException;
    }

    private final Path indexDir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final BitSetProducer patentBits =
            new QueryBitSetProducer(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)));

    private IndexExport(Path indexDir, Directory directory, DirectoryReader reader) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.reader = reader;
    }

    /** Opens the last commit of the index in an index directory. */
    public static IndexExport open(Path indexDir) throws IOException {
        Directory dir = FSDirectory.open(LuceneEngine.luceneDir(indexDir));
        try {
            return new IndexExport(indexDir, dir, DirectoryReader.open(dir));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** The field that holds the passage vectors of a model. */
    public static String vectorField(String modelName) {
        return IndexFields.vectorField(modelName);
    }

    /** The segments as searches see them. */
    public int segments() {
        return reader.leaves().size();
    }

    /** The number of patents (not passages). */
    public int patentCount() throws IOException {
        return new IndexSearcher(reader).count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)));
    }

    /** The number of passages with vectors of a model. */
    public long passageCount(String modelName) throws IOException {
        long passages = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField(modelName));
            Bits live = leaf.reader().getLiveDocs();
            if (values != null) {
                KnnVectorValues.DocIndexIterator it = values.iterator();
                for (int d = it.nextDoc(); d != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live == null || live.get(d)) {
                        passages++;
                    }
                }
            }
        }
        return passages;
    }

    /**
     * The dimension of a model's vectors.
     *
     * @throws IOException when the index holds none
     */
    public int dimension(String modelName) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField(modelName));
            if (values != null) {
                return values.dimension();
            }
        }
        throw new IOException("the PriorArt index " + indexDir + " holds no vectors of " + modelName
                + ": run './priorart embed' first");
    }

    /**
     * Up to {@code max} of a model's passage vectors (live passages only), spread evenly over the
     * index: every {@code passageCount / max}-th in index order.
     */
    public List<float[]> sampleVectors(String modelName, int max) throws IOException {
        long stride = Math.max(1, passageCount(modelName) / Math.max(1, max));
        List<float[]> out = new ArrayList<>();
        long seen = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField(modelName));
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int d = it.nextDoc(); d != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS && out.size() < max; d = it.nextDoc()) {
                if ((live == null || live.get(d)) && seen++ % stride == 0) {
                    out.add(values.vectorValue(it.index()).clone());
                }
            }
        }
        return out;
    }

    /** Hands every patent, with its passages of the model (in block order), to the sink. */
    public void forEach(String modelName, Sink sink) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            BitSet parents = patentBits.getBitSet(leaf);
            if (parents == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            Map<Integer, List<Passage>> byParent = passages(leaf, vectorField(modelName), parents, live, stored);
            for (int doc = parents.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                 doc = doc + 1 < parents.length() ? parents.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document p = stored.document(doc, PATENT_FIELDS);
                sink.accept(new Patent(p.get(IndexFields.ID), p.get(IndexFields.TITLE), p.get(IndexFields.ABSTRACT),
                        values(p, IndexFields.CLAIMS), values(p, IndexFields.DESCRIPTION),
                        byParent.getOrDefault(doc, List.of())));
            }
        }
    }

    private static List<String> values(Document doc, String field) {
        List<String> values = new ArrayList<>();
        for (IndexableField f : doc.getFields(field)) {
            values.add(f.stringValue());
        }
        return values;
    }

    /** The passages of a segment with their vectors, by parent (patent) doc id, in block order. */
    private static Map<Integer, List<Passage>> passages(LeafReaderContext leaf, String vectorField, BitSet parents, Bits live,
                                                        StoredFields stored) throws IOException {
        Map<Integer, List<Passage>> byParent = new HashMap<>();
        FloatVectorValues values = leaf.reader().getFloatVectorValues(vectorField);
        if (values == null) {
            return byParent;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        for (int d = it.nextDoc(); d != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            if (live != null && !live.get(d)) {
                continue;
            }
            Document p = stored.document(d, PASSAGE_FIELDS);
            byParent.computeIfAbsent(parents.nextSetBit(d), k -> new ArrayList<>())
                    .add(new Passage(values.vectorValue(it.index()).clone(), p.get(IndexFields.PASSAGE_LOCATION),
                            p.get(IndexFields.PASSAGE_TEXT)));
        }
        return byParent;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
