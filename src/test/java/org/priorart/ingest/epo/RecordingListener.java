package org.priorart.ingest.epo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/** Keeps what the EPO reader reports: documents, bibliographic records, skips and warnings. */
final class RecordingListener implements IngestListener {

    final List<PatentDocument> documents = new ArrayList<>();
    final List<PatentDocument> records = new ArrayList<>();
    final List<String> skips = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    static RecordingListener read(Path file) throws IOException {
        RecordingListener l = new RecordingListener();
        try (InputStream in = Files.newInputStream(file)) {
            new EpoXmlReader().read(in, file.toString(), l);
        }
        return l;
    }

    @Override
    public void document(PatentDocument document, SourcePosition where) {
        documents.add(document);
    }

    @Override
    public void bibliographic(PatentDocument record, SourcePosition where) {
        records.add(record);
    }

    @Override
    public void skipped(SourcePosition where, String reason) {
        skips.add(where + ": " + reason);
    }

    @Override
    public void warning(SourcePosition where, String message) {
        warnings.add(where + ": " + message);
    }
}
