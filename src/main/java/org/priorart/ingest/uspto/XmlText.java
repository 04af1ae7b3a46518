package org.priorart.ingest.uspto;

import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.priorart.ingest.WhiteSpace;

/**
 * Turns marked-up patent text into plain text for indexing.
 *
 * <p>Inline markup ({@code <b>}, {@code <i>}, {@code <sub>}, {@code <figref>}, SGML {@code <HIL>},
 * {@code <PDAT>}) is dropped and its words kept, joined to their neighbours exactly as printed:
 * "SiO{@code <sub>}2{@code </sub>}" reads "SiO2", not "SiO 2". Block elements (a nested claim
 * step, a table cell, a list item) are set off by a space so that their words do not run together.
 * Skipped elements (images, a paragraph's printed number) contribute nothing. White space of every
 * kind, the em spaces that USPTO formulas are padded with included, collapses to single spaces.
 */
final class XmlText {

    private final Predicate<Element> block;
    private final Predicate<Element> skipped;

    /**
     * @param block   elements set off from their neighbours by a space
     * @param skipped elements whose text is left out
     */
    XmlText(Predicate<Element> block, Predicate<Element> skipped) {
        this.block = block;
        this.skipped = skipped;
    }

    /** An extractor that knows elements by name only. */
    static XmlText byName(Set<String> blockNames, Set<String> skippedNames) {
        return new XmlText(e -> blockNames.contains(e.getTagName()), e -> skippedNames.contains(e.getTagName()));
    }

    /** The plain text of an element, collapsed; empty (never null) when it has none. */
    String of(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(256);
        appendChildren(element, s);
        return collapse(s);
    }

    private void appendChildren(Node node, StringBuilder s) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> s.append(n.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) n;
                    if (!skipped.test(e)) {
                        boolean isBlock = block.test(e);
                        if (isBlock) {
                            s.append(' ');
                        }
                        appendChildren(e, s);
                        if (isBlock) {
                            s.append(' ');
                        }
                    }
                }
                case Node.ENTITY_REFERENCE_NODE -> appendChildren(n, s);
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    /** Collapses every run of white space (including no-break and em spaces) to one space and strips. */
    static String collapse(CharSequence text) {
        return WhiteSpace.collapse(text);
    }
}
