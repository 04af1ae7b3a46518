package org.priorart.search;

import org.priorart.error.UserInputException;
import org.priorart.query.QuerySyntaxException;

/**
 * An examiner query that cannot be searched: a syntax error or a limit, with the character position
 * (0-based) where it is, for the API's 400 answer and the page's underline.
 */
public final class InvalidQueryException extends UserInputException {

    private final transient QuerySyntaxException cause;

    public InvalidQueryException(QuerySyntaxException cause) {
        super(cause.getMessage(), cause);
        this.cause = cause;
    }

    public int position() {
        return cause.position();
    }

    public String problem() {
        return cause.problem();
    }

    /** The message with the query and a caret under the position, for the command line. */
    public String render() {
        return cause.render();
    }
}
