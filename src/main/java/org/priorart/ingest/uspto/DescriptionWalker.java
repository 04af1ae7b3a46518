package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.priorart.patent.DescriptionParagraph;
import org.w3c.dom.Element;

/**
 * Collects the paragraphs of a description with the heading each stands under.
 *
 * <p>Every DTD family marks headings and paragraphs with its own element names, and nests them
 * differently (flat in v4.x, in sections in v1.5 and SGML), so the walk is generic: a heading
 * element sets the current heading, a paragraph element becomes a paragraph (its nested content is
 * its text), anything else is walked into. Where the description is divided into parts (the SGML
 * {@code BRFSUM}/{@code DRWDESC}/{@code DETDESC}, the v1.5 {@code summary-of-invention}), entering a
 * part clears the heading: a part without a heading of its own must not inherit the previous
 * part's. (The v4.x description is flat; its part markers are processing instructions.)
 *
 * <p>Where the source numbers its paragraphs (the v4.x {@code num} attribute, the v1.5
 * {@code <number>}), a paragraph's number is the printed one, because the printed "[0012]" is what an
 * examiner cites; an unnumbered paragraph there (a formula line, a table between paragraphs) is
 * printed as part of the numbered paragraph before it and shares its number. Where the source does
 * not number them (the SGML grants), paragraphs are numbered in order. Empty paragraphs (a lone
 * chemical structure image) take their number but are not kept.
 */
final class DescriptionWalker {

    private final XmlText text;
    private final Predicate<Element> heading;
    private final Predicate<Element> paragraph;
    private final ToIntFunction<Element> printedNumber;
    private final boolean partsClearHeading;

    /**
     * @param printedNumber     the number the source prints for a paragraph element, 0 for one it
     *                          prints without; null when the source numbers no paragraphs
     * @param partsClearHeading whether the description's child elements other than headings and
     *                          paragraphs are parts that start without a heading
     */
    DescriptionWalker(XmlText text, Predicate<Element> heading, Predicate<Element> paragraph,
            ToIntFunction<Element> printedNumber, boolean partsClearHeading) {
        this.text = text;
        this.heading = heading;
        this.paragraph = paragraph;
        this.printedNumber = printedNumber;
        this.partsClearHeading = partsClearHeading;
    }

    /** The description's paragraphs in order; empty for a null root. */
    List<DescriptionParagraph> paragraphs(Element description) {
        List<DescriptionParagraph> out = new ArrayList<>();
        if (description == null) {
            return out;
        }
        State state = new State();
        for (Element part : Dom.children(description)) {
            if (partsClearHeading && !heading.test(part) && !paragraph.test(part)) {
                state.heading = null;
            }
            walk(part, state, out);
        }
        return out;
    }

    private void walk(Element e, State state, List<DescriptionParagraph> out) {
        if (heading.test(e)) {
            String h = text.of(e);
            state.heading = h.isEmpty() ? null : h;
        } else if (paragraph.test(e)) {
            int printed = printedNumber == null ? 0 : printedNumber.applyAsInt(e);
            if (printed > 0) {
                state.number = printed;
            } else if (printedNumber == null || state.number == 0) {
                state.number++;
            }
            String t = text.of(e);
            if (!t.isEmpty()) {
                out.add(new DescriptionParagraph(state.number, state.heading, t));
            }
        } else {
            for (Element child : Dom.children(e)) {
                walk(child, state, out);
            }
        }
    }

    private static final class State {
        String heading;
        int number;
    }
}
