package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/** Green Book files of several patents, corrupted records, and the number forms of the WKU field. */
class GreenBookReaderTest {

    private final GreenBookReader reader = new GreenBookReader();

    @Test
    void fileWithHeaderAndSeveralPatents() {
        byte[] file = UsptoXmlReaderTest.concat(ascii("HHHHHT  APS1\n"),
                Samples.bytes("greenbook/US03932709.greenbook"),   // 1778 lines
                Samples.bytes("greenbook/US03937375.greenbook"),   // 166 lines
                Samples.bytes("greenbook/US04347903.greenbook"));
        RecordingListener l = Samples.read(reader, file, "pftaps19760113_wk02.txt");
        assertEquals(List.of(), l.skips);
        assertEquals(List.of("US3932709A", "US3937375A", "US4347903A"), l.numbers());
        assertEquals(List.of(2L, 1780L, 1946L), l.documents.stream().map(r -> r.where().line()).toList());
        assertEquals(List.of(1, 2, 3), l.documents.stream().map(r -> r.where().ordinal()).toList());
        assertEquals(Samples.readOne(reader, "greenbook/US03937375.greenbook"), l.documents.get(1).document());
    }

    @Test
    void corruptedRecordIsSkippedAndReadingGoesOnAtTheNextPatn() {
        String boatLoader = new String(Samples.bytes("greenbook/US03937375.greenbook"), StandardCharsets.US_ASCII);
        String corrupted = boatLoader.replace("CLAS\n", "CL#S\n");                    // line 21 of the patent
        byte[] file = UsptoXmlReaderTest.concat(Samples.bytes("greenbook/US04347903.greenbook"), ascii(corrupted),
                Samples.bytes("greenbook/US03932709.greenbook"));
        RecordingListener l = Samples.read(reader, file, "gb.txt");
        assertEquals(List.of("US4347903A", "US3932709A"), l.numbers());
        assertEquals(List.of(1L, 394L + 166L), l.documents.stream().map(r -> r.where().line()).toList());
        assertEquals(1, l.skips.size());
        assertEquals(new SourcePosition("gb.txt", 394, 2, "US3937375A"), l.skips.get(0).where());
        assertEquals("line 414: unrecognized line 'CL#S' (expected a 4-letter record tag, a 'TAG  value' field or a"
                + " continuation line indented by 5 spaces)", l.skips.get(0).reason());
    }

    @Test
    void patentWithoutAReadableNumberIsSkipped() {
        RecordingListener l = Samples.read(reader, ascii(patent("WKU  03") + patent("WKU  039373754")), "gb.txt");
        assertEquals(List.of("US3937375A"), l.numbers());
        assertEquals("field WKU at line 2: '03' is not a patent number (expected 9 characters: series prefix,"
                + " zero-padded number, check digit)", l.skips.get(0).reason());
        RecordingListener none = Samples.read(reader, ascii(patent("SRC  5")), "gb.txt");
        assertEquals("no patent number: the PATN record at line 1 has no WKU field", none.skips.get(0).reason());
    }

    @Test
    void patentWithAnImpossibleDateIsSkipped() {
        String bad = patent("WKU  039373754").replace("APD  19741029", "APD  19741329");
        RecordingListener l = Samples.read(reader, ascii(bad), "gb.txt");
        assertEquals(List.of(), l.documents);
        assertEquals("US3937375A", l.skips.get(0).where().document());
        assertTrue(l.skips.get(0).reason().startsWith("field APD at line 3: not a date: '19741329'"), l.skips.get(0).reason());
    }

    @Test
    void continuationWithoutFieldIsACorruptedRecord() {
        String bad = patent("WKU  039373754").replace("ABST\n", "ABST\n      stray continuation\n");
        RecordingListener l = Samples.read(reader, ascii(bad), "gb.txt");
        assertEquals("line 9: continuation line without a field before it: 'stray continuation'", l.skips.get(0).reason());
    }

    @Test
    void textBeforeTheFirstPatnIsReported() {
        RecordingListener l = Samples.read(reader, ascii("garbage\n" + patent("WKU  039373754")), "gb.txt");
        assertEquals(List.of("US3937375A"), l.numbers());
        assertEquals(2L, l.documents.get(0).where().line());
        assertEquals(new SourcePosition("gb.txt", 1, 0, null), l.skips.get(0).where());
        assertEquals("text before the first PATN record ignored: 'garbage'", l.skips.get(0).reason());
    }

    @Test
    void seriesPrefixesAndKinds() {
        assertEquals("USD247521S", readOne(patent("WKU  D02475217")).number().toString(), "design");
        assertEquals("USPP3604P", readOne(patent("WKU  PP0036041")).number().toString(), "plant");
        assertEquals("USRE28999E", readOne(patent("WKU  RE0289995")).number().toString(), "reissue");
        assertEquals("USH600H", readOne(patent("WKU  H00006001")).number().toString(), "statutory invention registration");
        assertEquals("UST996003", readOne(patent("WKU  T09960031")).number().toString(), "defensive publication: no kind");
    }

    @Test
    void designClaimWithoutNumber() {
        String design = patent("WKU  D02475217").replace("ABST\n", "DCLM\nPAR  The ornamental design for a lamp, as shown.\nABST\n");
        PatentDocument d = readOne(design);
        assertEquals(1, d.claims().size());
        assertEquals(1, d.claims().get(0).number());
        assertEquals("The ornamental design for a lamp, as shown.", d.claims().get(0).text());
    }

    private PatentDocument readOne(String text) {
        RecordingListener l = Samples.read(reader, ascii(text), "gb.txt");
        assertEquals(List.of(), l.skips);
        return l.documents.get(0).document();
    }

    /** A small patent: PATN, the given WKU line, dates, title and an abstract; 9 lines. */
    private static String patent(String wkuLine) {
        return """
                PATN
                %s
                APD  19741029
                TTL  Bumper support
                ISD  19760210
                INVT
                NAM  Daniels; Everette E.
                ABST
                PAL  A unit mountable on a rear bumper.
                """.formatted(wkuLine);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
