package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small DOM navigation helpers for the USPTO mappers: direct children by name, paths of direct
 * children, descendants, and the collapsed text of a field. They replace XPath, which is slow per
 * call and would hide the structure the mappers rely on.
 */
final class Dom {

    private Dom() {
    }

    /** The first direct child element with this name, or null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The direct child elements with this name, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** All direct child elements, in document order. */
    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /** Follows a path of direct children ({@code path(e, "a", "b")} is e/a/b); null when a step is missing. */
    static Element path(Element start, String... names) {
        Element e = start;
        for (String name : names) {
            e = child(e, name);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** All descendant elements with this name, in document order. */
    static List<Element> descendants(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The text of an element with white space collapsed; null for a missing element or blank text. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String s = XmlText.collapse(e.getTextContent());
        return s.isEmpty() ? null : s;
    }

    /**
     * The text of an element with only its ends stripped, for fixed-column values whose inner
     * spaces carry meaning (the SGML IPC symbol {@code "B32B  302"}); null when missing or blank.
     */
    static String rawText(Element e) {
        if (e == null) {
            return null;
        }
        String s = e.getTextContent().strip();
        return s.isEmpty() ? null : s;
    }

    /** The collapsed text at a path of direct children, or null. */
    static String text(Element start, String... path) {
        return text(path(start, path));
    }
}
