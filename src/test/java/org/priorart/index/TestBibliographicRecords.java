package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.EngineReads;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;

/**
 * A DOCDB record merges into the indexed full text of the same publication instead of replacing
 * it, and its family id reaches the other publications of the number; in one run or in two, in
 * either order.
 */
class TestBibliographicRecords {

    private static final Path FULL_TEXT = Path.of("src/test/resources/epo/ep-publication-server/grant/v1-5-1-B1.xml");
    private static final Path RECORD = Path.of("src/test/resources/epo/merge/EP3383757B1-docdb.xml");
    private static final Path A1 = Path.of("src/test/resources/epo/merge/EP3383757A1.jsonl");

    @TempDir
    Path tmp;

    private void ingest(Path index, Path... inputs) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(inputs)));
        }
    }

    private static void assertMerged(Path index) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            PatentDocument b1 = EngineReads.get(patents, "EP3383757B1");
            assertEquals(8, b1.claims().size(), "the full text's claims stay");
            assertEquals(19, b1.description().size(), "and its description");
            assertEquals("SCREW-TYPE CLOSURE SYSTEMS WITH MAGNETIC FEATURE", b1.title());
            assertEquals("58387343", b1.familyId(), "the record's family id");
            assertTrue(b1.cpc().contains("B65D2251/0015"), "the record's CPC is added: " + b1.cpc());
            Citation wo = b1.citations().stream().filter(c -> c.isPatent() && c.number().withoutKind().equals("WO2014114885"))
                    .findFirst().orElseThrow();
            assertEquals("X", wo.category(), "a reference both cite gets the record's category");
            assertEquals("1-8", wo.relevantClaims());
            assertEquals(1, b1.citations().stream().filter(c -> c.isPatent() && c.number().withoutKind().equals("WO2014114885")).count(),
                    "and is kept once");
            assertTrue(b1.citations().stream().anyMatch(c -> c.isPatent() && c.number().toString().equals("US20090065468A1")
                    && "A".equals(c.category())), "the record's other references are added");
            assertTrue(b1.abstractText().startsWith("A screw-type closure system in which magnets"),
                    "the full text had no abstract: the record's fills the gap");
            assertEquals(2, EngineReads.patentCount(patents), "the B1 merged, never doubled, and the A1");
            assertEquals("58387343", EngineReads.get(patents, "EP3383757A1").familyId(), "the family id reaches the A1 of the same number");
        }
    }

    @Test
    void aRecordMergesIntoTheFullTextIndexedBefore() throws IOException {
        Path index = tmp.resolve("two-runs");
        ingest(index, FULL_TEXT, A1);
        ingest(index, RECORD);
        assertMerged(index);
        ingest(index, RECORD);
        assertMerged(index); // idempotent
    }

    @Test
    void aRecordMergesIntoTheFullTextReadInTheSameRun() throws IOException {
        Path index = tmp.resolve("one-run");
        ingest(index, FULL_TEXT, A1, RECORD);
        assertMerged(index);
    }

    @Test
    void aFullTextIndexedAfterItsRecordKeepsTheFamily() throws IOException {
        Path index = tmp.resolve("record-first");
        ingest(index, RECORD);
        ingest(index, FULL_TEXT, A1);
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            assertEquals("58387343", EngineReads.get(patents, "EP3383757B1").familyId());
            assertEquals(8, EngineReads.get(patents, "EP3383757B1").claims().size());
            assertEquals("58387343", EngineReads.get(patents, "EP3383757A1").familyId(), "a later member takes its sibling's family");
        }
    }
}
