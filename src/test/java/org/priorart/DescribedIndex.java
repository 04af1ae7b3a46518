package org.priorart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;

/**
 * Issue 11, item 9, as it was found: a description typed as the examiner query, over five
 * documents one of which says it in other words. The paraphrase is written for the test
 * (src/test/resources/described); the other four are real abstracts of the demo corpus (a fishing
 * hook, a solid electrolytic capacitor, a livestock gate, a semiconductor cleaning method). Built
 * and embedded once per test JVM with the default models.
 */
public final class DescribedIndex {

    /** The query of the report, as typed. */
    public static final String QUERY = "power storage unit having a Si negative pole and a non-fluid ionic conductor";
    /** The document that says it in other words (a rechargeable lithium battery, silicon anode, solid electrolyte). */
    public static final String PARAPHRASE = "US9100001B2";
    private static final Set<String> OTHERS = Set.of("US06836996", "US08279583", "US06837190", "US06837963");

    private static Path path;

    private DescribedIndex() {
    }

    public static synchronized Path path() {
        if (path == null) {
            try {
                Path dir = Files.createTempDirectory("priorart-described-index");
                List<String> others = TestData.lines(TestData.TEN_K, 10_000).stream()
                        .filter(line -> OTHERS.stream().anyMatch(id -> line.contains("\"" + id + "-")))
                        .toList();
                if (others.size() != OTHERS.size()) {
                    throw new IllegalStateException("the demo corpus lacks some of " + OTHERS + ": found " + others.size());
                }
                Path corpus = Files.write(dir.resolve("others.jsonl"), others);
                Path index = dir.resolve("index");
                try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
                    new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(
                            corpus, Path.of("src/test/resources/described/solid-state-cell.jsonl"))));
                    EmbeddingStage stage = new EmbeddingStage(patents, EmbeddedIndex.models(), EmbeddingProgress.NONE);
                    stage.claimIndex(false);
                    stage.run(new AtomicBoolean());
                }
                path = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    public static LuceneEngine open() {
        try {
            return LuceneEngine.openReadOnly(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
