package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.EngineReads;
import org.priorart.ingest.EntityBombs;
import org.priorart.patent.PatentDocument;

/**
 * Every USPTO sample era goes through the whole ingest path (detection, reader, index) and comes
 * back out of the index with its fields; a weekly-style bulk file (.gz, documents of several eras
 * concatenated, one truncated) and a .zip are read directly.
 */
class TestIngestUsptoFormats {

    private static final Path SAMPLES = Path.of("src/test/resources/uspto");

    @TempDir
    Path tmp;

    /**
     * Issue 11, item 8: entity-expansion files beside a good one in one run. Each is skipped with
     * its file and the reason, the good file after them is indexed, and the run allocates about
     * what it allocates without them (before the fix the nested one alone ran a 512 MB heap out of
     * memory, and the run ended there).
     */
    @Test
    void entityBombsAreSkippedWithBoundedMemoryAndTheGoodFileAfterThemIsIndexed() throws IOException {
        Path good = tmp.resolve("z-good.xml");
        Files.copy(EntityBombs.GRANT, good);
        Path alone = tmp.resolve("alone");
        Files.createDirectories(alone);
        Files.copy(EntityBombs.GRANT, alone.resolve("z-good.xml"));
        long baseline = allocatedBy(() -> TestIngester.ingestOnThisThread(tmp.resolve("baseline"), new RecordingProgress(), alone));

        Path inputs = tmp.resolve("inputs");
        Files.createDirectories(inputs);
        EntityBombs.write(inputs.resolve("a-nested.xml"), EntityBombs.nested());
        EntityBombs.write(inputs.resolve("b-hidden.xml"), EntityBombs.nestedThroughAParameterEntity());
        EntityBombs.write(inputs.resolve("c-wide.xml"), EntityBombs.wide());
        Files.copy(EntityBombs.GRANT, inputs.resolve("z-good.xml"));
        RecordingProgress progress = new RecordingProgress();
        IngestSummary[] summary = new IngestSummary[1];
        long allocated = allocatedBy(() -> summary[0] = TestIngester.ingestOnThisThread(tmp.resolve("index"), progress, inputs));

        System.out.printf("entity bombs: the run allocated %,d MB, the good file alone %,d MB%n", allocated >> 20, baseline >> 20);
        assertTrue(allocated - baseline < 128L << 20, "the bombs cost " + ((allocated - baseline) >> 20) + " MB more");
        assertEquals(1, summary[0].read(), progress.skipped.toString());
        assertEquals(3, summary[0].skipped(), progress.skipped.toString());
        String nested = progress.find("a-nested.xml");
        assertTrue(nested.contains("refused: the DTD defines the entity 'lol") && nested.contains("billion laughs"), nested);
        assertTrue(progress.find("b-hidden.xml").contains("'lol0'"), progress.skipped.toString());
        String wide = progress.find("c-wide.xml");
        assertTrue(wide.contains("refused, over a parser limit") && wide.contains("totalEntitySizeLimit"), wide);
        try (LuceneEngine patents = LuceneEngine.openReadOnly(tmp.resolve("index"))) {
            assertEquals(1, EngineReads.patentCount(patents));
            assertNotNull(EngineReads.get(patents, EntityBombs.GRANT_NUMBER));
        }
    }

    /** Bytes allocated by this thread while the work runs (the ingest must read and write on it). */
    private static long allocatedBy(IORunnable work) throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private interface IORunnable {
        void run() throws IOException;
    }

    @Test
    void everyEraIsIndexedAndReadBack() throws IOException {
        Path index = tmp.resolve("index");
        RecordingProgress progress = new RecordingProgress();
        IngestSummary s = TestIngester.ingest(index, progress, SAMPLES.resolve("greenbook"), SAMPLES.resolve("sgml"),
                SAMPLES.resolve("pap"), SAMPLES.resolve("xmlApp2004"), SAMPLES.resolve("xml2004"),
                SAMPLES.resolve("xml2006"), SAMPLES.resolve("xml2014"));
        assertEquals(17, s.read(), progress.skipped.toString());
        assertEquals(0, s.skipped(), progress.skipped.toString());
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            assertEquals(17, EngineReads.patentCount(patents));
            PatentDocument greenBook = EngineReads.get(patents, "US3937375");
            assertEquals("Bumper support for a boat loader", greenBook.title());
            assertEquals(java.time.LocalDate.of(1976, 2, 10), greenBook.publicationDate());
            assertTrue(greenBook.citations().size() >= 5);

            PatentDocument grant = EngineReads.get(patents, "US6859910B2");
            assertNotNull(grant.abstractText());
            assertTrue(grant.claims().size() > 1);
            assertTrue(grant.claims().stream().anyMatch(c -> !c.independent()));
            assertTrue(!grant.ipc().isEmpty());
            assertTrue(grant.citations().stream().anyMatch(c -> "examiner".equals(c.citedBy())));

            assertNotNull(EngineReads.get(patents, "US20050004437A1").title());
            assertNotNull(EngineReads.get(patents, "US20010000044").abstractText(), "found without its kind code");
            assertNotNull(EngineReads.get(patents, "US6336130").description());
            PatentDocument cpc = EngineReads.get(patents, "US8926509");
            assertTrue(!cpc.cpc().isEmpty(), "2014 grants carry CPC codes");
        }
    }

    @Test
    void bulkGzipWithATruncatedDocumentAndAZipAreReadDirectly() throws IOException {
        byte[] a = Files.readAllBytes(SAMPLES.resolve("xml2004/US06859910.xml"));
        byte[] b = Files.readAllBytes(SAMPLES.resolve("xml2014/US08930553.xml"));
        byte[] c = Files.readAllBytes(SAMPLES.resolve("xmlApp2004/US20050004437A1.xml"));
        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        bulk.write(a);
        bulk.write(b, 0, b.length / 2); // cut mid-document, as a broken download would
        bulk.write('\n');
        bulk.write(c);
        Path gz = tmp.resolve("ipg-weekly.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            bulk.writeTo(out);
        }
        Path zip = tmp.resolve("greenbook.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("US03932709.greenbook", "US04347903.greenbook")) {
                out.putNextEntry(new ZipEntry("pftaps/" + name));
                out.write(Files.readAllBytes(SAMPLES.resolve("greenbook").resolve(name)));
                out.closeEntry();
            }
        }
        RecordingProgress progress = new RecordingProgress();
        IngestSummary s = TestIngester.ingest(tmp.resolve("index"), progress, gz, zip);
        assertEquals(4, s.read(), progress.skipped.toString());
        assertEquals(1, s.skipped());
        String message = progress.find("ipg-weekly.xml.gz");
        assertTrue(message.contains("line "), message);
        assertTrue(message.contains("US8930553") || message.contains("US08930553"), message);
        try (LuceneEngine patents = LuceneEngine.openReadOnly(tmp.resolve("index"))) {
            assertNotNull(EngineReads.get(patents, "US6859910"));
            assertNotNull(EngineReads.get(patents, "US20050004437"), "the document after the truncated one is kept");
            assertNotNull(EngineReads.get(patents, "US3932709"));
            assertNotNull(EngineReads.get(patents, "US4347903"));
        }
    }
}
