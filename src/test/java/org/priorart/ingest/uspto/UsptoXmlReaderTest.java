package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/** Streams of several documents, broken documents, and the hardened parsing of UsptoXmlReader. */
class UsptoXmlReaderTest {

    private final UsptoXmlReader reader = new UsptoXmlReader();

    @Test
    void bulkStreamOfDifferentErasYieldsAllDocumentsInOrderWithTheirStartLines() {
        byte[] bulk = concat(
                Samples.bytes("xml2004/US06859910.xml"),      // 434 lines
                Samples.bytes("pap/US20010000044A1.xml"),     // 245 CRLF lines, no XML declaration, no final newline
                Samples.bytes("pap/US20010000943A1.xml"),     // so its <?xml starts in the middle of line 679
                Samples.bytes("sgml/USD435854S1.xml"),        // 1229 lines above; 304 CRLF lines
                Samples.bytes("xml2014/US08930553.xml"),      // 504 lines
                Samples.bytes("xmlApp2004/US20050004437A1.xml"));
        RecordingListener l = Samples.read(reader, bulk, "weekly.xml");
        assertEquals(List.of(), l.skips);
        assertEquals(List.of("US6859910B2", "US20010000044A1", "US20010000943A1", "USD435854S", "US8930553B2",
                "US20050004437A1"), l.numbers());
        assertEquals(List.of(1L, 435L, 679L, 1908L, 2212L, 2716L),
                l.documents.stream().map(r -> r.where().line()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), l.documents.stream().map(r -> r.where().ordinal()).toList());
        SourcePosition third = l.documents.get(2).where();
        assertEquals("weekly.xml", third.source());
        assertEquals("US20010000943A1", third.document());
        // The documents read from the bulk stream equal those read one by one.
        assertEquals(Samples.readOne(reader, "sgml/USD435854S1.xml"), l.documents.get(3).document());
    }

    @Test
    void truncatedDocumentInTheMiddleIsSkippedAndItsNeighboursAreRead() {
        byte[] truncated = firstLines(Samples.bytes("xml2014/US08930553.xml"), 300);
        byte[] bulk = concat(Samples.bytes("xml2004/US06859910.xml"), truncated, Samples.bytes("sgml/US06336130.xml"));
        RecordingListener l = Samples.read(reader, bulk, "weekly.xml");
        assertEquals(List.of("US6859910B2", "US6336130B1"), l.numbers());
        assertEquals(735L, l.documents.get(1).where().line(), "434 + 300 lines before it");
        assertEquals(3, l.documents.get(1).where().ordinal());
        assertEquals(1, l.skips.size());
        RecordingListener.Skip skip = l.skips.get(0);
        assertInstanceOf(RecordingListener.Skip.class, l.events.get(1), "reported in stream order");
        assertEquals(new SourcePosition("weekly.xml", 435, 2, "US8930553B2"), skip.where(),
                "the start line and the number found in the broken document");
        Matcher m = Pattern.compile("^malformed XML at line (\\d+), column (\\d+): "
                + "XML document structures must start and end within the same entity\\.$").matcher(skip.reason());
        assertTrue(m.matches(), skip.reason());
        long line = Long.parseLong(m.group(1));
        assertTrue(line >= 734 && line <= 735, "the error is at the end of the truncated document: " + line);
    }

    @Test
    void unclosedTagIsReportedWithItsLineInTheWholeStream() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <us-patent-grant>
                <us-bibliographic-data-grant>
                <publication-reference><document-id><country>US</country><doc-number>07000002</doc-number><kind>B1</kind><date>20060103</date></document-id></publication-reference>
                </us-bibliographic-data-grant>
                <abstract><p>An <b>unclosed bold.</p></abstract>
                </us-patent-grant>
                """;
        byte[] bulk = concat(utf8(grant("07000001", "First.")), utf8(broken), utf8(grant("07000003", "Third.")));
        RecordingListener l = Samples.read(reader, bulk, "s.xml");
        assertEquals(List.of("US7000001B1", "US7000003B1"), l.numbers());
        RecordingListener.Skip skip = l.skips.get(0);
        long start = grant("07000001", "").lines().count() + 1;
        assertEquals(new SourcePosition("s.xml", start, 2, "US7000002B1"), skip.where());
        assertTrue(skip.reason().startsWith("malformed XML at line " + (start + 5) + ", column "), skip.reason());
        assertTrue(skip.reason().endsWith("The element type \"b\" must be terminated by the matching end-tag \"</b>\"."),
                skip.reason());
    }

    @Test
    void unknownRootElementIsSkipped() {
        String sequence = "<?xml version=\"1.0\"?>\n<!DOCTYPE sequence-cwu SYSTEM \"us-sequence-listing.dtd\" [ ]>\n"
                + "<sequence-cwu><number-of-sequences>1</number-of-sequences></sequence-cwu>\n";
        byte[] bulk = concat(utf8(grant("07000001", "First.")), utf8(sequence), utf8(grant("07000003", "Third.")));
        RecordingListener l = Samples.read(reader, bulk, "s.xml");
        assertEquals(List.of("US7000001B1", "US7000003B1"), l.numbers());
        assertEquals(1, l.skips.size());
        assertNull(l.skips.get(0).where().document());
        assertTrue(l.skips.get(0).reason().startsWith("unsupported root element <sequence-cwu>"), l.skips.get(0).reason());
    }

    @Test
    void documentWithoutPublicationNumberIsSkipped() {
        String noNumber = grant("07000002", "No number.").replace("<doc-number>07000002</doc-number>", "");
        RecordingListener l = Samples.read(reader, concat(utf8(noNumber), utf8(grant("07000003", "Next."))), "s.xml");
        assertEquals(List.of("US7000003B1"), l.numbers());
        assertEquals("no publication number: <publication-reference>/<document-id>/<doc-number> is missing or empty",
                l.skips.get(0).reason());
    }

    @Test
    void documentWithAnImpossibleDateIsSkippedWithItsNumber() {
        String badDate = grant("07000002", "Bad date.").replace("<date>20060103</date>", "<date>20061340</date>");
        RecordingListener l = Samples.read(reader, utf8(badDate), "s.xml");
        assertEquals(List.of(), l.documents);
        assertEquals("US7000002B1", l.skips.get(0).where().document());
        assertTrue(l.skips.get(0).reason().startsWith("<publication-reference> date: not a date: '20061340'"),
                l.skips.get(0).reason());
    }

    @Test
    void undeclaredIsoEntitiesAreResolvedWithoutADoctype() {
        String xml = grant("07000001", "A 5 &mgr;m film at 20&deg; C., the &lsquo;&PHgr;&rsquo; value &agr;&plusmn;&frac12;;"
                + " an unknown &qqqx; entity and &amp;&lt;&gt; stay.");
        PatentDocument d = readSingle(xml);
        assertEquals("A 5 \u03bcm film at 20\u00b0 C., the \u2018\u03a6\u2019 value \u03b1\u00b1\u00bd; an unknown \ufffd"
                + " entity and &<> stay.", d.abstractText());
    }

    @Test
    void undeclaredEntitiesAreResolvedWhenTheExternalDtdIsNotRead() {
        String withDoctype = grant("07000001", "&mgr;m and &lsqb;1&rsqb;").replaceFirst("\n",
                "\n<!DOCTYPE us-patent-grant SYSTEM \"us-patent-grant-v42-2006-08-23.dtd\" [ ]>\n");
        assertEquals("\u03bcm and [1]", readSingle(withDoctype).abstractText(),
                "not silently dropped, as Xerces does for entities of an unread external subset");
        String publicDoctype = grant("07000001", "&mgr;m").replaceFirst("\n",
                "\n<!DOCTYPE us-patent-grant PUBLIC \"-//USPTO//DTD X//EN\" \"http://127.0.0.1:9/never-fetched.dtd\">\n");
        assertEquals("\u03bcm", readSingle(publicDoctype).abstractText(), "no internal subset, no network");
    }

    @Test
    void theDocumentsOwnEntityDeclarationWins() {
        String xml = grant("07000001", "&mgr;m").replaceFirst("\n",
                "\n<!DOCTYPE us-patent-grant [\n<!ENTITY mgr \"micro\">\n]>\n");
        assertEquals("microm", readSingle(xml).abstractText());
    }

    @Test
    void externalEntitiesAreNeverLoaded() {
        String xxe = grant("07000001", "secret: &xxe;").replaceFirst("\n",
                "\n<!DOCTYPE us-patent-grant [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
                        + "<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n%remote;\n]>\n");
        RecordingListener l = Samples.read(reader, utf8(xxe), "xxe.xml");
        l.documents.forEach(r -> assertFalse(String.valueOf(r.document().abstractText()).contains("root:"),
                r.document().abstractText()));
        assertEquals(1, l.documents.size() + l.skips.size());
    }

    @Test
    void manyEntityReferencesStayWithinTheParserLimits() {
        String abstractText = "&agr;&bgr; ".repeat(20_000);
        PatentDocument d = readSingle(grant("07000001", abstractText));
        assertEquals(20_000 * 3 - 1, d.abstractText().length(), "40,000 references, over the JDK 24+ default of 2,500");
    }

    @Test
    void declaredLatin1AndUndeclaredLegacyBytesAreDecoded() {
        byte[] latin1 = grant("07000001", "Caf\u00e9").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9", readSingle(latin1).abstractText());
        byte[] legacy = grant("07000001", "Caf\u00e9 \u2013 ok").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("Caf\u00e9 \u2013 ok", readSingle(legacy).abstractText(), "no declaration, not UTF-8: windows-1252");
    }

    @Test
    void documentsWithoutXmlDeclarationAreSplitAtTheirDoctype() {
        byte[] pap = Samples.bytes("pap/US20010000044A1.xml");
        byte[] bulk = concat(pap, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), pap);
        RecordingListener l = Samples.read(reader, bulk, "2001.xml");
        assertEquals(List.of(), l.skips);
        assertEquals(List.of("US20010000044A1", "US20010000044A1"), l.numbers());
        assertEquals(List.of(1L, 247L), l.documents.stream().map(r -> r.where().line()).toList(),
                "245 lines, a blank line, then the second document");
    }

    @Test
    void byteOrderMarksAndBlankLinesBetweenDocumentsDoNoHarm() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bulk = concat(utf8("\n\n"), bom, utf8(grant("07000001", "One.")), utf8("\n \n"), bom,
                utf8(grant("07000002", "Two.")));
        RecordingListener l = Samples.read(reader, bulk, "bom.xml");
        assertEquals(List.of(), l.skips);
        assertEquals(List.of("US7000001B1", "US7000002B1"), l.numbers());
        long lines = grant("07000001", "").lines().count();
        assertEquals(List.of(3L, 3 + lines + 2), l.documents.stream().map(r -> r.where().line()).toList());
    }

    @Test
    void documentOverTheSizeLimitIsSkippedWithoutBeingHeld() {
        UsptoXmlReader small = new UsptoXmlReader(20_000);
        byte[] bulk = concat(utf8(grant("07000001", "One.")), Samples.bytes("xml2004/US06859910.xml"),
                utf8(grant("07000003", "Three.")));
        RecordingListener l = Samples.read(small, bulk, "big.xml");
        assertEquals(List.of("US7000001B1", "US7000003B1"), l.numbers());
        assertEquals("document of 56063 bytes is larger than the limit of 20000 bytes", l.skips.get(0).reason());
        assertEquals(2, l.skips.get(0).where().ordinal());
    }

    @Test
    void garbageIsReportedNotThrown() {
        RecordingListener l = Samples.read(reader, utf8("this is not XML\nat all\n"), "junk.xml");
        assertEquals(List.of(), l.documents);
        assertEquals(1, l.skips.size());
        assertTrue(l.skips.get(0).reason().startsWith("malformed XML at line 1, column 1: "), l.skips.get(0).reason());
    }

    private PatentDocument readSingle(String xml) {
        return readSingle(utf8(xml));
    }

    private PatentDocument readSingle(byte[] xml) {
        RecordingListener l = Samples.read(reader, xml, "one.xml");
        assertEquals(List.of(), l.skips);
        assertEquals(1, l.documents.size());
        return l.documents.get(0).document();
    }

    /** A minimal v4.x grant: seven lines, the number's kind B1, published 2006-01-03. */
    static String grant(String number, String abstractXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <us-patent-grant lang="EN">
                <us-bibliographic-data-grant>
                <publication-reference><document-id><country>US</country><doc-number>%s</doc-number><kind>B1</kind><date>20060103</date></document-id></publication-reference>
                </us-bibliographic-data-grant>
                <abstract><p>%s</p></abstract>
                </us-patent-grant>
                """.formatted(number, abstractXml);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The first n lines (LF-terminated) of a file. */
    static byte[] firstLines(byte[] content, int n) {
        int lines = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && ++lines == n) {
                return Arrays.copyOf(content, i + 1);
            }
        }
        return content;
    }
}
