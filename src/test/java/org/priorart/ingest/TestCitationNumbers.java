package org.priorart.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;

/**
 * A cited reference whose number PriorArt cannot read is kept as text with a warning, never a reason
 * to skip the citing document; only a document without a usable publication number of its own is
 * skipped. (Indexing a real export of 2,244 patents skipped 108 of them for references such as
 * JPH10123456, USR15866, PCT/US01/12345 and TWM123456, and for reissues numbered USR42592.)
 */
class TestCitationNumbers {

    private static final Path FILE = Path.of("src/test/resources/ingest/citation-numbers.jsonl");

    private record Read(List<PatentDocument> documents, List<String> warnings, List<String> skips) {
    }

    private static Read read() throws IOException {
        Read r = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (InputStream in = Files.newInputStream(FILE)) {
            new JsonlReader().read(in, FILE.toString(), new IngestListener() {
                @Override
                public void document(PatentDocument document, SourcePosition where) {
                    r.documents().add(document);
                }

                @Override
                public void skipped(SourcePosition where, String reason) {
                    r.skips().add(where + ": " + reason);
                }

                @Override
                public void warning(SourcePosition where, String message) {
                    r.warnings().add(where + ": " + message);
                }
            });
        }
        return r;
    }

    @Test
    void documentsWithUnreadableCitationsAreIndexedWithWarnings() throws IOException {
        Read r = read();
        assertEquals(List.of("US7000001B2", "USRE42592"), r.documents().stream().map(d -> d.number().toString()).toList());
        List<Citation> cited = r.documents().get(0).citations();
        assertEquals(6, cited.size(), "no citation is lost");
        assertEquals("JPH10123456", cited.get(0).number().toString());
        assertEquals("USRE15866", cited.get(1).number().toString());
        assertNull(cited.get(2).number());
        assertEquals("PCT/US2001/012345", cited.get(2).applicationNumber());
        assertEquals("TWM123456", cited.get(3).number().toString());
        assertEquals("examiner", cited.get(4).citedBy());
        assertNull(cited.get(5).number());
        assertEquals("JP10-12345X/7 (illegible)", cited.get(5).text(), "the unreadable reference is kept as text");

        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("line 1") && r.warnings().get(0).contains("PCT/US2001/012345"), r.warnings().get(0));
        assertTrue(r.warnings().get(1).contains("citation 6") && r.warnings().get(1).contains("kept as text"), r.warnings().get(1));
    }

    @Test
    void reissuesWrittenWithRAreReadAndTheirCitationsToo() throws IOException {
        PatentDocument reissue = read().documents().get(1);
        assertEquals("USRE42592", reissue.id());
        assertEquals("WO2001012345", reissue.citations().get(0).number().toString());
        assertEquals("Smith, J., Fasteners Handbook, 1999", reissue.citations().get(1).text());
    }

    @Test
    void onlyADocumentWithoutAUsableNumberOfItsOwnIsSkipped() throws IOException {
        Read r = read();
        assertEquals(1, r.skips().size(), r.skips().toString());
        assertTrue(r.skips().get(0).contains("line 3") && r.skips().get(0).contains("not a publication number"), r.skips().get(0));
    }
}
