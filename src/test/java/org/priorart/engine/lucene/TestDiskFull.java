package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EngineReads;
import org.priorart.TestData;
import org.priorart.engine.DiskFullException;
import org.priorart.index.DocumentWriter;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.PatentDocument;

/**
 * Issue 11, item 10: the disk fills up during a rerun. Lucene closes its writer when a flush fails,
 * and every write after that said only "this IndexWriter is closed". The messages now say the disk
 * is full, name the index and say it is intact at its last commit; and it is, and a rerun completes it.
 */
class TestDiskFull {

    @TempDir
    Path tmp;

    @Test
    void aRerunOnAFullDiskSaysSoAndTheIndexIsIntactAtItsLastCommit() throws IOException {
        Path index = tmp.resolve("index");
        List<String> docs = TestData.lines(TestData.TEN_K, 300);
        IndexChecks.ingest(index, IngestProgress.NONE, Files.write(tmp.resolve("first.jsonl"), docs.subList(0, 200)));
        Path rerun = Files.write(tmp.resolve("rerun.jsonl"), docs);

        DiskFullDirectory[] disk = new DiskFullDirectory[1];
        try (LuceneEngine patents = LuceneEngine.openWritable(index, d -> disk[0] = new DiskFullDirectory(d))) {
            PatentDocument known = EngineReads.get(patents, "US6836996");
            disk[0].fillAfter(20_000);
            DiskFullException run = assertThrows(DiskFullException.class, () -> new Ingester(patents, Optional.empty(), 2,
                    IngestProgress.NONE).ingest(InputFiles.expand(List.of(rerun))));
            assertToldWhatHappened(run, index);

            // The writer is closed now: an API write after it says the same, not "this IndexWriter is closed".
            DiskFullException write = assertThrows(DiskFullException.class,
                    () -> new DocumentWriter(patents).upsert(known.toBuilder().title("Changed").build()));
            assertToldWhatHappened(write, index);
        }

        try (LuceneEngine reopened = LuceneEngine.openReadOnly(index)) {
            assertEquals(200, EngineReads.patentCount(reopened), "the last commit, intact");
        }
        IngestSummary completed = IndexChecks.ingest(index, IngestProgress.NONE, rerun);
        assertEquals(200, completed.unchanged());
        assertEquals(100, completed.indexed());
        assertEquals(300, IndexChecks.distinctIdsAndNoDoubles(index));
    }

    private static void assertToldWhatHappened(DiskFullException e, Path index) {
        String message = e.getMessage();
        assertTrue(message.startsWith("the disk is full: writing the index at " + index + " failed (No space left on device)"),
                message);
        assertTrue(message.contains("the index is intact at its last commit (200 patents)"), message);
        assertTrue(message.contains("run the command again"), message);
        assertEquals(index, e.index());
    }
}
