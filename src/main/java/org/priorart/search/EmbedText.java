package org.priorart.search;

import org.priorart.error.UserInputException;
import org.priorart.query.ExaminerQuery;

/**
 * What the semantic side of a search embeds, and the one rule when there is nothing: the free text
 * when the request has one, else the examiner query's free words and phrases (outside NOT and
 * bibliographic codes). A query of codes, dates, truncations or negated terms alone has none: semantic
 * mode refuses it as the user's mistake, hybrid mode ranks it by keyword and says why.
 */
final class EmbedText {

    /** Why a request has nothing to embed, as hybrid mode's note says it. */
    static final String NOTHING_TO_EMBED = "the query has no words to embed (only codes, dates, truncations or "
            + "negated terms)";

    private EmbedText() {
    }

    /**
     * The text to embed, or null when there is none.
     *
     * @param request the request as it is ranked ({@link SearchRequest#asRanked()})
     * @param parsed  its examiner query, or null
     */
    static String of(SearchRequest request, ExaminerQuery parsed) {
        String text = request.text() != null ? request.text() : parsed.freeText();
        return text == null || text.isBlank() ? null : text;
    }

    /** The refusal of a semantic search with nothing to embed, naming the query. */
    static UserInputException semanticNeedsWords() {
        return new UserInputException("query", "semantic mode needs words to embed: the query has only codes, dates, "
                + "truncations or negated terms; add a text, or use keyword or hybrid mode");
    }
}
