package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;

/**
 * Kills an ingest process with SIGKILL midway (after some commits), then reruns the ingest: the
 * index must open, and end with every document exactly once.
 */
class TestCrashRecovery {

    @TempDir
    Path tmp;

    @Test
    void killedIngestResumesWithNothingLostOrDoubled() throws Exception {
        Path index = tmp.resolve("index");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.priorart.cli.PriorArtCli", "index", "--input", TestData.CORPUS.toString(),
                "--index", index.toString(), "--threads", "1", "--commit-every", "500"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int committedAtKill = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            committedAtKill = committedDocs(index);
            if (committedAtKill >= 1500) {
                break;
            }
            Thread.sleep(50);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed; see " + tmp.resolve("child.log"));
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        child.waitFor(30, TimeUnit.SECONDS);
        assertTrue(committedAtKill >= 1500 && committedAtKill < 10_200, "killed midway: " + committedAtKill);

        int afterCrash = IndexChecks.distinctIdsAndNoDoubles(index);
        assertTrue(afterCrash >= committedAtKill, "the last commit survives the crash");

        IngestSummary rerun = IndexChecks.ingest(index, IngestProgress.NONE, TestData.CORPUS);
        assertEquals(10_203, rerun.read());
        assertEquals(0, rerun.skipped());
        assertEquals(10_203, rerun.indexed() + rerun.unchanged(), rerun.toString());
        assertEquals(afterCrash, rerun.unchanged(), "what was committed is recognized, not rewritten");
        assertEquals(10_203, IndexChecks.distinctIdsAndNoDoubles(index));
    }

    private static int committedDocs(Path index) {
        try (var dir = FSDirectory.open(LuceneEngine.luceneDir(index))) {
            if (!DirectoryReader.indexExists(dir)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs();
            }
        } catch (IOException e) {
            return 0; // a commit in progress; look again
        }
    }
}
