package org.priorart.server.chart;

import java.time.LocalDate;
import java.util.List;
import org.priorart.engine.Snippet;

/**
 * A claim chart: for each claim element, the passage of each charted document that matches it best.
 *
 * @param mode     the mode that ranked (hybrid ranks by keyword until passages are embedded)
 * @param notes    what to know (e.g. the semantic coverage is incomplete)
 * @param hits     the charted documents, in the order asked
 * @param elements the claim's elements, each with one cell per charted document (same order as hits)
 */
public record ClaimChart(String mode, List<String> notes, List<Document> hits, List<Element> elements) {

    /** A charted document. */
    public record Document(String publicationNumber, String title, LocalDate publicationDate) {
    }

    /** An element and its cells. */
    public record Element(String label, String text, Integer start, Integer end, List<Cell> cells) {
    }

    /**
     * What one document holds for one element. Without a match (no word of the element in the
     * document, and no embedded passage near it) rank and score are absent and so are the passages.
     *
     * @param publicationNumber the document
     * @param rank              its rank for this element among the charted documents (1: the best)
     * @param score             the score it ranked by (BM25, cosine or fused, by mode)
     * @param keyword           the passage the element's words match best, with the matches as ranges
     * @param semantic          the embedded passage (abstract, independent claim) nearest in meaning
     */
    public record Cell(String publicationNumber, Integer rank, Double score, Passage keyword, Passage semantic) {
    }

    /**
     * A passage of a charted document.
     *
     * @param location   "abstract", "claim 3", "description paragraph 12"
     * @param text       its text
     * @param highlights the element's words in it, as ranges of text (keyword passages only)
     * @param score      keyword: the document's BM25 for the element (absent in semantic mode, which
     *                   has none); semantic: the passage's cosine
     */
    public record Passage(String location, String text, List<Snippet.Range> highlights, Double score) {
    }
}
