package org.priorart.query;

/**
 * A proximity operator with its distance. All spellings map onto four kinds, printed canonically:
 * {@code W/3} (also {@code 3W}, {@code ADJ3}; {@code ADJ} is W/1), {@code NEAR/3} (also {@code 3N},
 * {@code NEAR3}; {@code NEAR} is NEAR/1), {@code WITH} and {@code SAME}.
 *
 * @param distance for W and NEAR: the right operand starts at most this many words after the left
 *                 one ends (1 = adjacent, 3 = up to two words between); 0 for WITH and SAME
 */
public record ProximityOperator(Kind kind, int distance) {

    public enum Kind {
        /** Left operand before the right one, within n words. */
        ORDERED,
        /** Either order, within n words. */
        UNORDERED,
        /** In one sentence (no sentence or paragraph mark between). */
        SENTENCE,
        /** In one paragraph: one claim, one description paragraph, the abstract or the title. */
        PARAGRAPH
    }

    public static final ProximityOperator WITH = new ProximityOperator(Kind.SENTENCE, 0);
    public static final ProximityOperator SAME = new ProximityOperator(Kind.PARAGRAPH, 0);

    public ProximityOperator {
        boolean counted = kind == Kind.ORDERED || kind == Kind.UNORDERED;
        if (counted ? distance < 1 : distance != 0) {
            throw new IllegalArgumentException("bad distance " + distance + " for " + kind);
        }
    }

    /** The precedence level: W and NEAR bind tighter than WITH, WITH tighter than SAME (as in PPUBS). */
    int level() {
        return switch (kind) {
            case ORDERED, UNORDERED -> 0;
            case SENTENCE -> 1;
            case PARAGRAPH -> 2;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ORDERED -> "W/" + distance;
            case UNORDERED -> "NEAR/" + distance;
            case SENTENCE -> "WITH";
            case PARAGRAPH -> "SAME";
        };
    }
}
