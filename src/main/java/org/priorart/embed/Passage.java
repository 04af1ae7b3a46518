package org.priorart.embed;

/**
 * A piece of a patent that gets its own vector.
 *
 * @param kind     what part of the patent it is
 * @param index    0-based position in that part (which claim or paragraph); 0 for the abstract
 * @param location where it is, for people: "abstract", "claim 3", "description paragraph 12"
 * @param text     the text that is embedded
 */
public record Passage(Kind kind, int index, String location, String text) {

    /** The parts of a patent that passages come from. */
    public enum Kind {
        /** Title and abstract, embedded together. */
        ABSTRACT,
        CLAIM,
        DESCRIPTION
    }
}
