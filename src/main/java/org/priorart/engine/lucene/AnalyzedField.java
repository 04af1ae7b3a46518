package org.priorart.engine.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A text field analyzed by an analyzer of its own rather than the writer's: this is how one field
 * holds documents of several languages, each analyzed by its language's chain. It is stored, and
 * indexes offsets so the highlighter reads match positions from the postings without re-analysis.
 */
final class AnalyzedField extends Field {

    static final FieldType STORED_WITH_OFFSETS = textType(true);
    static final FieldType UNSTORED_WITH_OFFSETS = textType(false);

    private final Analyzer analyzer;

    AnalyzedField(String name, String value, Analyzer analyzer, FieldType type) {
        super(name, value, type);
        this.analyzer = analyzer;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return analyzer.tokenStream(name(), stringValue());
    }
}
