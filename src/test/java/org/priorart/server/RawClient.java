package org.priorart.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client that writes bytes as they are, for requests no well-behaved client sends: a body cut
 * short, a body trickled a byte at a time, a foreign Host, an answer never read.
 */
final class RawClient implements AutoCloseable {

    private final Socket socket;

    RawClient(int port) {
        this(port, 0);
    }

    /** @param receiveBuffer the socket's receive buffer in bytes (small: the server's writes block soon), 0 for the default */
    RawClient(int port, int receiveBuffer) {
        try {
            socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends text (ISO-8859-1, so every char is one byte). */
    RawClient send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** No more bytes from this side; the answer can still come. */
    RawClient finishSending() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** The answer as it came, until the server closes, or nothing came for the given time after something did. */
    String answer(int quietMillis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                socket.setSoTimeout(quietMillis);
            }
        } catch (SocketTimeoutException quiet) {
            // a kept-alive connection after a complete answer
        } catch (IOException reset) {
            if (out.size() == 0) {
                throw reset;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The status of an answer ("HTTP/1.1 400 ..."), or -1 when nothing came. */
    static int status(String answer) {
        return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
    }

    /** The body of an answer (after the headers). */
    static String body(String answer) {
        int at = answer.indexOf("\r\n\r\n");
        return at < 0 ? "" : answer.substring(at + 4);
    }

    /** Bytes of the answer that came and are not read yet. */
    int available() throws IOException {
        return socket.getInputStream().available();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing to do
        }
    }
}
