package org.priorart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/**
 * The ranking-signal fixtures (src/test/resources/signals, its README says who cites what): made-up
 * patents whose codes, names, dates and citations the signal tests reason about.
 */
public final class SignalFixtures {

    public static final Path FILE = Path.of("src/test/resources/signals/patents.jsonl");

    private SignalFixtures() {
    }

    /** The fixtures ingested and embedded (default model) into a new index at {@code dir}; returns {@code dir}. */
    public static Path index(Path dir) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openWritable(dir)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(FILE)));
            EmbeddedIndex.embed(patents);
        }
        return dir;
    }
}
