package org.priorart.patent;

/**
 * One paragraph of the description, with the heading of the section it stands under.
 *
 * @param number  1-based position in the description (the "[0012]" an examiner cites)
 * @param heading the nearest heading above it ("BACKGROUND OF THE INVENTION"), or null
 * @param text    the paragraph text
 */
public record DescriptionParagraph(int number, String heading, String text) {

    public DescriptionParagraph {
        text = text == null ? "" : text;
        heading = heading == null || heading.isBlank() ? null : heading.strip();
    }
}
