package org.priorart.engine.lucene;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104ScalarQuantizedVectorsFormat.ScalarEncoding;

/**
 * Lucene's default codec with passage vectors in an int8 scalar-quantized HNSW graph: a quarter of
 * the memory of float vectors for the graph search, with the floats kept on disk for rescoring.
 * The per-field format is recorded by name in each segment, so readers need no custom codec.
 */
final class PatentCodec extends Lucene104Codec {

    /** HNSW graph degree and build beam: Lucene's defaults, measured adequate (README, recall@10). */
    static final int MAX_CONNECTIONS = 16;
    static final int BEAM_WIDTH = 100;

    private final KnnVectorsFormat vectors =
            new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, MAX_CONNECTIONS, BEAM_WIDTH);

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
