package org.priorart.server.chart;

/**
 * One element of a claim: a limitation to be found in the prior art.
 *
 * @param label    "pre" for the preamble, then "a", "b", ... in order (as examiners label them: 1[a])
 * @param text     the element's text
 * @param start    where it starts in the claim text (0-based, UTF-16 units), or null when the
 *                 elements were given one by one rather than split from a claim
 * @param end      one past its end in the claim text, or null
 */
public record ClaimElement(String label, String text, Integer start, Integer end) {
}
