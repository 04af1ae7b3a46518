package org.priorart.ingest.uspto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlDocumentSplitterTest {

    private static List<XmlChunk> split(String input, long limit) throws IOException {
        XmlDocumentSplitter splitter = new XmlDocumentSplitter(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), limit);
        List<XmlChunk> chunks = new ArrayList<>();
        XmlChunk c;
        while ((c = splitter.next()) != null) {
            chunks.add(c);
        }
        return chunks;
    }

    private static String text(XmlChunk c) {
        return new String(c.content(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsAtEachXmlDeclaration() throws IOException {
        List<XmlChunk> chunks = split("<?xml version=\"1.0\"?>\n<a>1</a>\n<?xml version=\"1.0\"?>\n<a>2</a>\n", 1000);
        assertEquals(2, chunks.size());
        assertEquals("<?xml version=\"1.0\"?>\n<a>1</a>\n", text(chunks.get(0)));
        assertEquals(List.of(1L, 3L), chunks.stream().map(XmlChunk::startLine).toList());
        assertEquals(List.of(1, 2), chunks.stream().map(XmlChunk::ordinal).toList());
    }

    @Test
    void aDoctypeStartsADocumentOnlyAfterARootElement() throws IOException {
        List<XmlChunk> chunks = split("<!DOCTYPE a>\n<a>1</a>\n<!DOCTYPE a>\n<a>2</a>\n", 1000);
        assertEquals(List.of("<!DOCTYPE a>\n<a>1</a>\n", "<!DOCTYPE a>\n<a>2</a>\n"), chunks.stream().map(XmlDocumentSplitterTest::text).toList());
        List<XmlChunk> prolog = split("<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE old> -->\n<!DOCTYPE a [\n]>\n<a/>\n", 1000);
        assertEquals(1, prolog.size(), "the DOCTYPE of the prolog belongs to its document");
    }

    @Test
    void aDeclarationInTheMiddleOfALineStartsTheNextDocument() throws IOException {
        List<XmlChunk> chunks = split("<?xml version=\"1.0\"?>\n<a>trunc<?xml version=\"1.0\"?>\n<b/>\n", 1000);
        assertEquals(List.of("<?xml version=\"1.0\"?>\n<a>trunc", "<?xml version=\"1.0\"?>\n<b/>\n"),
                chunks.stream().map(XmlDocumentSplitterTest::text).toList());
        assertEquals(List.of(1L, 2L), chunks.stream().map(XmlChunk::startLine).toList());
        assertEquals(1, split("<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"a.xsl\"?>\n<a/>\n", 1000).size(),
                "<?xml-stylesheet is no declaration");
    }

    @Test
    void linesEndWithLfCrLfOrCr() throws IOException {
        List<XmlChunk> chunks = split("<?xml version=\"1.0\"?>\r<a/>\r\n\r\n<?xml version=\"1.0\"?>\n<b/>", 1000);
        assertEquals(List.of(1L, 4L), chunks.stream().map(XmlChunk::startLine).toList());
        assertEquals("<?xml version=\"1.0\"?>\n<b/>", text(chunks.get(1)), "the last line needs no terminator");
    }

    @Test
    void blankInputHasNoDocuments() throws IOException {
        assertEquals(List.of(), split("", 1000));
        assertEquals(List.of(), split("\n  \n\r\n", 1000));
    }

    @Test
    void anOversizedDocumentKeepsItsSizeButNotItsBytes() throws IOException {
        String big = "<?xml version=\"1.0\"?>\n<a>" + "x".repeat(500) + "</a>\n";
        List<XmlChunk> chunks = split(big + "<?xml version=\"1.0\"?>\n<b/>\n", 100);
        assertTrue(chunks.get(0).oversized());
        assertNull(chunks.get(0).content());
        assertEquals(big.length(), chunks.get(0).size());
        assertEquals("<?xml version=\"1.0\"?>\n<b/>\n", text(chunks.get(1)));
    }
}
