package org.priorart.engine.lucene.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * The bytes of an embedded index's vectors as Lucene's vector readers account them, per segment and
 * file kind: {@code vec} (the float vectors), {@code veq} (the int8 codes and their corrections),
 * {@code vex} (the HNSW graph). Read on a reader of its own, after the writer closed.
 *
 * @param disk     all three kinds
 * @param ram      codes and graph: what a graph search keeps in memory (the page cache)
 * @param segments segments holding vectors
 * @param vectors  the vectors they hold
 */
public record VectorFiles(long disk, long ram, int segments, long vectors) {

    /** The vector files of a model's field in an index directory (its last commit). */
    public static VectorFiles of(Path indexDir, String field) throws IOException {
        long disk = 0;
        long ram = 0;
        int segments = 0;
        long count = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(LuceneEngine.luceneDir(indexDir)))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info == null || !(leaf.reader() instanceof CodecReader codec)) {
                    continue;
                }
                KnnVectorsReader vectors = codec.getVectorReader();
                Map<String, Long> sizes = vectors.getOffHeapByteSize(info);
                segments++;
                count += vectors.getFloatVectorValues(field).size();
                for (Map.Entry<String, Long> e : sizes.entrySet()) {
                    disk += e.getValue();
                    if (!e.getKey().equals("vec")) {
                        ram += e.getValue();
                    }
                }
            }
        }
        return new VectorFiles(disk, ram, segments, count);
    }
}
