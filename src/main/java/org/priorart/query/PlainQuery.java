package org.priorart.query;

import java.util.List;
import java.util.Locale;

/**
 * Tells a query typed as a plain description ("power storage unit having a Si negative pole and a
 * non-fluid ionic conductor") from one written in the examiner syntax. A query is plain when it has
 * no quotes, parentheses, field codes or truncation, and no operator written as an operator: in
 * capitals ({@code AND}, {@code OR}, {@code NOT}, {@code WITH}, {@code SAME}, {@code NEAR},
 * {@code ADJ}) or with a distance ({@code W/3}, {@code 3N}, {@code near5}). The words and, or, not,
 * with, same, near and adj written in lower case are words of the description: prose is full of
 * them, and read as operators they would turn "a cell with a cover" into a proximity search.
 *
 * <p>The search service reads a plain query as free text in semantic and hybrid mode
 * ({@code SearchRequest#queryIsFreeText}); keyword mode always reads the examiner syntax. Here is
 * only the test of the text, so that the command line, the API and the page share it.
 */
public final class PlainQuery {

    private PlainQuery() {
    }

    /** Whether the text is a plain description rather than an examiner query (see the class comment). */
    public static boolean isPlain(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        List<Token> tokens;
        try {
            tokens = QueryLexer.tokenize(query, QueryLimits.DEFAULT);
        } catch (QuerySyntaxException e) {
            return false; // a mistyped field code or distance: examiner syntax, whose error the parser reports
        }
        for (Token t : tokens) {
            boolean plain = switch (t.type()) {
                case WORD -> !TruncationPattern.isPattern(t.text());
                case AND, OR, NOT, PROXIMITY -> isProse(t.text());
                case END -> true;
                case PHRASE, LPAREN, RPAREN, FIELD -> false;
            };
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** An operator's word written as prose: letters only (no distance), not all in capitals. */
    private static boolean isProse(String word) {
        return word.chars().allMatch(Character::isLetter) && !word.equals(word.toUpperCase(Locale.ROOT));
    }
}
