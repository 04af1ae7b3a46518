package org.priorart.ingest.uspto;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares the named character entities a USPTO document uses, in its own internal DTD subset, so
 * that a parser that never loads the external DTD still knows them.
 *
 * <p>USPTO documents reference ISO 8879 entities ({@code &mgr;}, {@code &lsquo;}, {@code &deg;})
 * that their DTDs declare, and the DTDs are neither shipped with the data nor fetched (no network,
 * no external entity loading). Left undeclared, such a reference is a fatal error in a document
 * without a DOCTYPE, and is silently dropped by Xerces in one whose external subset it did not
 * read. So before parsing, each name the document references is declared as the character it
 * stands for ({@link CharacterEntities}), or as U+FFFD when no entity set knows it, which keeps a
 * visible trace instead of failing the document or gluing the words around it together.
 *
 * <p>The declarations go at the end of the internal subset (the document's own declarations come
 * first and so win), or into a DOCTYPE added in front of the root element. Nothing is inserted
 * into the body and no line break is added, so the parser's line numbers stay those of the input.
 */
final class EntityDeclarations {

    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_:][-A-Za-z0-9._:]*);");
    private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "quot", "apos");

    private EntityDeclarations() {
    }

    /** The document with declarations for the entities it references; unchanged when it needs none. */
    static String declare(String xml) {
        Set<String> names = new TreeSet<>();
        Matcher m = REFERENCE.matcher(xml);
        while (m.find()) {
            if (!PREDEFINED.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            return xml;
        }
        String declarations = declarations(names);
        int at = skipPrologMisc(xml, skipDeclaration(xml));
        if (at < 0) {
            return xml;
        }
        if (xml.startsWith("<!DOCTYPE", at)) {
            return intoDoctype(xml, at, declarations);
        }
        return xml.substring(0, at) + "<!DOCTYPE " + rootName(xml, at) + " [" + declarations + "]>" + xml.substring(at);
    }

    private static String declarations(Set<String> names) {
        StringBuilder s = new StringBuilder(names.size() * 24);
        for (String name : names) {
            String chars = CharacterEntities.resolve(name);
            if (chars == null) {
                chars = CharacterEntities.UNKNOWN;
            }
            s.append("<!ENTITY ").append(name).append(" \"");
            chars.codePoints().forEach(c -> {
                if (c == '&' || c == '<') {
                    s.append("&#38;#").append(c).append(';'); // stays a character reference when expanded
                } else {
                    s.append("&#x").append(Integer.toHexString(c)).append(';');
                }
            });
            s.append("\">");
        }
        return s.toString();
    }

    private static int skipDeclaration(String xml) {
        int at = xml.startsWith("\uFEFF") ? 1 : 0;
        if (xml.startsWith("<?xml", at)) {
            int end = xml.indexOf("?>", at);
            return end < 0 ? -1 : end + 2;
        }
        return at;
    }

    /** Skips white space, comments and processing instructions before the DOCTYPE or root. */
    private static int skipPrologMisc(String xml, int at) {
        while (at >= 0 && at < xml.length()) {
            if (Character.isWhitespace(xml.charAt(at))) {
                at++;
            } else if (xml.startsWith("<!--", at)) {
                int end = xml.indexOf("-->", at + 4);
                at = end < 0 ? -1 : end + 3;
            } else if (xml.startsWith("<?", at)) {
                int end = xml.indexOf("?>", at + 2);
                at = end < 0 ? -1 : end + 2;
            } else {
                return at;
            }
        }
        return -1;
    }

    private static String intoDoctype(String xml, int doctype, String declarations) {
        int i = doctype + "<!DOCTYPE".length();
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '"' || c == '\'') {
                int end = xml.indexOf(c, i + 1);
                if (end < 0) {
                    return xml;
                }
                i = end + 1;
            } else if (c == '[') {
                int end = endOfInternalSubset(xml, i + 1);
                return end < 0 ? xml : xml.substring(0, end) + declarations + xml.substring(end);
            } else if (c == '>') {
                return xml.substring(0, i) + " [" + declarations + "]" + xml.substring(i);
            } else {
                i++;
            }
        }
        return xml;
    }

    /** The position of the {@code ]} closing an internal subset that starts at {@code i}. */
    private static int endOfInternalSubset(String xml, int i) {
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == ']') {
                return i;
            }
            int end;
            if (c == '"' || c == '\'') {
                end = xml.indexOf(c, i + 1);
                i = end < 0 ? -1 : end + 1;
            } else if (xml.startsWith("<!--", i)) {
                end = xml.indexOf("-->", i + 4);
                i = end < 0 ? -1 : end + 3;
            } else if (xml.startsWith("<?", i)) {
                end = xml.indexOf("?>", i + 2);
                i = end < 0 ? -1 : end + 2;
            } else {
                i++;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static String rootName(String xml, int at) {
        int i = at + 1;
        while (i < xml.length() && !Character.isWhitespace(xml.charAt(i)) && "/>".indexOf(xml.charAt(i)) < 0) {
            i++;
        }
        return i > at + 1 && xml.charAt(at) == '<' ? xml.substring(at + 1, i) : "document";
    }
}
