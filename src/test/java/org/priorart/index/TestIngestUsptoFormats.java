package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void everyEraIsIndexedAndReadBack() throws IOException {
        Path index = tmp.resolve("index");
        RecordingProgress progress = new RecordingProgress();
        IngestSummary s = TestIngester.ingest(index, progress, SAMPLES.resolve("greenbook"), SAMPLES.resolve("sgml"),
                SAMPLES.resolve("pap"), SAMPLES.resolve("xmlApp2004"), SAMPLES.resolve("xml2004"),
                SAMPLES.resolve("xml2006"), SAMPLES.resolve("xml2014"));
        assertEquals(17, s.read(), progress.skipped.toString());
        assertEquals(0, s.skipped(), progress.skipped.toString());
        try (PatentIndex patents = PatentIndex.openReadOnly(index)) {
            assertEquals(17, patents.patentCount());
            PatentDocument greenBook = patents.get("US3937375");
            assertEquals("Bumper support for a boat loader", greenBook.title());
            assertEquals(java.time.LocalDate.of(1976, 2, 10), greenBook.publicationDate());
            assertTrue(greenBook.citations().size() >= 5);

            PatentDocument grant = patents.get("US6859910B2");
            assertNotNull(grant.abstractText());
            assertTrue(grant.claims().size() > 1);
            assertTrue(grant.claims().stream().anyMatch(c -> !c.independent()));
            assertTrue(!grant.ipc().isEmpty());
            assertTrue(grant.citations().stream().anyMatch(c -> "examiner".equals(c.citedBy())));

            assertNotNull(patents.get("US20050004437A1").title());
            assertNotNull(patents.get("US20010000044").abstractText(), "found without its kind code");
            assertNotNull(patents.get("US6336130").description());
            PatentDocument cpc = patents.get("US8926509");
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
        try (PatentIndex patents = PatentIndex.openReadOnly(tmp.resolve("index"))) {
            assertNotNull(patents.get("US6859910"));
            assertNotNull(patents.get("US20050004437"), "the document after the truncated one is kept");
            assertNotNull(patents.get("US3932709"));
            assertNotNull(patents.get("US4347903"));
        }
    }
}
