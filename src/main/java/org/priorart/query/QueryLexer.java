package org.priorart.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits query text into tokens: parentheses, quoted phrases, field codes with their comparison
 * ({@code TI=}, {@code ti:}, {@code PD<=}), operators (case-insensitive) and words. A word runs to
 * the next white space, parenthesis or quote, so {@code H01M4/38}, {@code 2010-01-01..2015-12-31}
 * and {@code lithium-ion} are single words.
 *
 * <p>Operators: {@code AND OR NOT ANDNOT}; ordered proximity {@code W/n nW ADJn ADJ}; unordered
 * {@code NEAR/n nN NEARn NEAR}; {@code WITH} (same sentence) and {@code SAME} (same paragraph).
 * To search one of these words literally, quote it ({@code "near"}).
 */
final class QueryLexer {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)[ \\t]*(<=|>=|=|:|<|>)");
    private static final Pattern ORDERED = Pattern.compile("(?:W/|ADJ)(\\d+)|(\\d+)W|ADJ");
    private static final Pattern UNORDERED = Pattern.compile("(?:NEAR/?)(\\d+)|(\\d+)N|NEAR");
    /** Quote characters: straight and the typographic ones that pasted text brings along. */
    private static final String QUOTES = "\"\u201C\u201D\u201E";

    private final String query;
    private final QueryLimits limits;
    private final List<Token> tokens = new ArrayList<>();

    private QueryLexer(String query, QueryLimits limits) {
        this.query = query;
        this.limits = limits;
    }

    static List<Token> tokenize(String query, QueryLimits limits) throws QuerySyntaxException {
        QueryLexer lexer = new QueryLexer(query, limits);
        lexer.run();
        return lexer.tokens;
    }

    private void run() throws QuerySyntaxException {
        int i = 0;
        int n = query.length();
        while (true) {
            while (i < n && isSpace(query.codePointAt(i))) {
                i += Character.charCount(query.codePointAt(i));
            }
            if (i >= n) {
                tokens.add(Token.of(Token.Type.END, "", n, n));
                return;
            }
            char c = query.charAt(i);
            if (c == '(') {
                tokens.add(Token.of(Token.Type.LPAREN, "(", i, i + 1));
                i++;
            } else if (c == ')') {
                tokens.add(Token.of(Token.Type.RPAREN, ")", i, i + 1));
                i++;
            } else if (QUOTES.indexOf(c) >= 0) {
                i = phrase(i);
            } else {
                i = wordOrField(i);
            }
        }
    }

    private int phrase(int open) throws QuerySyntaxException {
        int close = open + 1;
        while (close < query.length() && QUOTES.indexOf(query.charAt(close)) < 0) {
            close++;
        }
        if (close >= query.length()) {
            throw new QuerySyntaxException("expected '\"'", query.length(), query,
                    "the phrase begun at position " + open + " is not closed");
        }
        String text = query.substring(open + 1, close).strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new QuerySyntaxException("expected words between the quotes", open + 1, query, "the phrase is empty");
        }
        tokens.add(Token.of(Token.Type.PHRASE, text, open, close + 1));
        return close + 1;
    }

    private int wordOrField(int start) throws QuerySyntaxException {
        // anchored at the word's start: a failed match must not go on scanning the rest of the query
        Matcher field = FIELD.matcher(query).region(start, query.length());
        if (field.lookingAt()) {
            String name = field.group(1);
            String symbol = field.group(2);
            FieldCode code = FieldCode.lookup(name);
            int end = field.end();
            boolean spaceAfter = end >= query.length() || isSpace(query.codePointAt(end));
            if (code != null) {
                tokens.add(new Token(Token.Type.FIELD, query.substring(start, end), start, end, code,
                        Comparison.of(symbol), null));
                return end;
            }
            // "comprising: a battery" is text; "XY=..." or "xy:word" is a mistyped field code
            if (!(symbol.equals(":") && spaceAfter)) {
                throw new QuerySyntaxException("unknown field code '" + name + "'", start, query,
                        "known codes are " + FieldCode.known());
            }
        }
        int end = start;
        while (end < query.length()) {
            int cp = query.codePointAt(end);
            if (isSpace(cp) || cp == '(' || cp == ')' || QUOTES.indexOf(cp) >= 0) {
                break;
            }
            end += Character.charCount(cp);
        }
        String word = query.substring(start, end);
        tokens.add(classify(word, start, end));
        return end;
    }

    private Token classify(String word, int start, int end) throws QuerySyntaxException {
        String upper = word.toUpperCase(Locale.ROOT);
        switch (upper) {
            case "AND":
                return Token.of(Token.Type.AND, word, start, end);
            case "OR":
                return Token.of(Token.Type.OR, word, start, end);
            case "NOT", "ANDNOT":
                return Token.of(Token.Type.NOT, word, start, end);
            case "WITH":
                return proximity(word, start, end, ProximityOperator.WITH);
            case "SAME":
                return proximity(word, start, end, ProximityOperator.SAME);
            default:
                break;
        }
        Matcher ordered = ORDERED.matcher(upper);
        if (ordered.matches()) {
            return proximity(word, start, end, new ProximityOperator(ProximityOperator.Kind.ORDERED,
                    distance(word, ordered, start)));
        }
        Matcher unordered = UNORDERED.matcher(upper);
        if (unordered.matches()) {
            return proximity(word, start, end, new ProximityOperator(ProximityOperator.Kind.UNORDERED,
                    distance(word, unordered, start)));
        }
        if (upper.matches("(WITH|SAME)\\d+")) {
            throw new QuerySyntaxException("'" + word + "' is not supported", start, query,
                    "within n sentences or paragraphs is not indexed; use WITH (same sentence) or SAME (same paragraph)");
        }
        if (upper.matches("(W|NEAR)/.*")) {
            throw new QuerySyntaxException("expected a number after '" + word.substring(0, word.indexOf('/') + 1) + "'",
                    start + word.indexOf('/') + 1, query, "e.g. " + upper.substring(0, upper.indexOf('/') + 1) + "3");
        }
        return Token.of(Token.Type.WORD, word, start, end);
    }

    private int distance(String word, Matcher m, int start) throws QuerySyntaxException {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        if (digits == null) {
            return 1; // ADJ, NEAR: adjacent
        }
        int n = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (n < 1 || n > limits.maxDistance()) {
            throw new QuerySyntaxException("bad distance in '" + word + "'", start, query,
                    "n must be 1 to " + limits.maxDistance() + " words");
        }
        return n;
    }

    private static Token proximity(String word, int start, int end, ProximityOperator op) {
        return new Token(Token.Type.PROXIMITY, word, start, end, null, null, op);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
