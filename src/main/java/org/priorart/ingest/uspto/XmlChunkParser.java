package org.priorart.ingest.uspto;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import org.priorart.ingest.HardenedXml;
import org.priorart.ingest.UnsafeXmlException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one document's chunk into a DOM with the ingest's hardened parser ({@link HardenedXml}: no
 * external DTD, no external entities, no network, no XInclude, bounded entity expansion, and
 * entities defined by other entities refused before anything is expanded). The DTDs are not
 * available, so the named entities the document uses are declared first ({@link EntityDeclarations}),
 * as single characters, which the check lets pass.
 *
 * <p>Errors name the line and column in the whole input, not in the chunk.
 */
final class XmlChunkParser {

    private static final Pattern ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final DocumentBuilder builder = HardenedXml.newDocumentBuilder();

    /**
     * Parses a chunk.
     *
     * @throws MalformedDocumentException saying where in the input the XML is broken, or why it is refused
     */
    Document parse(XmlChunk chunk) throws MalformedDocumentException {
        String text = decode(chunk.content());
        try {
            return HardenedXml.parse(builder, EntityDeclarations.declare(text));
        } catch (UnsafeXmlException e) {
            throw new MalformedDocumentException(e.getMessage());
        } catch (SAXParseException e) {
            long line = e.getLineNumber() > 0 ? chunk.startLine() + e.getLineNumber() - 1 : chunk.startLine();
            String where = e.getColumnNumber() > 0
                    ? "line " + line + ", column " + e.getColumnNumber()
                    : "line " + line;
            throw new MalformedDocumentException((HardenedXml.overLimit(e) ? "refused, over a parser limit, at " : "malformed XML at ")
                    + where + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new MalformedDocumentException("malformed XML in the document starting at line "
                    + chunk.startLine() + ": " + e.getMessage());
        }
    }

    /**
     * Decodes a chunk by its declared encoding. Without a declaration XML means UTF-8, but the
     * 2001 files without one may hold Latin-1 bytes: those are read as windows-1252 rather than
     * rejected. Bytes that do not fit the declared encoding become U+FFFD.
     */
    private static String decode(byte[] bytes) throws MalformedDocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            return StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
        }
        Matcher m = ENCODING.matcher(head);
        if (m.find()) {
            Charset charset;
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new MalformedDocumentException("unsupported encoding '" + m.group(1) + "' in the XML declaration");
            }
            return new String(bytes, charset);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
