package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only engine keeps the values of the last commit it read (every semantic search asks for the
 * vector ids, issue 15), and reads them again when the writing process has committed newer ones.
 */
class TestReadOnlyCommitData {

    @TempDir
    Path tmp;

    @Test
    void aReadOnlyEngineSeesTheValuesOfEachNewerCommit() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneEngine writer = LuceneEngine.openWritable(dir)) {
            writer.recordVectorIds(List.of("model-a/384/1"));
            try (LuceneEngine reader = LuceneEngine.openReadOnly(dir)) {
                assertEquals(List.of("model-a/384/1"), reader.vectorIds());
                assertEquals(List.of("model-a/384/1"), reader.vectorIds(), "read again: the same values");

                writer.recordVectorIds(List.of("model-a/384/1", "model-b/512/2"));
                assertEquals(List.of("model-a/384/1", "model-b/512/2"), reader.vectorIds(), "a newer commit is read");
                writer.record("demo", "done");
                assertEquals("done", reader.recorded("demo"));
                assertEquals(List.of("model-a/384/1", "model-b/512/2"), reader.vectorIds());
            }
        }
    }
}
