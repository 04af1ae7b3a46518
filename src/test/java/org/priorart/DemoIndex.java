package org.priorart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;

/**
 * The demo corpus (data/corpus) indexed once per test JVM, into a temporary directory: tests that
 * search real data share it instead of indexing 10,200 documents each.
 */
public final class DemoIndex {

    private static Path path;

    private DemoIndex() {
    }

    public static synchronized Path path() {
        if (path == null) {
            try {
                Path dir = Files.createTempDirectory("priorart-demo-index");
                try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
                    new Ingester(index, Optional.empty(), 2, IngestProgress.NONE)
                            .ingest(InputFiles.expand(List.of(TestData.CORPUS)));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                path = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /** Opens the demo index read-only; close it after use. */
    public static LuceneEngine open() {
        try {
            return LuceneEngine.openReadOnly(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; the OS cleans up
        }
    }
}
