package org.priorart.ingest.epo;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a stream into records: the elements named as records ({@code ep-patent-document},
 * {@code exch:exchange-document}), wherever they stand: one per file, many inside a wrapper element
 * ({@code exch:exchange-documents} of a DOCDB bulk file, all on one line), or many files one after
 * another (the XML files of a nested archive, read as one stream). Whatever lies between records
 * (declarations, DOCTYPEs, the wrapper's tags) is passed over, so a record is parsed on its own: only
 * one is in memory at a time, and a broken one cannot take the next ones with it.
 *
 * <p>The scan looks at bytes: every encoding these formats use is ASCII-compatible, and the last XML
 * declaration's encoding says how a record is decoded. A record that is not closed before the next
 * one opens is cut there (and then fails to parse, with its line); one larger than the limit is
 * passed over and reported by size.
 */
final class XmlRecordSplitter {

    /** One record's bytes (null when over the limit), where it starts, and its encoding. */
    record Chunk(byte[] content, long size, long startLine, int ordinal, String name, String encoding) {
        boolean oversized() {
            return content == null;
        }
    }

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final int NAME_LOOKAHEAD = 64;

    private final BufferedInputStream in;
    private final Set<String> names;
    private final long maxBytes;
    private long line = 1;
    private int ordinal;
    private String encoding = "UTF-8";

    /**
     * @param names    the qualified names of record elements
     * @param maxBytes a record larger than this is not kept
     */
    XmlRecordSplitter(InputStream in, Set<String> names, long maxBytes) {
        this.in = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        this.names = names;
        this.maxBytes = maxBytes;
    }

    /** The next record, or null at the end of the stream. */
    Chunk next() throws IOException {
        String name = null;
        long start = 0;
        int b;
        while (name == null) {
            b = read();
            if (b < 0) {
                return null;
            }
            if (b == '<') {
                String tag = peekName();
                if (tag.startsWith("?xml")) {
                    declaration();
                } else if (names.contains(tag) && endsName(tag.length())) {
                    name = tag;
                    start = line;
                }
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(1 << 14);
        content.write('<');
        long size = 1;
        byte[] end = ("/" + name).getBytes(StandardCharsets.US_ASCII);
        while ((b = read()) >= 0) {
            if (b == '<') {
                String tag = peekName();
                if (names.contains(tag) && endsName(tag.length())) {
                    in.reset();
                    unread('<');
                    break; // the next record opens before this one closed: cut here
                }
                if (tag.equals(new String(end, StandardCharsets.US_ASCII))) {
                    size += write(content, '<', size);
                    size += copyTagEnd(content, size);
                    return new Chunk(content == null || size > maxBytes ? null : content.toByteArray(), size, start,
                            ++ordinal, name, encoding);
                }
            }
            size += write(content, b, size);
            if (size > maxBytes) {
                content = null;
            }
        }
        return new Chunk(content == null || size > maxBytes ? null : content.toByteArray(), size, start, ++ordinal, name, encoding);
    }

    private boolean pendingLt;

    private int read() throws IOException {
        if (pendingLt) {
            pendingLt = false;
            return '<';
        }
        int b = in.read();
        if (b == '\n') {
            line++;
        }
        return b;
    }

    private void unread(int b) {
        pendingLt = b == '<';
    }

    /** The name after a '<' (letters, digits, : - _ . ? /), without consuming it; marks the stream there. */
    private String peekName() throws IOException {
        in.mark(NAME_LOOKAHEAD + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < NAME_LOOKAHEAD; i++) {
            int c = in.read();
            if (c < 0 || !(Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.' || c == '?' || c == '/')) {
                break;
            }
            s.append((char) c);
        }
        in.reset();
        in.mark(NAME_LOOKAHEAD + 1);
        return s.toString();
    }

    /** Whether the byte after a name of this length ends it (space, '>' or '/'). */
    private boolean endsName(int length) throws IOException {
        in.reset();
        in.mark(NAME_LOOKAHEAD + 1);
        in.skipNBytes(length);
        int c = in.read();
        in.reset();
        in.mark(NAME_LOOKAHEAD + 1);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
    }

    /** Reads an XML declaration to its end and keeps its encoding for the records after it. */
    private void declaration() throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = read()) >= 0 && s.length() < 512) {
            s.append((char) b);
            if (b == '>') {
                break;
            }
        }
        Matcher m = ENCODING.matcher(s);
        if (m.find()) {
            encoding = m.group(1);
        }
    }

    private int write(ByteArrayOutputStream content, int b, long size) {
        if (content != null && size < maxBytes) {
            content.write(b);
        }
        return 1;
    }

    /** Copies the rest of an end tag, up to its '>'. */
    private long copyTagEnd(ByteArrayOutputStream content, long size) throws IOException {
        long n = 0;
        int b;
        while ((b = read()) >= 0) {
            n += write(content, b, size + n);
            if (b == '>') {
                break;
            }
        }
        return n;
    }
}
