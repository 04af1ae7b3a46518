package org.priorart.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The hardened XML configuration: entity bombs are refused before expansion, real documents pass. */
class TestHardenedXml {

    private static final String ENTITIES = """
            <?xml version="1.0"?>
            <!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [
            <!ENTITY US07272630-20070918-D00001.TIF SYSTEM "US07272630-20070918-D00001.TIF" NDATA TIF>
            <!ENTITY mgr "&#x3bc;">
            <!ENTITY lt2 "a &lt; b">
            <!ENTITY pct "50&#37;off;">
            ]>
            <us-patent-grant><p>5 &mgr;m, &lt2;, &pct;</p></us-patent-grant>
            """;

    @Test
    void nestedEntitiesAreRefusedBeforeAnythingIsExpanded() {
        UnsafeXmlException e = assertThrows(UnsafeXmlException.class,
                () -> HardenedXml.parse(HardenedXml.newDocumentBuilder(), EntityBombs.nested()));
        assertTrue(e.getMessage().startsWith("refused: the DTD defines the entity 'lol"), e.getMessage());
        assertTrue(e.getMessage().contains("billion laughs"), e.getMessage());
    }

    @Test
    void nestingHiddenInAParameterEntityIsRefused() {
        UnsafeXmlException e = assertThrows(UnsafeXmlException.class,
                () -> HardenedXml.checkDeclarations(EntityBombs.nestedThroughAParameterEntity()));
        assertTrue(e.getMessage().contains("'lol0'"), e.getMessage());
    }

    @Test
    void aWideEntityIsStoppedByTheTotalSizeLimit() {
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> HardenedXml.parse(HardenedXml.newDocumentBuilder(), EntityBombs.wide()));
        assertTrue(HardenedXml.overLimit(e), e.getMessage());
        assertTrue(e.getMessage().contains("totalEntitySizeLimit"), e.getMessage());
    }

    @Test
    void anEntityLargerThanAnyRealOneIsRefusedAtItsDeclaration() {
        String huge = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY big \"" + "x".repeat(HardenedXml.GENERAL_ENTITY_SIZE_LIMIT + 1)
                + "\">\n]>\n<x>&big;</x>";
        SAXParseException e = assertThrows(SAXParseException.class, () -> HardenedXml.checkDeclarations(huge));
        assertTrue(e.getMessage().contains("maxGeneralEntitySizeLimit"), e.getMessage());
        assertEquals(3, e.getLineNumber());
    }

    @Test
    void imageCharacterAndPredefinedEntitiesPass() throws Exception {
        DocumentBuilder builder = HardenedXml.newDocumentBuilder();
        assertEquals("5 \u03bcm, a < b, 50%off;", HardenedXml.parse(builder, ENTITIES).getDocumentElement().getTextContent());
        HardenedXml.checkDeclarations(ENTITIES.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyRealSampleOfTheRepositoryPasses() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/uspto"))) {
            samples = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertTrue(samples.size() >= 10, samples.toString());
        for (Path sample : samples) {
            HardenedXml.checkDeclarations(Files.readAllBytes(sample));
        }
    }

    @Test
    void aStreamingReaderChecksAtItsDtdEvent() throws Exception {
        XMLStreamReader reader = HardenedXml.newInputFactory().createXMLStreamReader(new StringReader(EntityBombs.nested()));
        while (reader.next() != XMLStreamConstants.DTD) {
            // to the DOCTYPE
        }
        assertThrows(UnsafeXmlException.class, () -> HardenedXml.checkDeclarations(reader));

        XMLStreamReader good = HardenedXml.newInputFactory().createXMLStreamReader(new StringReader(ENTITIES));
        StringBuilder text = new StringBuilder();
        while (good.hasNext()) {
            int event = good.next();
            if (event == XMLStreamConstants.DTD) {
                HardenedXml.checkDeclarations(good);
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(good.getText());
            }
        }
        assertEquals("5 \u03bcm, a < b, 50%off;", text.toString().strip());
    }

    @Test
    void anUnreadablePrologFailsClosedWithItsPosition() {
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> HardenedXml.checkDeclarations("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a \"unterminated>\n]>\n<x/>"));
        assertTrue(e.getLineNumber() >= 3, "line " + e.getLineNumber());
    }
}
