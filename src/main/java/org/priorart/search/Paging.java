package org.priorart.search;

import org.priorart.error.UserInputException;

/**
 * How wide and how deep a page of hits may be, and the one check of a requested page against it,
 * which the search service, the API and the command line all use (each with its own bounds and its
 * own names for the two numbers). The check is made in {@code long}: {@code from + size} near
 * {@link Integer#MAX_VALUE} must not wrap around to a small number and pass.
 *
 * @param maxSize   hits per page at most
 * @param maxWindow the deepest hit a page may reach: {@code from + size} at most this
 */
public record Paging(int maxSize, int maxWindow) {

    /** The search service's own bounds; the API pages less deep ({@code SearchParams}). */
    public static final Paging SERVICE = new Paging(1000, 10_000);

    public Paging {
        if (maxSize < 1 || maxWindow < maxSize) {
            throw new IllegalArgumentException("paging bounds must be positive, the window at least a page");
        }
    }

    /** A page outside the bounds: the message says what is allowed, {@link #parameter()} which number is wrong. */
    public static final class BadPageException extends UserInputException {

        private static final long serialVersionUID = 1L;

        BadPageException(String parameter, String message) {
            super(parameter, message);
        }
    }

    /**
     * Checks a page.
     *
     * @param fromName what the caller calls {@code from} ({@code from}, {@code --from})
     * @param sizeName what the caller calls {@code size} ({@code size}, {@code --top})
     * @throws BadPageException naming the number that is out of bounds
     */
    public void check(int from, int size, String fromName, String sizeName) {
        if (size < 1 || size > maxSize) {
            throw new BadPageException(sizeName, sizeName + " must be between 1 and " + maxSize + ", was " + size);
        }
        if (from < 0) {
            throw new BadPageException(fromName, fromName + " must be 0 or more, was " + from);
        }
        long end = (long) from + size;
        if (end > maxWindow) {
            throw new BadPageException(fromName, fromName + " + " + sizeName + " must be at most " + maxWindow + ", was "
                    + end + ": narrow the search rather than paging deeper");
        }
    }
}
