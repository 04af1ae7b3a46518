package org.priorart.cli;

/**
 * Small helpers for console output. Patent text is untrusted even on a terminal: control characters
 * (an escape sequence hidden in a title) are blanked before anything is printed.
 */
final class Terminal {

    private Terminal() {
    }

    /** True when standard output is an interactive terminal that understands ANSI bold. */
    static boolean isAnsi() {
        return isInteractive() && System.getenv("NO_COLOR") == null;
    }

    /**
     * True when the console is a terminal. From JDK 22 on {@code System.console()} exists even when
     * output is redirected, and {@code Console.isTerminal()} tells; it is called reflectively because
     * the code is compiled for JDK 21.
     */
    static boolean isInteractive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }

    /** The text with every control character replaced by a space: same length, so ranges stay valid. */
    static String blankControls(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isISOControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Runs of spaces folded into one, ends trimmed. */
    static String collapseSpaces(String text) {
        return text.replaceAll(" {2,}", " ").strip();
    }

    /** Untrusted text made safe and put on one line. */
    static String oneLine(String text) {
        return collapseSpaces(blankControls(text));
    }
}
