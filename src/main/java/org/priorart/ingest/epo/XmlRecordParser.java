package org.priorart.ingest.epo;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Parses one record into an {@link XmlElement} tree with a hardened StAX parser: no DTD at all (so no
 * entity is ever expanded from a declaration: no entity bomb, no external entity, no network), no
 * namespaces (prefixes are dropped from names), coalesced text. Named character entities such as
 * {@code &cacute;} are resolved from a fixed table (HTML5's, which holds the ISO 8879 sets the EPO
 * DTDs declare); an unknown one is kept as written.
 *
 * <p>Real EPO files are not always well-formed: a raw {@code &} in an address ("Dummett Copp & Co.")
 * or a heading written {@code <First Embodiment}. Such a character is escaped where the parser
 * stopped and the record is parsed again, up to {@value #MAX_REPAIRS} times; the repairs are
 * reported, so a record is lost only when it is broken beyond that.
 */
final class XmlRecordParser {

    private static final int MAX_REPAIRS = 20;
    /** How far before the parser's stop the character to escape may stand. */
    private static final int REPAIR_WINDOW = 200;

    /** A parsed record, with the repairs it needed (empty when none). */
    record Parsed(XmlElement root, List<String> repairs) {
    }

    private final XMLInputFactory factory = hardened();

    /**
     * @throws MalformedRecordException saying where (line in the whole input) the XML is broken
     */
    Parsed parse(XmlRecordSplitter.Chunk chunk) throws MalformedRecordException {
        String xml = resolveEntities(decode(chunk));
        List<String> repairs = new ArrayList<>();
        while (true) {
            try {
                return new Parsed(tree(xml), repairs);
            } catch (XMLStreamException e) {
                Location at = e.getLocation();
                long line = at == null ? chunk.startLine() : chunk.startLine() + at.getLineNumber() - 1;
                String where = at == null ? "in the record starting at line " + chunk.startLine()
                        : "at line " + line + ", column " + at.getColumnNumber();
                int repairAt = at == null || repairs.size() >= MAX_REPAIRS ? -1 : repairable(xml, at);
                if (repairAt < 0) {
                    throw new MalformedRecordException("malformed XML " + where + ": " + message(e));
                }
                char c = xml.charAt(repairAt);
                xml = xml.substring(0, repairAt) + (c == '&' ? "&amp;" : "&lt;") + xml.substring(repairAt + 1);
                repairs.add("escaped a raw '" + c + "' " + where);
            }
        }
    }

    private XmlElement tree(String xml) throws XMLStreamException {
        XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
        try {
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.put(local(r.getAttributeLocalName(i)), r.getAttributeValue(i));
                        }
                        XmlElement e = new XmlElement(local(r.getLocalName()), attributes, new ArrayList<>());
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children().add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().children().add(r.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (!open.isEmpty()) {
                            open.peek().children().add(entity(r.getLocalName()));
                        }
                    }
                    default -> {
                        // comments (the "<!-- EPO <DP n="1"> -->" page marks), processing instructions
                    }
                }
            }
            return root;
        } finally {
            r.close();
        }
    }

    private static final Pattern NAMED = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "quot", "apos");

    /**
     * Replaces the named character entities by character references before parsing: with no DTD the
     * parser knows only the five predefined ones. An unknown name is escaped, so it stays as text.
     */
    static String resolveEntities(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        Matcher m = NAMED.matcher(xml);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            if (PREDEFINED.contains(name)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(xml.length() + 64);
            }
            out.append(xml, last, m.start());
            String chars = entity(name);
            if (chars.startsWith("&")) {
                out.append("&amp;").append(name).append(';');
            } else {
                for (int c : chars.codePoints().toArray()) {
                    out.append("&#").append(c).append(';');
                }
            }
            last = m.end();
        }
        return out == null ? xml : out.append(xml, last, xml.length()).toString();
    }

    /** A named entity's characters: as named, else as capitalized (DOCDB writes &SACUTE; for Ś), else as written. */
    static String entity(String name) {
        for (String candidate : List.of(name, name.isEmpty() ? name
                : name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))) {
            if (Entities.isNamedEntity(candidate)) {
                return Entities.getByName(candidate);
            }
        }
        return "&" + name + ";";
    }

    /** The position of the raw '&' or '<' nearest before where the parser stopped, or -1. */
    private static int repairable(String xml, Location at) {
        // the parser stops at the first character it cannot take: the stray one stands before it
        int offset = offset(xml, at.getLineNumber(), at.getColumnNumber()) - 1;
        for (int i = Math.min(offset, xml.length() - 1); i >= 0 && i > offset - REPAIR_WINDOW; i--) {
            char c = xml.charAt(i);
            if (c == '&') {
                return i;
            }
            if (c == '<') {
                return i > 0 ? i : -1; // never the record's own start tag
            }
            if (c == '>' && i < offset - 1) {
                return -1; // a complete tag lies between: not a stray character
            }
        }
        return -1;
    }

    private static int offset(String xml, int line, int column) {
        int i = 0;
        for (int l = 1; l < line && i >= 0; l++) {
            i = xml.indexOf('\n', i) + 1;
            if (i == 0) {
                return xml.length();
            }
        }
        return Math.min(xml.length(), i + Math.max(0, column - 1));
    }

    private static String decode(XmlRecordSplitter.Chunk chunk) throws MalformedRecordException {
        try {
            return new String(chunk.content(), Charset.forName(chunk.encoding()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MalformedRecordException("unsupported encoding '" + chunk.encoding() + "' in the XML declaration");
        }
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage();
        int i = m == null ? -1 : m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : String.valueOf(m);
    }

    /**
     * The same protections as the USPTO readers' parser (no external DTD or entity, no network), and
     * stricter: no DTD processing at all, since a record never needs one.
     */
    private static XMLInputFactory hardened() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        f.setProperty("jdk.xml.maxElementDepth", 1000);
        return f;
    }
}
