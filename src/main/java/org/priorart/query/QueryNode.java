package org.priorart.query;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A node of the parse tree of an examiner query. {@code toString()} prints the canonical tree form
 * (operators in upper case, n-ary AND/OR flattened, aliases resolved), which is what
 * {@code --explain-query} shows and what the parse tests compare:
 * <pre>
 * (batter* OR cell) W/3 (anode NEAR/5 silicon) AND CPC=H01M4/38 AND PD&lt;2015-01-01
 *   =&gt; AND(W/3(OR(batter*, cell), NEAR/5(anode, silicon)), CPC=H01M4/38, PD&lt;2015-01-01)
 * </pre>
 * Leaves keep the character position where they start in the query, so that problems found when the
 * query is built against an index (a truncation that expands too far) can point at them.
 */
public sealed interface QueryNode {

    /** 0-based character position in the query where this node starts (or its operator is). */
    int position();

    /** A plain word: matched by its stem (QUERY analysis). */
    record Word(String text, int position) implements QueryNode {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A quoted phrase: its words as written (EXACT analysis), adjacent and in order. */
    record Phrase(String text, int position) implements QueryNode {
        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    /** A word with {@code * ? $ $n}: expanded against the exact forms in the index. */
    record Truncation(TruncationPattern pattern, int position) implements QueryNode {
        @Override
        public String toString() {
            return pattern.text();
        }
    }

    /** All clauses must match. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }

        @Override
        public int position() {
            return clauses.get(0).position();
        }

        @Override
        public String toString() {
            return "AND(" + join(clauses) + ")";
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }

        @Override
        public int position() {
            return clauses.get(0).position();
        }

        @Override
        public String toString() {
            return "OR(" + join(clauses) + ")";
        }
    }

    /** The clause must not match ({@code a NOT b} is {@code AND(a, NOT(b))}). */
    record Not(QueryNode clause, int position) implements QueryNode {
        @Override
        public String toString() {
            return "NOT(" + clause + ")";
        }
    }

    /** Two operands near each other in one field value: W/n, NEAR/n, WITH, SAME. */
    record Proximity(ProximityOperator operator, QueryNode left, QueryNode right, int position) implements QueryNode {
        @Override
        public String toString() {
            return operator + "(" + left + ", " + right + ")";
        }
    }

    /** A text or name field code applied to a clause: {@code TI=battery}, {@code PA=(samsung OR lg)}. */
    record FieldScope(FieldCode field, QueryNode clause, int position) implements QueryNode {
        @Override
        public String toString() {
            return field.name() + "=" + clause;
        }
    }

    /**
     * A CPC or IPC symbol or prefix, matched by hierarchy: {@code CPC=H01M} matches every H01M
     * symbol, {@code CPC=H01M10} the H01M10 subgroups but not H01M100.
     *
     * @param code   the symbol normalized for display ({@code H01M10/05})
     * @param prefix the string the matching indexed symbols start with ({@code H01M10/05}, {@code H01M10/})
     */
    record Classification(FieldCode scheme, String code, String prefix, int position) implements QueryNode {
        @Override
        public String toString() {
            return scheme.name() + "=" + code;
        }
    }

    /**
     * A date comparison. The inclusive bounds are resolved from the written dates, which may be
     * partial: {@code PD<2015} is before 2015-01-01, {@code PD<=2015} up to 2015-12-31.
     *
     * @param until the end of a range ({@code PD=2010..2015}); null for a single date
     */
    record DateClause(FieldCode field, Comparison comparison, PartialDate date, PartialDate until, int position)
            implements QueryNode {

        /** The first matching day, inclusive; null for no lower bound. */
        public java.time.LocalDate from() {
            return switch (comparison) {
                case LT, LE -> null;
                case GT -> date.last().plusDays(1);
                case GE, EQ -> date.first();
            };
        }

        /** The last matching day, inclusive; null for no upper bound. */
        public java.time.LocalDate to() {
            if (until != null) {
                return until.last();
            }
            return switch (comparison) {
                case LT -> date.first().minusDays(1);
                case LE, EQ -> date.last();
                case GT, GE -> null;
            };
        }

        @Override
        public String toString() {
            return field.name() + comparison.symbol() + date + (until == null ? "" : ".." + until);
        }
    }

    private static String join(List<QueryNode> nodes) {
        return nodes.stream().map(QueryNode::toString).collect(Collectors.joining(", "));
    }
}
