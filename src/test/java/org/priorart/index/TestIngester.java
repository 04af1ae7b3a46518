package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.EngineReads;
import org.priorart.engine.lucene.IndexChecks;
import org.priorart.TestData;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.PatentDocument;

class TestIngester {

    @TempDir
    Path tmp;

    static IngestSummary ingest(Path index, IngestProgress progress, Path... inputs) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            return new Ingester(patents, Optional.empty(), 2, progress).ingest(InputFiles.expand(List.of(inputs)));
        }
    }

    /** An ingest that reads and writes on the calling thread (no workers). */
    static IngestSummary ingestOnThisThread(Path index, IngestProgress progress, Path... inputs) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            return new Ingester(patents, Optional.empty(), 0, progress).ingest(InputFiles.expand(List.of(inputs)));
        }
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reIngestNeverDoublesAndReplacesChangedDocuments() throws IOException {
        List<String> lines = TestData.lines(TestData.TEN_K, 300);
        Path input = write(tmp.resolve("a.jsonl"), lines);
        Path index = tmp.resolve("index");

        IngestSummary first = ingest(index, IngestProgress.NONE, input);
        assertEquals(300, first.read());
        assertEquals(300, first.indexed());

        IngestSummary again = ingest(index, IngestProgress.NONE, input);
        assertEquals(300, again.unchanged());
        assertEquals(0, again.indexed());

        List<String> changed = new ArrayList<>(lines);
        changed.set(7, changed.get(7).replace("\"abstract\": \"", "\"abstract\": \"CHANGED "));
        IngestSummary third = ingest(index, IngestProgress.NONE, write(tmp.resolve("b.jsonl"), changed));
        assertEquals(1, third.replaced());
        assertEquals(299, third.unchanged());

        assertEquals(300, IndexChecks.distinctIdsAndNoDoubles(index));
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            PatentDocument seventh = EngineReads.get(patents, new org.priorart.ingest.JsonDocumentMapper().fromJson(lines.get(7)).number().toString());
            assertTrue(seventh.abstractText().startsWith("CHANGED "));
        } catch (org.priorart.ingest.JsonDocumentMapper.BadDocumentException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDocumentTwiceInOneRunIsIndexedOnce() throws IOException {
        List<String> lines = TestData.lines(TestData.TEN_K, 20);
        List<String> doubled = new ArrayList<>(lines);
        doubled.addAll(lines);
        IngestSummary s = ingest(tmp.resolve("index"), IngestProgress.NONE, write(tmp.resolve("d.jsonl"), doubled));
        assertEquals(40, s.read());
        assertEquals(20, IndexChecks.distinctIdsAndNoDoubles(tmp.resolve("index")));
    }

    @Test
    void malformedInputIsReportedAndGoodDocumentsAroundItAreKept() throws IOException {
        List<String> good = TestData.lines(TestData.TEN_K, 6);
        Path jsonl = write(tmp.resolve("mixed.jsonl"), List.of(good.get(0), "{\"patent_id\": \"US1\", \"abstract\": ",
                good.get(1), "{\"title\": \"no number\"}", good.get(2)));
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        Path unknown = Files.writeString(tmp.resolve("letter.txt"), "Dear examiner,\nplease find attached...\n");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path binary = Files.write(tmp.resolve("garbage.bin"), noise);
        // A gzip file cut in half: the documents before the cut are kept.
        Path truncated = tmp.resolve("cut.jsonl.gz");
        byte[] gz = gzip(String.join("\n", TestData.lines(TestData.TEN_K, 3000).subList(100, 3000)));
        Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
        Path after = write(tmp.resolve("z-after.jsonl"), List.of(good.get(3), good.get(4), good.get(5)));

        RecordingProgress progress = new RecordingProgress();
        IngestSummary s = ingest(tmp.resolve("index"), progress, jsonl, empty, unknown, binary, truncated, after);

        assertTrue(progress.find("mixed.jsonl, line 2").contains("invalid JSON"));
        assertTrue(progress.find("mixed.jsonl, line 4").contains("no publication number"));
        assertTrue(progress.find("empty.jsonl").contains("the file is empty"));
        assertTrue(progress.find("letter.txt").contains("unknown format"));
        assertTrue(progress.find("garbage.bin").contains("binary data"));
        String cut = progress.find("cut.jsonl.gz");
        assertTrue(cut.contains("read error after"), cut);
        assertEquals(6, progress.skipped.size(), progress.skipped.toString());

        long fromCut = s.read() - 6;
        assertTrue(fromCut > 500 && fromCut < 3000, "documents before the cut are read: " + fromCut);
        assertEquals(s.read(), IndexChecks.distinctIdsAndNoDoubles(tmp.resolve("index")));
        try (LuceneEngine patents = LuceneEngine.openReadOnly(tmp.resolve("index"))) {
            for (String line : good) {
                String id = line.substring(line.indexOf("US"), line.indexOf("-"));
                assertNotNull(EngineReads.get(patents, id), id + " is indexed");
            }
        }
    }

    @Test
    void nothingReadIsTheOnlyFailure() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        assertTrue(ingest(tmp.resolve("index"), new RecordingProgress(), empty).nothingRead());
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
