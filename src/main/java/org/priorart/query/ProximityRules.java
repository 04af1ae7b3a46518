package org.priorart.query;

import org.priorart.query.QueryNode.And;
import org.priorart.query.QueryNode.Classification;
import org.priorart.query.QueryNode.DateClause;
import org.priorart.query.QueryNode.FieldScope;
import org.priorart.query.QueryNode.Not;
import org.priorart.query.QueryNode.Or;

/**
 * What a proximity operator (W/n, NEAR/n, WITH, SAME) may join: positions in one field value, so
 * words, phrases, truncations, OR groups and nested proximity, in a text or name field. Anything
 * else is a syntax error that says what to write instead.
 */
final class ProximityRules {

    private ProximityRules() {
    }

    /** Proximity makes no sense on codes (the scope in force, or null), and names have no sentence or paragraph marks. */
    static void checkScope(FieldCode scope, Token op, String query) throws QuerySyntaxException {
        if (scope == null) {
            return;
        }
        if (scope.kind() == FieldCode.Kind.CLASSIFICATION) {
            throw new QuerySyntaxException(op.proximity() + " cannot combine classification codes", op.start(), query,
                    "use AND or OR");
        }
        ProximityOperator.Kind kind = op.proximity().kind();
        if (scope.kind() == FieldCode.Kind.NAME
                && (kind == ProximityOperator.Kind.SENTENCE || kind == ProximityOperator.Kind.PARAGRAPH)) {
            throw new QuerySyntaxException(op.proximity() + " cannot be used in " + scope.name() + "=( )", op.start(), query,
                    "names have no sentences or paragraphs; use W/n or NEAR/n");
        }
    }

    /**
     * Proximity works on positions in one field value, so its operands must be things with
     * positions in one field: words, phrases, truncations, OR groups and nested proximity.
     */
    static void checkOperand(QueryNode operand, Token op, String query) throws QuerySyntaxException {
        ProximityOperator prox = op.proximity();
        if (operand instanceof And and) {
            for (QueryNode clause : and.clauses()) {
                if (clause instanceof Not not) {
                    throw new QuerySyntaxException("NOT cannot be inside an operand of " + prox, not.position(), query,
                            "apply it outside, e.g. (a " + prox + " b) NOT c");
                }
            }
        }
        String problem = switch (operand) {
            case And a -> "AND cannot be an operand of " + prox
                    + "|words side by side mean AND; join alternatives with OR, or quote a phrase";
            case Not n -> "NOT cannot be an operand of " + prox + "|apply it outside, e.g. (a " + prox + " b) NOT c";
            case FieldScope f -> "a field code cannot be inside an operand of " + prox + "|put it outside: "
                    + f.field().name() + "=(a " + prox + " b)";
            case Classification c -> "a classification code cannot be an operand of " + prox
                    + "|operands are words, phrases, truncations, OR groups and proximity operators";
            case DateClause d -> "a date cannot be an operand of " + prox
                    + "|operands are words, phrases, truncations, OR groups and proximity operators";
            case Or o -> {
                for (QueryNode clause : o.clauses()) {
                    checkOperand(clause, op, query);
                }
                yield null;
            }
            default -> null;
        };
        if (problem != null) {
            int bar = problem.indexOf('|');
            throw new QuerySyntaxException(problem.substring(0, bar), operand.position(), query, problem.substring(bar + 1));
        }
    }
}
