package org.priorart.ingest;

/**
 * Where a document sits in its input, for messages: the source name (a path, or
 * {@code archive.zip!entry.xml}), the 1-based line where the document starts (0 when unknown), its
 * ordinal in the source (1-based) and its publication number when known.
 */
public record SourcePosition(String source, long line, int ordinal, String document) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (ordinal > 0) {
            s.append(", document #").append(ordinal);
        }
        if (document != null) {
            s.append(" (").append(document).append(')');
        }
        return s.toString();
    }
}
