package org.priorart.ingest.epo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDates;
import org.priorart.patent.PatentDocument;

/**
 * The real EP publication-server samples (DTD 1.0 to 1.5.1; A1, A2, B1, B2) and DOCDB records of
 * src/test/resources/epo, read into the right fields; the expected values of the EP files were read
 * from the XML by a separate script (ep-expected.tsv).
 */
class TestEpoXmlReader {

    private static final Path EPO = Path.of("src/test/resources/epo");

    static Stream<String[]> expected() throws IOException {
        return Files.readAllLines(EPO.resolve("ep-expected.tsv")).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void everyEpDtdVersionAndKindIsReadIntoItsFields(String file, String number, String published, String filed, String language,
                                                      String title, String claims, String otherClaimSets, String titleLanguages,
                                                      String examinerCitations, String paragraphs) throws IOException {
        RecordingListener l = RecordingListener.read(EPO.resolve("ep-publication-server").resolve(file));
        assertEquals(List.of(), l.skips);
        assertEquals(1, l.documents.size());
        PatentDocument d = l.documents.get(0);
        assertEquals(number, d.number().toString());
        assertEquals(PatentDates.parse(published), d.publicationDate());
        assertEquals(PatentDates.parse(filed), d.filingDate());
        assertEquals(language, d.language());
        if (title.isEmpty()) {
            assertNull(d.title());
        } else {
            assertTrue(d.title().startsWith(title), d.title());
        }
        assertEquals(Integer.parseInt(claims), d.claims().size());
        assertEquals(Integer.parseInt(otherClaimSets), d.translations().stream().filter(t -> !t.claims().isEmpty()).count());
        List<String> others = Arrays.stream(titleLanguages.split(",")).filter(x -> !x.equals(language)).sorted().toList();
        assertEquals(others, d.translations().stream().filter(t -> t.title() != null).map(t -> t.language()).sorted().toList(),
                "every title in another language is a translation");
        assertEquals(Integer.parseInt(examinerCitations), d.citations().stream().filter(c -> "examiner".equals(c.citedBy())).count());
        assertEquals(Integer.parseInt(paragraphs), d.description().size());
        assertTrue(!d.ipc().isEmpty(), "IPC of every version (B510EP, or B511/B512 with their edition)");
    }

    private static PatentDocument ep(String file) throws IOException {
        return RecordingListener.read(EPO.resolve("ep-publication-server").resolve(file)).documents.get(0);
    }

    @Test
    void aGrantWithEverythingInPlace() throws IOException {
        PatentDocument d = ep("grant/v1-5-1-B1.xml");
        assertEquals("EP3383757B1", d.id());
        assertEquals("16849316.1", d.applicationNumber());
        assertEquals(LocalDate.of(2015, 9, 25), d.priorityDate(), "B320 of the US priority");
        assertEquals(List.of("B65D51/18", "B65D43/02", "B65D51/32", "A45D34/00", "A45D40/00"), d.ipc());
        assertEquals(List.of("ELC Management LLC"), d.applicants(), "the proprietor (B731)");
        assertEquals(List.of("JACOB, Christophe", "BOUIX, Herve"), d.inventors());
        assertEquals("SCHRAUBVERSCHLUSSSYSTEME MIT MAGNETISCHEM MERKMAL", d.translation("de").title());
        assertEquals("SYSTÈMES DE FERMETURE DE TYPE À VIS COMPRENANT DES ÉLÉMENTS MAGNÉTIQUES", d.translation("fr").title());
        assertEquals(8, d.translation("de").claims().size());
        assertTrue(d.translation("de").claims().get(0).text().startsWith("Behälter-Verschlusssystem"), d.translation("de").claims().get(0).text());
        assertEquals(List.of(1), d.translation("de").claims().get(1).dependsOn(), "'nach Anspruch 1' is read in German too");
        assertEquals("Field of the Invention", d.description().get(0).heading());
        assertEquals(1, d.description().get(0).number());
        List<String> cited = d.citations().stream().filter(Citation::isPatent).map(c -> c.number().toString()).toList();
        assertEquals(List.of("WO2014114885A1", "CN202128028U", "FR2973005A1", "US20070204872A1", "US20070204872A1",
                "US20120279876A1", "US6382450B1"), cited.subList(0, 7), "B561 in the EP search-report spelling");
    }

    @Test
    void oldIpcAndGermanDocumentsAndNonPatentLiterature() throws IOException {
        PatentDocument old = ep("application/v1-1-A1.xml");
        assertEquals(List.of("C07D307/12", "C07D407/12", "C07D307/42", "A01N43/08"), old.ipc(), "B511/B512/B513 with edition 2");
        assertTrue(old.claims().get(0).text().startsWith("Tetrahydrofuran-Derivate"), "the printed '1.)' is not claim text");
        PatentDocument b2 = ep("grant/v1-1-B2.xml");
        Citation npl = b2.citations().stream().filter(c -> !c.isPatent()).findFirst().orElseThrow();
        assertTrue(npl.text().startsWith("PATENT ABSTRACTS OF JAPAN"), npl.text());
        assertEquals("examiner", npl.citedBy());
    }

    @Test
    void strayCharactersOfRealFilesAreRepairedWithAWarning() throws IOException {
        RecordingListener l = RecordingListener.read(EPO.resolve("ep-publication-server/application/v1-5-1-A1-2.xml"));
        assertEquals(1, l.documents.size(), "'<First Embodiment' in a heading does not cost the document");
        assertEquals(4, l.warnings.size(), l.warnings.toString());
        assertTrue(l.warnings.get(0).contains("escaped a raw '<' at line 308"), l.warnings.get(0));
        assertTrue(l.documents.get(0).description().stream().anyMatch(p -> "<First Embodiment".equals(p.heading())));
        RecordingListener amp = RecordingListener.read(EPO.resolve("ep-publication-server/application/v1-4-A1-1.xml"));
        assertEquals(1, amp.documents.size(), "'Dummett Copp & Co.' in an address does not cost the document");
        assertTrue(amp.warnings.get(0).contains("escaped a raw '&' at line 118"), amp.warnings.toString());
    }

    @Test
    void docdbRecordsWithFamilyCitationsAndCategories() throws IOException {
        RecordingListener wo = RecordingListener.read(EPO.resolve("docdb/WO-2022259205-A1_544370561.xml"));
        assertEquals(List.of(), wo.documents, "a DOCDB record is bibliographic, not a full text");
        assertEquals(List.of(), wo.warnings, "named entities (&ndash;) are resolved, not repaired");
        PatentDocument r = wo.records.get(0);
        assertEquals("WO2022259205A1", r.id());
        assertEquals("82558028", r.familyId());
        assertEquals(LocalDate.of(2022, 12, 15), r.publicationDate());
        assertEquals("en", r.language());
        assertEquals("SELF-EMULSIFYING COMPOSITION, PRODUCTION METHODS AND USES THEREOF", r.title());
        assertNotNull(r.translation("fr").title());
        assertEquals(16, r.cpc().size());
        Citation first = r.citations().get(0);
        assertEquals("XY", first.category());
        assertEquals("ISR", first.phase());
        assertEquals("EP", first.office());
        assertEquals("1-3,10,13-16,26-32", first.relevantClaims());
        assertTrue(r.citations().stream().anyMatch(c -> "APP".equals(c.phase()) && "applicant".equals(c.citedBy())));

        RecordingListener bulk = RecordingListener.read(EPO.resolve("docdb/DE-backfile.xml"));
        assertEquals(10, bulk.records.size(), "a bulk file of ten records on one line");
        PatentDocument de = bulk.records.get(0);
        assertEquals("DE1258188B", de.id());
        assertEquals("6979546", de.familyId());
        assertEquals("Kraftstoffeinspritzpumpe fuer mehrzylindrige Brennkraftmaschinen", de.title());
        assertEquals(List.of("DE814968C", "DE1156606B", "DE1734877U"),
                de.citations().stream().limit(3).map(c -> c.number().toString()).toList());
        assertEquals("SEA", de.citations().get(0).phase());

        PatentDocument yu = RecordingListener.read(EPO.resolve("docdb/YU-6701-A_381353354.xml")).records.get(0);
        assertTrue(yu.title().startsWith("TRICIKLIČNI SULFONAMIDI"), "&ccaron; resolved: " + yu.title());
        assertEquals("sh", yu.language());
        assertNotNull(yu.translation("en").abstractText());
    }

    @Test
    void brokenAndTruncatedRecordsAreSkippedWithTheirLineAndTheOthersKept() throws IOException {
        byte[] good = Files.readAllBytes(EPO.resolve("ep-publication-server/application/v1-01-A1.xml"));
        String truncated = "<?xml version=\"1.0\"?>\n<ep-patent-document country=\"EP\" doc-number=\"1\" kind=\"A1\">\n<SDOBI><B100>";
        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        bulk.write(good);
        bulk.write('\n');
        bulk.write(truncated.getBytes(StandardCharsets.UTF_8));
        bulk.write('\n');
        bulk.write(good);
        RecordingListener l = new RecordingListener();
        new EpoXmlReader().read(new ByteArrayInputStream(bulk.toByteArray()), "bulk.xml", l);
        assertEquals(2, l.documents.size(), l.skips.toString());
        assertEquals(1, l.skips.size());
        assertTrue(l.skips.get(0).startsWith("bulk.xml, line 12, document #2") && l.skips.get(0).contains("malformed XML"), l.skips.get(0));
    }

    @Test
    void noExternalEntityIsEverRead() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE ep-patent-document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ep-patent-document country=\"EP\" doc-number=\"1234567\" kind=\"A1\" lang=\"en\"><SDOBI><B500><B540>"
                + "<B541>en</B541><B542>Title &x; end</B542></B540></B500></SDOBI></ep-patent-document>";
        RecordingListener l = new RecordingListener();
        new EpoXmlReader().read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xxe.xml", l);
        assertEquals(1, l.documents.size(), l.skips.toString());
        assertEquals("Title &x; end", l.documents.get(0).title(), "the entity is kept as text, never resolved");
    }
}
