package org.priorart.ingest.epo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.ingest.WhiteSpace;

/**
 * One element of a parsed record: its name (without a namespace prefix: {@code exch:abstract} is
 * {@code abstract}), attributes, and children (elements and text, in order). Small and immutable
 * once built; the mappers navigate it the way the record's documentation describes it.
 *
 * @param name       the local name
 * @param attributes the attributes by local name
 * @param children   {@link XmlElement}s and {@link String}s in document order
 */
record XmlElement(String name, Map<String, String> attributes, List<Object> children) {

    /** An attribute's value, stripped; null when absent or blank. */
    String attr(String key) {
        String v = attributes.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The first child element with this name, or null. */
    XmlElement child(String childName) {
        for (Object c : children) {
            if (c instanceof XmlElement e && e.name.equals(childName)) {
                return e;
            }
        }
        return null;
    }

    /** The child elements with this name, in order. */
    List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof XmlElement e && e.name.equals(childName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** All child elements, in order. */
    List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Follows a path of child names; null when a step is missing. */
    XmlElement path(String... names) {
        XmlElement e = this;
        for (String n : names) {
            e = e.child(n);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** All descendant elements with this name, in document order (not below a match). */
    List<XmlElement> descendants(String descendantName) {
        List<XmlElement> out = new ArrayList<>();
        collect(this, descendantName, out);
        return out;
    }

    private static void collect(XmlElement e, String name, List<XmlElement> out) {
        for (Object c : e.children) {
            if (c instanceof XmlElement child) {
                if (child.name.equals(name)) {
                    out.add(child);
                } else {
                    collect(child, name, out);
                }
            }
        }
    }

    /** The collapsed text of this element (inline markup dropped, its words kept); null when blank. */
    String text() {
        String t = text(Set.of(), Set.of());
        return t.isEmpty() ? null : t;
    }

    /** The collapsed text of a child, or null. */
    String text(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text();
    }

    /**
     * The collapsed text, with block elements set off by a space (so that a table's cells or a nested
     * claim step do not run together) and skipped elements left out; never null.
     */
    String text(Set<String> blocks, Set<String> skipped) {
        StringBuilder s = new StringBuilder();
        append(this, blocks, skipped, s);
        return WhiteSpace.collapse(s);
    }

    private static void append(XmlElement e, Set<String> blocks, Set<String> skipped, StringBuilder s) {
        for (Object c : e.children) {
            if (c instanceof String text) {
                s.append(text);
            } else if (c instanceof XmlElement child && !skipped.contains(child.name)) {
                boolean block = blocks.contains(child.name);
                if (block) {
                    s.append(' ');
                }
                append(child, blocks, skipped, s);
                if (block) {
                    s.append(' ');
                }
            }
        }
    }
}
