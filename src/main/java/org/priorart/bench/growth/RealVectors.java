package org.priorart.bench.growth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelSpec;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.lucene.bench.IndexExport;
import org.priorart.error.UserInputException;

/**
 * Real passage vectors, the seeds of the generated ones: read from an embedded index (a copy of it,
 * so the index itself is never opened by this process), or made by the product's embedder from real
 * texts.
 *
 * @param vectors  unit vectors of one model
 * @param source   where they came from, for the report
 * @param perPatent passages per patent in the source index (0 when embedded here)
 */
public record RealVectors(List<float[]> vectors, String source, double perPatent) {

    /**
     * Up to {@code max} vectors of the model, spread evenly over a copy of the index's passages.
     *
     * @param work where the copy goes (deleted afterwards)
     */
    public static RealVectors fromIndex(Path indexDir, ModelSpec model, int max, Path work) throws IOException {
        Path lucene = LuceneEngine.luceneDir(indexDir);
        if (!Files.isDirectory(lucene)) {
            throw new UserInputException("--index " + indexDir + ": no embedded index there (no " + lucene + ")");
        }
        Path copy = Files.createTempDirectory(work, "growth-real-");
        try {
            Path copied = LuceneEngine.luceneDir(copy);
            Files.createDirectories(copied);
            try (Stream<Path> files = Files.list(lucene)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        Files.copy(f, copied.resolve(f.getFileName()));
                    }
                }
            }
            try (IndexExport export = IndexExport.open(copy)) {
                long total = export.passageCount(model.name());
                if (total == 0) {
                    throw new UserInputException("--index " + indexDir + ": no vectors of model " + model.name()
                            + " (embed it first, or leave --index out to embed real passages here)");
                }
                List<float[]> out = export.sampleVectors(model.name(), max);
                int patents = export.patentCount();
                return new RealVectors(List.copyOf(out), String.format("%,d of the %,d passage vectors of %s (%,d patents)",
                        out.size(), total, indexDir, patents), patents == 0 ? 0 : (double) total / patents);
            }
        } finally {
            GrowingIndex.deleteTree(copy);
        }
    }

    /** The vectors of real passages, embedded here by the product's embedder. */
    public static RealVectors embed(Embedder embedder, List<String> passages, String source) {
        return new RealVectors(List.copyOf(embedder.embedPassages(passages)),
                String.format("%,d real passages (%s) embedded with %s", passages.size(), source, embedder.model().name()), 0);
    }
}
