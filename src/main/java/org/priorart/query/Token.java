package org.priorart.query;

/**
 * A token of the query text, with the character range it was read from.
 *
 * @param text       the characters as written (for a phrase: between the quotes)
 * @param field      for {@link Type#FIELD}: the field code
 * @param comparison for {@link Type#FIELD}: {@code =}, {@code <}... ({@code :} is {@code =})
 * @param proximity  for {@link Type#PROXIMITY}: the operator
 */
record Token(Type type, String text, int start, int end, FieldCode field, Comparison comparison,
             ProximityOperator proximity) {

    enum Type {
        WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, PROXIMITY, FIELD, END
    }

    static Token of(Type type, String text, int start, int end) {
        return new Token(type, text, start, end, null, null, null);
    }

    /** True when an operand can start here (so two operands side by side take the default operator). */
    boolean startsOperand() {
        return type == Type.WORD || type == Type.PHRASE || type == Type.LPAREN || type == Type.FIELD;
    }

    /** How the token reads in messages. */
    String describe() {
        return switch (type) {
            case END -> "the end of the query";
            case PHRASE -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
