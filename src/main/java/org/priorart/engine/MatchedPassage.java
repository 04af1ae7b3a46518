package org.priorart.engine;

/**
 * A patent's passage as a nearest-neighbour ranking found it.
 *
 * @param location where it is, for people: "abstract", "claim 3", "description paragraph 12"
 * @param text     the passage text
 */
public record MatchedPassage(String location, String text) {
}
