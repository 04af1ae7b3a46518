package org.priorart.engine;

/**
 * The time by which the reads of one search must be done. An engine checks it wherever a read can
 * run long (scoring, proximity clauses, the nearest-neighbour search, snippets) and stops there,
 * failing with {@link #exceeded()}: a search stopped half way is never answered as if it were whole.
 */
public interface Deadline {

    /** No deadline: the reads run to their end (the command line, batch evaluation). */
    Deadline NONE = new Deadline() {
        @Override
        public boolean isSet() {
            return false;
        }

        @Override
        public boolean passed() {
            return false;
        }

        @Override
        public RuntimeException exceeded() {
            throw new IllegalStateException("no deadline can pass");
        }
    };

    /** Whether there is a deadline at all. */
    boolean isSet();

    /** Whether the deadline has passed. */
    boolean passed();

    /** The exception that says the deadline passed (thrown by the caller). */
    RuntimeException exceeded();

    /** Throws {@link #exceeded()} when the deadline has passed. */
    default void check() {
        if (passed()) {
            throw exceeded();
        }
    }
}
