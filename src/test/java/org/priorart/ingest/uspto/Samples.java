package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.priorart.ingest.DocumentReader;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;

/**
 * The sample files under src/test/resources/uspto (USPTO PatentPublicData fixtures, see SOURCE.md)
 * and the assertions every sample gets. The expected values were read off the files by hand.
 */
final class Samples {

    private Samples() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream("/uspto/" + resource)) {
            assertNotNull(in, "missing test resource uspto/" + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordingListener read(DocumentReader reader, byte[] content, String name) {
        RecordingListener listener = new RecordingListener();
        try {
            reader.read(new ByteArrayInputStream(content), name, listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listener;
    }

    /** Reads a one-document sample and checks it was read as exactly one document, not skipped. */
    static PatentDocument readOne(DocumentReader reader, String resource) {
        RecordingListener listener = read(reader, bytes(resource), resource);
        assertEquals(List.of(), listener.skips, "skipped parts of " + resource);
        assertEquals(1, listener.documents.size(), "documents in " + resource);
        assertEquals(1, listener.documents.get(0).where().line(), "start line");
        return listener.documents.get(0).document();
    }

    /** What every sample file is checked for. */
    record Expected(String number, String title, String abstractStart, int claims, String firstClaimStart,
            int dependentClaim, List<Integer> dependsOn, List<String> cpc, List<String> ipc, String filingDate,
            String publicationDate, int citations, int citationIndex, String citationNumber) {
    }

    static void check(Expected e, PatentDocument d) {
        assertEquals(e.number(), d.number().toString(), "publication number");
        assertEquals(e.title(), d.title(), "title");
        if (e.abstractStart() == null) {
            assertEquals(null, d.abstractText(), "abstract");
        } else {
            assertNotNull(d.abstractText(), "abstract");
            assertTrue(d.abstractText().startsWith(e.abstractStart()), "abstract starts with '" + e.abstractStart()
                    + "' but is '" + shorten(d.abstractText()) + "'");
        }
        assertEquals(e.claims(), d.claims().size(), "claim count");
        Claim first = d.claims().get(0);
        assertEquals(1, first.number(), "first claim number");
        assertTrue(first.text().startsWith(e.firstClaimStart()), "first claim starts with '" + e.firstClaimStart()
                + "' but is '" + shorten(first.text()) + "'");
        assertTrue(first.independent(), "claim 1 is independent");
        Claim dependent = d.claims().get(e.dependentClaim() - 1);
        assertEquals(e.dependentClaim(), dependent.number(), "claim number at position " + e.dependentClaim());
        assertEquals(e.dependsOn(), dependent.dependsOn(), "claim " + e.dependentClaim() + " depends on");
        for (Claim c : d.claims()) {
            assertTrue(!c.text().matches("^\\d+\\s*[.)].*"), "claim " + c.number() + " starts with its number: " + shorten(c.text()));
        }
        assertEquals(e.cpc(), d.cpc(), "CPC");
        assertEquals(e.ipc(), d.ipc(), "IPC");
        assertEquals(LocalDate.parse(e.filingDate()), d.filingDate(), "filing date");
        assertEquals(LocalDate.parse(e.publicationDate()), d.publicationDate(), "publication date");
        assertEquals(e.citations(), d.citations().size(), "citation count");
        if (e.citations() > 0) {
            Citation c = d.citations().get(e.citationIndex());
            assertNotNull(c.number(), "citation " + e.citationIndex() + " has a number: " + c);
            assertEquals(e.citationNumber(), c.number().toString(), "citation " + e.citationIndex());
        }
        assertEquals("en", d.language(), "language");
    }

    static String shorten(String s) {
        return s == null ? null : s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
