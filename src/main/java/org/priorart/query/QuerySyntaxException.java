package org.priorart.query;

/**
 * A query that cannot be searched: what was expected or what is wrong, and the 0-based character
 * position in the query text where it was found ({@code expected ')' at position 17}). The message
 * is meant for the examiner; {@link #render()} adds the query with a caret under the position, for
 * the command line.
 */
public class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    /** Characters of context shown on each side of the caret for a long query. */
    private static final int WINDOW = 36;

    private final String problem;
    private final int position;
    private final String query;
    private final String detail;

    public QuerySyntaxException(String problem, int position, String query) {
        this(problem, position, query, null);
    }

    /**
     * @param problem  what was expected or is wrong ({@code expected ')'})
     * @param position where, 0-based
     * @param detail   more about it, printed after the position ({@code the '(' at position 0 is not
     *                 closed}); may be null
     */
    public QuerySyntaxException(String problem, int position, String query, String detail) {
        super(problem + " at position " + position + (detail == null ? "" : ": " + detail));
        this.problem = problem;
        this.position = position;
        this.query = query == null ? "" : query;
        this.detail = detail;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return detail == null ? problem : problem + ": " + detail;
    }

    /** 0-based character offset in the query; the query's length when the problem is its end. */
    public int position() {
        return position;
    }

    public String query() {
        return query;
    }

    /**
     * The message, the query (cut to a window around the position when long, on one line) and a caret
     * under the position:
     * <pre>
     * expected ')' at position 11
     *   (a OR b AND
     *              ^
     * </pre>
     */
    public String render() {
        String oneLine = query.replaceAll("[\\r\\n\\t]", " ");
        int from = Math.max(0, position - WINDOW);
        int to = Math.min(oneLine.length(), position + WINDOW);
        String prefix = from > 0 ? "..." : "";
        String suffix = to < oneLine.length() ? "..." : "";
        String shown = prefix + oneLine.substring(from, to) + suffix;
        int caret = prefix.length() + (Math.min(position, oneLine.length()) - from);
        return getMessage() + "\n  " + shown + "\n  " + " ".repeat(Math.max(0, caret)) + "^";
    }
}
