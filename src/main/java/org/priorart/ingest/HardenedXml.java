package org.priorart.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.EntityDeclaration;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one hardened XML configuration of the ingest, for every reader of patent XML (USPTO, EPO):
 * parsers that load nothing from outside the document (no external DTD, no external entities, no
 * network, no XInclude), whose entity expansion is bounded by the JDK's limits, and a check that
 * refuses a document whose own DTD defines entities by other entities, before anything is expanded.
 *
 * <p>Why the check: the entities real patent documents declare are image files (USPTO's
 * {@code <!ENTITY US07272630-20070918-D00001.TIF SYSTEM "..." NDATA TIF>}, never expanded) and
 * single characters ({@code &mgr;}); an entity made of other entities is how an entity-expansion
 * ("billion laughs") document turns 1 KB into gigabytes. The JDK's limits stop such a document
 * too, but only after the expansions they allow, and a DOM parser holds a node for each: measured
 * (JDK 25), 100,000 nested expansions cost 2 s and 53 MB, 1,000,000 cost 6.6 s and 530 MB, and the
 * 5,000,000 this parser used to allow ran out of a 512 MB heap. The check costs one pass over the
 * prolog and refuses the same document in milliseconds.
 *
 * <p>The limits, in one place. Since JDK 24 the defaults allow only 2,500 entity expansions per
 * document, which a long chemistry patent full of {@code &agr;} and {@code &deg;} exceeds; with
 * nested entities refused, each expansion is one reference written in the document, so the limits
 * below bound what a document can hold, not what it can multiply.
 */
public final class HardenedXml {

    /** Entity references expanded per document: one per reference written in it (real patents: hundreds). */
    public static final int ENTITY_EXPANSION_LIMIT = 1_000_000;
    /** Characters produced by all entity expansions of a document together. */
    public static final int TOTAL_ENTITY_SIZE_LIMIT = 10_000_000;
    /** Characters of one general entity (real ones: a character or a word). */
    public static final int GENERAL_ENTITY_SIZE_LIMIT = 100_000;
    /** Nodes created by entity references in one document. */
    public static final int ENTITY_REPLACEMENT_LIMIT = 3_000_000;
    /** Element nesting. */
    public static final int ELEMENT_DEPTH_LIMIT = 1_000;

    /** A JDK XML limit: its property name ({@code jdk.xml.*}) and, for JDKs that lack it, its older URI name. */
    private record Limit(String property, String value) {
        String name() {
            return "jdk.xml." + property;
        }

        String legacyName() {
            return "http://www.oracle.com/xml/jaxp/properties/" + property;
        }
    }

    private static final List<Limit> LIMITS = List.of(
            new Limit("entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT)),
            new Limit("totalEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE_LIMIT)),
            new Limit("maxGeneralEntitySizeLimit", String.valueOf(GENERAL_ENTITY_SIZE_LIMIT)),
            new Limit("entityReplacementLimit", String.valueOf(ENTITY_REPLACEMENT_LIMIT)),
            new Limit("maxElementDepth", String.valueOf(ELEMENT_DEPTH_LIMIT)));

    /** The factories of the declarations check (one per thread: a StAX factory may reuse its readers). */
    private static final ThreadLocal<XMLInputFactory> PROLOG = ThreadLocal.withInitial(HardenedXml::prologFactory);

    private static final Pattern ENTITY_REFERENCE = Pattern.compile("[&%]([A-Za-z_:][-A-Za-z0-9._:]*);");
    private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "quot", "apos");

    private HardenedXml() {
    }

    /**
     * A new DOM parser with the hardened settings. External entities resolve to nothing; warnings and
     * validity errors (the DTD is never read) are ignored, well-formedness errors throw. Not
     * thread-safe, like every {@link DocumentBuilder}: one per reader. Parse with
     * {@link #parse(DocumentBuilder, String)}, which checks the declarations first.
     */
    public static DocumentBuilder newDocumentBuilder() {
        DocumentBuilder builder;
        try {
            builder = documentBuilderFactory().newDocumentBuilder();
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
        return builder;
    }

    /**
     * Checks the document's entity declarations ({@link #checkDeclarations(String)}), then parses it.
     *
     * @throws UnsafeXmlException when the document defines entities by other entities
     * @throws SAXException       when it is not well-formed (a {@link SAXParseException} says where)
     */
    public static Document parse(DocumentBuilder builder, String xml) throws SAXException {
        checkDeclarations(xml);
        try {
            // No builder.reset(): it would drop the error handler and entity resolver set above.
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
        }
    }

    /**
     * A new StAX factory with the same settings, for readers that stream large files (it also
     * reports a document's entity declarations: pass the reader to {@link #checkDeclarations(XMLStreamReader)}
     * at its {@code DTD} event).
     */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
        for (Limit l : LIMITS) {
            try {
                f.setProperty(l.name(), l.value());
            } catch (IllegalArgumentException e) {
                f.setProperty(l.legacyName(), l.value());
            }
        }
        return f;
    }

    /**
     * Refuses a document whose DTD declares an entity that refers to other entities. Only the prolog
     * is read; nothing is expanded. A document without a DOCTYPE passes.
     *
     * @throws UnsafeXmlException naming the entity and why it is refused
     * @throws SAXParseException  when the prolog cannot be read (fails closed; says where)
     */
    public static void checkDeclarations(String xml) throws SAXException {
        checkProlog(f -> f.createXMLStreamReader(new StringReader(xml)));
    }

    /** As {@link #checkDeclarations(String)}, for the bytes of a document (in the encoding it declares). */
    public static void checkDeclarations(byte[] xml) throws SAXException {
        checkProlog(f -> f.createXMLStreamReader(new ByteArrayInputStream(xml)));
    }

    private interface ReaderSource {
        XMLStreamReader open(XMLInputFactory factory) throws XMLStreamException;
    }

    private static void checkProlog(ReaderSource source) throws SAXException {
        XMLStreamReader reader = null;
        try {
            reader = source.open(PROLOG.get());
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    checkDeclarations(reader);
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            // The JDK's message starts "ParseError at [row,col]:[3,80]\nMessage: "; the position is passed apart.
            String message = e.getMessage() == null ? "unreadable prolog" : e.getMessage();
            int cut = message.indexOf("Message: ");
            throw new SAXParseException(cut >= 0 ? message.substring(cut + "Message: ".length()) : message, null, null,
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // it reads from memory: nothing to release
                }
            }
        }
    }

    /**
     * Checks the entity declarations of a StAX reader standing at its {@code DTD} event (of a factory
     * from {@link #newInputFactory()}).
     *
     * @throws UnsafeXmlException naming the entity and why it is refused
     */
    public static void checkDeclarations(XMLStreamReader atDtd) throws UnsafeXmlException {
        // The JDK's reader (the one newInputFactory makes) lists the declared entities; null: none declared.
        if (!(atDtd.getProperty("javax.xml.stream.entities") instanceof List<?> declared)) {
            return;
        }
        for (Object o : declared) {
            if (o instanceof EntityDeclaration entity && entity.getReplacementText() != null) {
                Matcher m = ENTITY_REFERENCE.matcher(entity.getReplacementText());
                boolean parameterEntity = entity.getName().startsWith("%");
                while (m.find()) {
                    // '%name;' is a reference only in a parameter entity's text; in content it is just text
                    boolean reference = m.group().charAt(0) == '&' ? !PREDEFINED.contains(m.group(1)) : parameterEntity;
                    if (reference) {
                        throw new UnsafeXmlException("refused: the DTD defines the entity '" + entity.getName()
                                + "' by the entity '" + m.group(1) + "'; entities made of other entities are how an "
                                + "entity-expansion (\"billion laughs\") document multiplies its size, and patent "
                                + "documents declare none (only characters and image files)");
                    }
                }
            }
        }
    }

    /**
     * Whether a parse failed on one of the limits above rather than on broken XML (the JDK says so
     * only in its message, which names the limit's property).
     */
    public static boolean overLimit(SAXException e) {
        return e.getMessage() != null && e.getMessage().contains("jdk.xml.");
    }

    /** A factory for the declarations check: it reads the prolog and never expands an entity. */
    private static XMLInputFactory prologFactory() {
        XMLInputFactory f = newInputFactory();
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false); // a prefix declared elsewhere is not its business
        return f;
    }

    private static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
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
        for (Limit l : LIMITS) {
            try {
                f.setAttribute(l.name(), l.value());
            } catch (IllegalArgumentException e) {
                f.setAttribute(l.legacyName(), l.value());
            }
        }
        return f;
    }
}
