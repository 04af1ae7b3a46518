package org.priorart.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Numbered result sets as operands ({@code L1 AND L2 NOT L3}, {@code L4 AND battery W/3 fold*}), as
 * in EAST and PPUBS. A word {@code L<n>} (capital L, then the set's number) is replaced by the
 * referenced set's own query, in parentheses, before the query is parsed: the parser then reads
 * one ordinary query, so every engine evaluates the combination natively, with its counts, ranking
 * and proximity, and nothing is kept of a set but its definition. A set's definition is already
 * expanded when it is stored, so references never chain at search time and cannot loop.
 *
 * <p>To search the word itself ("L1" as a part name), quote it: {@code "L1"}. A reference cannot
 * take a field code ({@code TI=L1}): a set is a set of documents, not words in a field.
 */
public final class SetReferences {

    private static final Pattern REFERENCE = Pattern.compile("L([1-9][0-9]{0,5})");

    private SetReferences() {
    }

    /**
     * The set numbers the query refers to, in order (duplicates kept once).
     *
     * @throws QuerySyntaxException when the query cannot be read into tokens (an unclosed quote)
     */
    public static List<Integer> referenced(String query) throws QuerySyntaxException {
        List<Integer> out = new ArrayList<>();
        for (Token t : QueryLexer.tokenize(query, QueryLimits.DEFAULT)) {
            if (t.type() == Token.Type.WORD && REFERENCE.matcher(t.text()).matches()) {
                int n = Integer.parseInt(t.text().substring(1));
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * The query with every set reference replaced by its set's definition, in parentheses.
     *
     * @param definitions the definition of set n (a query in the examiner syntax); it throws
     *                    {@link IllegalArgumentException} saying why set n cannot be used (there is
     *                    no such set, or it is a ranked free text and not a set)
     * @throws QuerySyntaxException at the reference that cannot be resolved, or placed under a field code,
     *                              or ({@link QueryLimitException}) that makes the query longer than the parser
     *                              takes ({@link QueryLimits#DEFAULT})
     */
    public static String expand(String query, IntFunction<String> definitions) throws QuerySyntaxException {
        List<Token> tokens = QueryLexer.tokenize(query, QueryLimits.DEFAULT);
        StringBuilder out = new StringBuilder(query.length() + 64);
        int copied = 0;
        Token previous = null;
        for (Token t : tokens) {
            if (t.type() == Token.Type.WORD && REFERENCE.matcher(t.text()).matches()) {
                if (previous != null && previous.type() == Token.Type.FIELD) {
                    throw new QuerySyntaxException("a set cannot take a field code", previous.start(), query,
                            "write " + t.text() + " AND " + query.substring(previous.start(), previous.end()) + "(...)");
                }
                String definition;
                try {
                    definition = definitions.apply(Integer.parseInt(t.text().substring(1)));
                } catch (IllegalArgumentException e) {
                    throw new QuerySyntaxException(e.getMessage(), t.start(), query);
                }
                int length = out.length() + t.start() - copied + definition.length() + 2;
                if (length > QueryLimits.DEFAULT.maxLength()) {
                    // checked at each reference, not on the whole: a query of thousands of references to a
                    // long set would otherwise be built (hundreds of megabytes) before the parser refused it
                    throw new QueryLimitException("the sets combined make a query longer than "
                            + QueryLimits.DEFAULT.maxLength() + " characters", t.start(), query);
                }
                out.append(query, copied, t.start()).append('(').append(definition).append(')');
                copied = t.end();
            }
            previous = t;
        }
        out.append(query.substring(copied));
        return out.toString();
    }
}
