package org.priorart.ingest;

import org.priorart.patent.PatentDocument;

/** Receives what a {@link DocumentReader} finds: each good document, and each one it had to skip. */
public interface IngestListener {

    void document(PatentDocument document, SourcePosition where);

    /** A document (or a part of the input) that could not be read; the reader goes on after it. */
    void skipped(SourcePosition where, String reason);

    /** A document was read, but part of it was not (e.g. an unknown field): it is indexed all the same. */
    default void warning(SourcePosition where, String message) {
    }
}
