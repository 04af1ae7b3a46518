package org.priorart.ingest;

import org.priorart.patent.PatentDocument;

/** Receives what a {@link DocumentReader} finds: each good document, and each one it had to skip. */
public interface IngestListener {

    void document(PatentDocument document, SourcePosition where);

    /** A document (or a part of the input) that could not be read; the reader goes on after it. */
    void skipped(SourcePosition where, String reason);

    /**
     * A bibliographic record (DOCDB) of a publication: it is merged into the document of the same
     * publication when one is indexed, instead of replacing it (see
     * {@link org.priorart.patent.BibliographicMerge}). A listener that does not merge takes it as a document.
     */
    default void bibliographic(PatentDocument record, SourcePosition where) {
        document(record, where);
    }

    /** A document was read, but part of it was not (e.g. an unknown field): it is indexed all the same. */
    default void warning(SourcePosition where, String message) {
    }
}
