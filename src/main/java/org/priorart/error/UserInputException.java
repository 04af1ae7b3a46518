package org.priorart.error;

/**
 * A mistake in what a user gave (a query, a parameter, a publication number, a page out of bounds):
 * the message says what and where, for the user to fix. The one type of user error: the API answers
 * it with a 400, the command line with its message; anything else that goes wrong is the server's
 * fault (a 500 with one log line). It is an {@link IllegalArgumentException}, so code that checks
 * arguments reads as it always did.
 */
public class UserInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public UserInputException(String message) {
        this(null, message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
        this.parameter = null;
    }

    /** @param parameter the name of the input that is wrong, as the user gave it (an API parameter), or null */
    public UserInputException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the input that is wrong, as the caller named it, or null when it is the request as a whole. */
    public String parameter() {
        return parameter;
    }
}
