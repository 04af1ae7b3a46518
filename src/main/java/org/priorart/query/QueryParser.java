package org.priorart.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.priorart.query.QueryNode.And;
import org.priorart.query.QueryNode.DateClause;
import org.priorart.query.QueryNode.FieldScope;
import org.priorart.query.QueryNode.Not;
import org.priorart.query.QueryNode.Or;
import org.priorart.query.QueryNode.Phrase;
import org.priorart.query.QueryNode.Proximity;
import org.priorart.query.QueryNode.Truncation;
import org.priorart.query.QueryNode.Word;

/**
 * Reads examiner query text into an {@link ExaminerQuery} (hand-written recursive descent).
 *
 * <p>Grammar, loosest binding first (the precedence of USPTO's EAST/PPUBS):
 * <pre>
 * query     := or END
 * or        := and ( OR and | and )*            -- juxtaposition here when the default is OR
 * and       := operand ( (AND | NOT | ANDNOT) operand | operand )*   -- juxtaposition when AND
 * operand   := NOT operand | same               -- unary NOT: "NOT a" matches all but a
 * same      := with ( SAME with )*
 * with      := near ( WITH near )*
 * near      := unary ( (W/n | NEAR/n) unary )*  -- left-associative
 * unary     := FIELD primary | FIELD date | primary
 * primary   := '(' or ')' | WORD | PHRASE
 * </pre>
 * {@code a NOT b} is {@code AND(a, NOT(b))}. A field code applies to the one primary after it
 * ({@code TI=(a OR b)}); inside a CPC/IPC code only codes, AND, OR, NOT and parentheses may appear.
 * Proximity operands may only be words, phrases, truncations, OR groups and other proximity
 * operators, all in one field: {@code TI=(a W/3 b)}, not {@code TI=a W/3 b}.
 */
public final class QueryParser {

    private final String query;
    private final QueryOptions options;
    private final List<Token> tokens;
    private int next;
    /** Field codes in force, innermost last. */
    private final Deque<FieldCode> scopes = new ArrayDeque<>();
    /** Open parentheses, NOTs and field codes: bounds the parser's own recursion. */
    private int nesting;
    private int leaves;
    private int leftTruncations;
    /** Depth of each composite node built, so chains of proximity operators count as nesting too. */
    private final Map<QueryNode, Integer> depths = new IdentityHashMap<>();

    private QueryParser(String query, QueryOptions options, List<Token> tokens) {
        this.query = query;
        this.options = options;
        this.tokens = tokens;
    }

    /** Parses with the default options (AND between side-by-side terms, default limits). */
    public static ExaminerQuery parse(String query) throws QuerySyntaxException {
        return parse(query, QueryOptions.DEFAULT);
    }

    public static ExaminerQuery parse(String query, QueryOptions options) throws QuerySyntaxException {
        String text = query == null ? "" : query;
        QueryLimits limits = options.limits();
        if (text.length() > limits.maxLength()) {
            throw new QueryLimitException("the query is longer than " + limits.maxLength() + " characters",
                    limits.maxLength(), text);
        }
        if (text.isBlank()) {
            throw new QuerySyntaxException("the query is empty", 0, text);
        }
        QueryParser parser = new QueryParser(text, options, QueryLexer.tokenize(text, limits));
        QueryNode root = parser.parseQuery();
        return new ExaminerQuery(text, root, options);
    }

    private QueryNode parseQuery() throws QuerySyntaxException {
        QueryNode root = parseOr();
        Token t = peek();
        if (t.type() == Token.Type.RPAREN) {
            throw error("unexpected ')'", t.start(), "there is no '(' to close");
        }
        if (t.type() != Token.Type.END) {
            throw error("expected an operator or the end of the query", t.start(), "found " + t.describe());
        }
        return root;
    }

    private QueryNode parseOr() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(parseAnd());
        while (true) {
            Token t = peek();
            if (t.type() == Token.Type.OR) {
                advance();
                clauses.add(parseAnd());
            } else if (options.defaultOperator() == DefaultOperator.OR && t.startsOperand()) {
                clauses.add(parseAnd());
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.get(0) : flatten(new Or(flattenList(clauses, Or.class)));
    }

    private QueryNode parseAnd() throws QuerySyntaxException {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(parseOperand());
        while (true) {
            Token t = peek();
            if (t.type() == Token.Type.AND) {
                advance();
                clauses.add(parseOperand());
            } else if (t.type() == Token.Type.NOT) {
                // binary NOT: a NOT b is a AND NOT b
                clauses.add(parseOperand());
            } else if (options.defaultOperator() == DefaultOperator.AND && t.startsOperand()) {
                clauses.add(parseOperand());
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.get(0) : flatten(new And(flattenList(clauses, And.class)));
    }

    private QueryNode parseOperand() throws QuerySyntaxException {
        Token t = peek();
        if (t.type() != Token.Type.NOT) {
            return parseProximity(2);
        }
        advance();
        Token after = peek();
        if (after.type() == Token.Type.PROXIMITY) {
            throw error("'" + t.text() + " " + after.text() + "' is not supported", t.start(),
                    "for 'a NOT " + after.proximity() + " b' write a NOT (a " + after.proximity() + " b)");
        }
        enter(t.start());
        QueryNode clause = parseOperand();
        nesting--;
        return composite(new Not(clause, t.start()), t.start());
    }

    /** SAME (level 2) over WITH (level 1) over W/NEAR (level 0) over unary. */
    private QueryNode parseProximity(int level) throws QuerySyntaxException {
        QueryNode left = level == 0 ? parseUnary() : parseProximity(level - 1);
        while (true) {
            Token t = peek();
            if (t.type() != Token.Type.PROXIMITY || t.proximity().level() != level) {
                return left;
            }
            advance();
            ProximityRules.checkScope(scopes.peekLast(), t, query);
            QueryNode right = level == 0 ? parseUnary() : parseProximity(level - 1);
            ProximityRules.checkOperand(left, t, query);
            ProximityRules.checkOperand(right, t, query);
            left = composite(new Proximity(t.proximity(), left, right, t.start()), t.start());
        }
    }

    private QueryNode parseUnary() throws QuerySyntaxException {
        Token t = peek();
        if (t.type() != Token.Type.FIELD) {
            return parsePrimary();
        }
        advance();
        FieldCode field = t.field();
        FieldCode outer = scopes.peekLast();
        if (outer != null && outer.kind() == FieldCode.Kind.CLASSIFICATION) {
            throw error("only classification codes can be inside " + outer.name() + "=( )", t.start(),
                    "found " + field.name() + t.comparison().symbol());
        }
        if (field.kind() == FieldCode.Kind.DATE) {
            return date(t);
        }
        if (t.comparison() != Comparison.EQ) {
            throw error("'" + t.comparison().symbol() + "' compares dates only", t.end() - t.comparison().symbol().length(),
                    field.name() + " takes '=' or ':'; the date codes are PD, AD, PRD and ED");
        }
        enter(t.start());
        scopes.addLast(field);
        QueryNode clause = parsePrimary();
        scopes.removeLast();
        nesting--;
        if (field.kind() == FieldCode.Kind.CLASSIFICATION) {
            return clause; // the codes carry their scheme; no scope node needed
        }
        return composite(new FieldScope(field, clause, t.start()), t.start());
    }

    private QueryNode parsePrimary() throws QuerySyntaxException {
        Token t = peek();
        switch (t.type()) {
            case LPAREN -> {
                advance();
                enter(t.start());
                QueryNode inner = parseOr();
                Token close = peek();
                if (close.type() != Token.Type.RPAREN) {
                    throw error("expected ')'", close.start(), "found " + close.describe()
                            + "; the '(' at position " + t.start() + " is not closed");
                }
                advance();
                nesting--;
                return inner;
            }
            case WORD -> {
                advance();
                return leaf(t);
            }
            case PHRASE -> {
                advance();
                return leaf(t);
            }
            default -> {
                Token before = next > 0 ? tokens.get(next - 1) : null;
                String after = before == null ? "" : " after " + before.describe();
                throw error("expected a word, phrase or '('" + after, t.start(), "found " + t.describe());
            }
        }
    }

    private QueryNode leaf(Token t) throws QuerySyntaxException {
        FieldCode scope = scopes.peekLast();
        if (scope != null && scope.kind() == FieldCode.Kind.CLASSIFICATION) {
            return classification(scope, t);
        }
        if (t.type() == Token.Type.PHRASE) {
            count(t.text().split(" ").length, t.start());
            return new Phrase(t.text(), t.start());
        }
        count(1, t.start());
        if (TruncationPattern.isPattern(t.text())) {
            TruncationPattern pattern = TruncationPattern.parse(t.text(), t.start(), query);
            if (pattern.leftTruncated() && ++leftTruncations > options.limits().maxLeftTruncations()) {
                throw new QueryLimitException("the query has more than " + options.limits().maxLeftTruncations()
                        + " truncations that start with a wildcard", t.start(), query,
                        "each one reads the whole word list of the index");
            }
            return new Truncation(pattern, t.start());
        }
        return new Word(t.text(), t.start());
    }

    private QueryNode classification(FieldCode scheme, Token t) throws QuerySyntaxException {
        QueryNode node;
        if (scheme == FieldCode.LA) {
            node = CodeClauses.language(t, query);
        } else {
            String raw = t.text();
            // "CPC=H01M 10/0525": the symbol as printed on patents, with a space after the subclass
            if (t.type() == Token.Type.WORD && CodeClauses.isSubclass(raw) && peek().type() == Token.Type.WORD
                    && CodeClauses.isGroup(peek().text()) && peek().start() > t.end()) {
                raw = raw + advance().text();
            }
            node = CodeClauses.classification(scheme, raw, t.start(), query);
        }
        count(1, t.start());
        return node;
    }

    private QueryNode date(Token field) throws QuerySyntaxException {
        Token value = peek();
        if (value.type() != Token.Type.WORD) {
            throw error("expected a date after " + field.describe(), value.start(),
                    "found " + value.describe() + "; dates are YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY");
        }
        advance();
        DateClause clause = CodeClauses.date(field, value, query);
        count(1, field.start());
        return clause;
    }

    private void enter(int position) throws QuerySyntaxException {
        if (++nesting > options.limits().maxDepth()) {
            throw new QueryLimitException("the query nests deeper than " + options.limits().maxDepth() + " levels",
                    position, query);
        }
    }

    private void count(int n, int position) throws QuerySyntaxException {
        leaves += n;
        if (leaves > options.limits().maxLeaves()) {
            throw new QueryLimitException("the query has more than " + options.limits().maxLeaves()
                    + " terms (words, codes and dates)", position, query);
        }
    }

    /** Records a composite node's depth, refusing trees deeper than the limit. */
    private QueryNode composite(QueryNode node, int position) throws QuerySyntaxException {
        int depth = 1 + switch (node) {
            case Not n -> depth(n.clause());
            case FieldScope f -> depth(f.clause());
            case Proximity p -> Math.max(depth(p.left()), depth(p.right()));
            case And a -> a.clauses().stream().mapToInt(this::depth).max().orElse(0);
            case Or o -> o.clauses().stream().mapToInt(this::depth).max().orElse(0);
            default -> 0;
        };
        if (depth > options.limits().maxDepth()) {
            throw new QueryLimitException("the query nests deeper than " + options.limits().maxDepth()
                    + " levels (chained proximity operators count as nesting)", position, query);
        }
        depths.put(node, depth);
        return node;
    }

    private int depth(QueryNode node) {
        return depths.getOrDefault(node, 0);
    }

    private QueryNode flatten(QueryNode node) throws QuerySyntaxException {
        return composite(node, node.position());
    }

    /** AND(a, AND(b, c)) is AND(a, b, c): the canonical form has no nested same-kind groups. */
    private static List<QueryNode> flattenList(List<QueryNode> clauses, Class<? extends QueryNode> kind) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode c : clauses) {
            if (kind.isInstance(c)) {
                flat.addAll(c instanceof And a ? a.clauses() : ((Or) c).clauses());
            } else {
                flat.add(c);
            }
        }
        return flat;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.type() != Token.Type.END) {
            next++;
        }
        return t;
    }

    private QuerySyntaxException error(String problem, int position) {
        return new QuerySyntaxException(problem, position, query);
    }

    private QuerySyntaxException error(String problem, int position, String detail) {
        return new QuerySyntaxException(problem, position, query, detail);
    }
}
