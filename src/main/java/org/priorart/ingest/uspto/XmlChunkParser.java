package org.priorart.ingest.uspto;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one document's chunk into a DOM with a hardened parser: no external DTD, no external
 * entities, no network, no XInclude. The DTDs are not available, so the named entities the document
 * uses are declared first ({@link EntityDeclarations}).
 *
 * <p>The JDK's default limits are set explicitly: since JDK 24 they allow only 2,500 entity
 * expansions per document, which a long chemistry patent full of {@code &agr;} and {@code &deg;}
 * exceeds. The limits below still stop an entity bomb (all entity text together stays under 50 MB).
 *
 * <p>Errors name the line and column in the whole input, not in the chunk.
 */
final class XmlChunkParser {

    private static final Pattern ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final DocumentBuilder builder;

    XmlChunkParser() {
        try {
            builder = hardenedFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser does not support the required settings", e);
        }
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as a repeated entity declaration) do not make a document unreadable
            }

            @Override
            public void error(SAXParseException e) {
                // validity errors only: the parser does not validate against the (absent) DTD
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
    }

    /**
     * Parses a chunk.
     *
     * @throws MalformedDocumentException saying where in the input the XML is broken
     */
    Document parse(XmlChunk chunk) throws MalformedDocumentException {
        String xml = EntityDeclarations.declare(decode(chunk.content()));
        try {
            builder.reset();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            long line = e.getLineNumber() > 0 ? chunk.startLine() + e.getLineNumber() - 1 : chunk.startLine();
            String where = e.getColumnNumber() > 0
                    ? "line " + line + ", column " + e.getColumnNumber()
                    : "line " + line;
            throw new MalformedDocumentException("malformed XML at " + where + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new MalformedDocumentException("malformed XML in the document starting at line "
                    + chunk.startLine() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
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

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(true);
        f.setIgnoringComments(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        limit(f, "entityExpansionLimit", "5000000");
        limit(f, "totalEntitySizeLimit", "50000000");
        limit(f, "maxGeneralEntitySizeLimit", "1000000");
        limit(f, "entityReplacementLimit", "50000000");
        limit(f, "maxElementDepth", "1000");
        return f;
    }

    /** Sets a JDK XML limit by its current name, or its older URI name on JDKs that lack the short one. */
    private static void limit(DocumentBuilderFactory f, String name, String value) {
        try {
            f.setAttribute("jdk.xml." + name, value);
        } catch (IllegalArgumentException e) {
            f.setAttribute("http://www.oracle.com/xml/jaxp/properties/" + name, value);
        }
    }
}
