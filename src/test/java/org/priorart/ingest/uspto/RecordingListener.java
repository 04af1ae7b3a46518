package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/** Keeps what a reader reports, in order, for the tests to look at. */
final class RecordingListener implements IngestListener {

    record Read(PatentDocument document, SourcePosition where) {
    }

    record Skip(SourcePosition where, String reason) {
    }

    final List<Read> documents = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    /** Documents and skips in the order they were reported (a PatentDocument or a Skip). */
    final List<Object> events = new ArrayList<>();

    @Override
    public void document(PatentDocument document, SourcePosition where) {
        documents.add(new Read(document, where));
        events.add(document);
    }

    @Override
    public void skipped(SourcePosition where, String reason) {
        Skip skip = new Skip(where, reason);
        skips.add(skip);
        events.add(skip);
    }

    List<String> numbers() {
        return documents.stream().map(r -> r.document().number().toString()).toList();
    }
}
