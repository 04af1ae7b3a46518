package org.priorart.ingest;

/** White space in the text of source files, as every reader treats it. */
public final class WhiteSpace {

    private WhiteSpace() {
    }

    /** Collapses every run of white space (including no-break and em spaces) to one space and strips; null is "". */
    public static String collapse(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString();
    }
}
