package org.priorart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.embed.ModelException;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;

/**
 * A small real index with passage vectors, built and embedded once per test JVM with the default
 * model: 160 documents of the 10k abstracts (the first 60, which have no CPC codes, and 100 from
 * line 466 on, which have), the prior-art date documents
 * (src/test/resources/similar) and the CJK documents (src/test/resources/cjk).
 */
public final class EmbeddedIndex {

    private static Path path;
    private static VectorModels models;

    private EmbeddedIndex() {
    }

    public static synchronized Path path() {
        if (path == null) {
            try {
                Path dir = Files.createTempDirectory("priorart-embedded-index");
                List<String> lines = TestData.lines(TestData.TEN_K, 565);
                List<String> chosen = new java.util.ArrayList<>(lines.subList(0, 60));
                chosen.addAll(lines.subList(465, 565));
                Path tenK = Files.write(dir.resolve("ten-k.jsonl"), chosen);
                Path index = dir.resolve("index");
                try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
                    new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(
                            tenK, Path.of("src/test/resources/similar"), Path.of("src/test/resources/cjk/cjk-patents.jsonl"))));
                    embed(patents);
                }
                path = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /** The default models, shared (loading a model takes a second). */
    public static synchronized VectorModels models() throws ModelException {
        if (models == null) {
            models = new VectorModels(ModelManifest.load(Path.of("models")), null, 2);
        }
        return models;
    }

    /** Embeds every patent of a writable index not embedded yet, with the shared default models. */
    public static void embed(LuceneEngine patents) throws IOException {
        EmbeddingStage stage = new EmbeddingStage(patents, models(), EmbeddingProgress.NONE);
        stage.claimIndex(false);
        stage.run(new AtomicBoolean());
    }

    public static LuceneEngine open() {
        try {
            return LuceneEngine.openReadOnly(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
