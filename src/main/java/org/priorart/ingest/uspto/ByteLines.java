package org.priorart.ingest.uspto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line without decoding it. USPTO XML is split into documents before
 * its encoding is known (each document declares its own), so lines stay bytes until a whole
 * document is collected. A line ends at LF, CR LF or a lone CR, counted the way XML parsers count
 * lines, so that the line numbers of the splitter and of the parser agree.
 */
final class ByteLines {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line including its terminator, or null at the end of the input. */
    byte[] next() throws IOException {
        line.reset();
        while (true) {
            if (position == limit && !fill()) {
                skipLineFeed = false;
                return line.size() == 0 ? null : line.toByteArray();
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    return crLf();
                }
                return line.toByteArray();
            }
            int start = position;
            while (position < limit) {
                byte b = buffer[position++];
                if (b == '\n') {
                    line.write(buffer, start, position - start);
                    return line.toByteArray();
                }
                if (b == '\r') {
                    line.write(buffer, start, position - start);
                    skipLineFeed = true;
                    break;
                }
            }
            if (!skipLineFeed) {
                line.write(buffer, start, position - start);
            }
        }
    }

    private byte[] crLf() {
        line.write('\n');
        return line.toByteArray();
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
