package org.priorart.eval;

/**
 * One evaluation topic: an information need with an id that the qrels refer to. A topic is either
 * free text (a paper's title and abstract, a claim, a TREC title and description) or a patent given
 * by its publication number, whose indexed text becomes the query; a patent topic may carry text too,
 * which is searched when the patent is not in the index.
 *
 * @param id                the topic id as in the qrels
 * @param text              the query text, or null for a patent topic without text
 * @param publicationNumber the patent whose text is the query, or null for a text topic
 */
public record Topic(String id, String text, String publicationNumber) {

    public Topic {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("topic without an id");
        }
        id = id.strip();
        if (id.chars().anyMatch(Character::isWhitespace)) {
            // qrels and run files separate fields by white space: such an id could never match
            throw new IllegalArgumentException("topic id '" + id + "' contains white space");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        publicationNumber = publicationNumber == null || publicationNumber.isBlank() ? null : publicationNumber.strip();
        if (text == null && publicationNumber == null) {
            throw new IllegalArgumentException("topic " + id + " has no text and no publication number");
        }
    }

    public static Topic ofText(String id, String text) {
        return new Topic(id, text, null);
    }

    public static Topic ofPatent(String id, String publicationNumber) {
        return new Topic(id, null, publicationNumber);
    }

    /** True when the query is a patent of the index (prior art for it is wanted). */
    public boolean isPatent() {
        return publicationNumber != null;
    }
}
