package org.priorart.engine.lucene;

import java.util.List;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;

/**
 * Gives every document of the index a norm in every analyzed text field, so Lucene stores the norms
 * of a segment densely (one value per document, read by direct access) instead of sparsely (an
 * index of which documents have one, walked for every scored hit). Without it a text field is
 * sparse wherever passage documents (which hold no text fields) or patents without a title or a
 * description share a segment, and a long free-text query spent about a sixth of its keyword time
 * finding norms (JFR, 100 pasted abstracts on the pap2pat index).
 *
 * <p>The value added is empty: no term, no position. A field with no tokens gets the norm 0 and adds
 * nothing to the field's statistics (document count, term frequencies), so BM25 scores and every
 * match are exactly what they were; only where the norms are kept changes.
 */
final class DenseNorms {

    /** The fields with norms: the text fields and the names (the other fields omit norms). */
    static final List<String> FIELDS = List.of(IndexFields.TITLE, IndexFields.ABSTRACT, IndexFields.CLAIMS,
            IndexFields.DESCRIPTION, IndexFields.APPLICANT, IndexFields.INVENTOR);

    private DenseNorms() {
    }

    /** Adds an empty value to each field with norms that the document has no value in. */
    static void fill(Document document) {
        for (String field : FIELDS) {
            if (document.getField(field) == null) {
                // Same index options as the field's real values (Lucene wants one schema per field); not stored.
                document.add(new Field(field, new EmptyTokenStream(), AnalyzedField.UNSTORED_WITH_OFFSETS));
            }
        }
    }
}
