package org.priorart.ingest.uspto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a stream of concatenated USPTO XML/SGML documents into one chunk per document, line by line,
 * so that a weekly bulk file (thousands of documents, each with its own XML declaration and
 * DOCTYPE) is never held in memory whole, and a broken document cannot swallow the ones after it.
 *
 * <p>A new document starts at an {@code <?xml} declaration (wherever it stands in a line: a
 * truncated document may run straight into the next one), or at a line starting with
 * {@code <!DOCTYPE} once the current document has had its root element: the 2001 application
 * files (v1.5) have no XML declaration. Blank lines between documents belong to none.
 *
 * <p>The scan looks at bytes, not characters: every encoding the USPTO used is ASCII-compatible, and
 * a document's own declaration decides how it is decoded later.
 */
final class XmlDocumentSplitter {

    private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private final ByteLines lines;
    private final long maxDocumentBytes;
    private long lineNumber;
    private byte[] pending;
    private long pendingLine;
    private int ordinal;

    /**
     * @param maxDocumentBytes a document larger than this is not kept: its chunk comes back
     *                         {@linkplain XmlChunk#oversized() oversized}, so that one runaway
     *                         document (or a file that is not XML at all) cannot exhaust memory
     */
    XmlDocumentSplitter(InputStream in, long maxDocumentBytes) {
        this.lines = new ByteLines(in);
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** The next document, or null at the end of the stream. */
    XmlChunk next() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream(1 << 14);
        long start = 0;
        long size = 0;
        boolean hasContent = false;
        boolean hasRoot = false;
        while (true) {
            byte[] line;
            long number;
            if (pending != null) {
                line = pending;
                number = pendingLine;
                pending = null;
            } else {
                line = lines.next();
                if (line == null) {
                    break;
                }
                number = ++lineNumber;
            }
            if (hasContent) {
                int split = startOfNextDocument(line, hasRoot);
                if (split >= 0) {
                    pending = Arrays.copyOfRange(line, split, line.length);
                    pendingLine = number;
                    if (content != null && size + split <= maxDocumentBytes) {
                        content.write(line, 0, split);
                    }
                    size += split;
                    break;
                }
            } else if (isBlank(line)) {
                continue;
            } else {
                hasContent = true;
                start = number;
            }
            size += line.length;
            if (content != null) {
                if (size > maxDocumentBytes) {
                    content = null;
                } else {
                    content.write(line, 0, line.length);
                }
            }
            hasRoot = hasRoot || hasStartTag(line);
        }
        if (!hasContent) {
            return null;
        }
        return new XmlChunk(start, ++ordinal, content == null ? null : content.toByteArray(), size);
    }

    /** Where in this line the next document starts, or -1 when it continues the current one. */
    private static int startOfNextDocument(byte[] line, boolean hasRoot) {
        int declaration = indexOfDeclaration(line);
        if (declaration >= 0) {
            boolean byteOrderMark = declaration >= 3 && line[declaration - 3] == (byte) 0xEF
                    && line[declaration - 2] == (byte) 0xBB && line[declaration - 1] == (byte) 0xBF;
            return byteOrderMark ? declaration - 3 : declaration;
        }
        if (hasRoot) {
            int first = firstNonBlank(line);
            if (first >= 0 && regionMatches(line, first, DOCTYPE)) {
                return first;
            }
        }
        return -1;
    }

    /** An {@code <?xml} followed by white space: the declaration, not an {@code <?xml-stylesheet}. */
    private static int indexOfDeclaration(byte[] line) {
        for (int i = 0; i + XML_DECLARATION.length < line.length; i++) {
            if (line[i] == '<' && regionMatches(line, i, XML_DECLARATION)) {
                byte after = line[i + XML_DECLARATION.length];
                if (after == ' ' || after == '\t' || after == '\r' || after == '\n') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** True when the line holds a start tag: a {@code <} followed by a name, not {@code <!} or {@code <?}. */
    private static boolean hasStartTag(byte[] line) {
        for (int i = 0; i + 1 < line.length; i++) {
            if (line[i] == '<') {
                byte next = line[i + 1];
                if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '_' || next < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatches(byte[] line, int offset, byte[] pattern) {
        if (offset + pattern.length > line.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (line[offset + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonBlank(byte[] line) {
        for (int i = 0; i < line.length; i++) {
            if (!isWhite(line[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] line) {
        return firstNonBlank(line) < 0;
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
    }
}
