package org.priorart.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seam holds: Lucene is the embedded engine's business (and the analyzers', which the cluster's
 * analysis plugin shares), so no other main source file imports it. A benchmark or a feature that
 * needs the index reads it through the seam or through engine.lucene.bench.
 */
class TestEngineSeam {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "priorart");

    @Test
    void onlyTheEmbeddedEngineAndTheAnalyzersImportLucene() throws IOException {
        List<String> outside;
        try (Stream<Path> files = Files.walk(MAIN)) {
            outside = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("engine").resolve("lucene")) && !f.startsWith(MAIN.resolve("analysis")))
                    .filter(TestEngineSeam::importsLucene)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), outside, "files outside engine.lucene and analysis that import org.apache.lucene");
    }

    @Test
    void theRuleSeesTheEngineItself() throws IOException {
        assertTrue(importsLucene(MAIN.resolve("engine").resolve("lucene").resolve("LuceneEngine.java")),
                "the scan must recognise a Lucene import where there is one");
    }

    private static boolean importsLucene(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.anyMatch(l -> l.startsWith("import org.apache.lucene.") || l.startsWith("import static org.apache.lucene."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
