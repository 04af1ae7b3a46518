package org.priorart.bench.attack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.priorart.search.Json;

/** The attack's HTTP: well-formed requests (java.net.http), and raw connections for the rest. */
final class Http {

    /** An answer: status (-1 when none came), body, its JSON (null when it is not JSON) and the time it took. */
    record Answer(int status, String body, JsonNode json, double millis) {
        String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Http(String base) {
        this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    String base() {
        return base.toString();
    }

    int port() {
        return base.getPort() > 0 ? base.getPort() : 80;
    }

    String host() {
        return base.getHost();
    }

    Answer get(String pathAndQuery, String key) {
        return send("GET", pathAndQuery, key, null, null, Map.of(), Duration.ofSeconds(60));
    }

    Answer postJson(String path, String key, String json) {
        return send("POST", path, key, "application/json", json, Map.of(), Duration.ofSeconds(120));
    }

    Answer delete(String path, String key) {
        return send("DELETE", path, key, null, null, Map.of(), Duration.ofSeconds(60));
    }

    /** A request; a failure to connect or a timeout is an answer with status -1 and the reason as body. */
    Answer send(String method, String path, String key, String contentType, String body, Map<String, String> headers,
                Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            JsonNode json = null;
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                try {
                    json = Json.mapper().readTree(r.body());
                } catch (IOException notJson) {
                    // a body that says it is JSON and is not: left null, the status tells the rest
                }
            }
            return new Answer(r.statusCode(), r.body(), json, millis);
        } catch (IOException e) {
            return new Answer(-1, String.valueOf(e.getMessage()), null, (System.nanoTime() - start) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted", null, (System.nanoTime() - start) / 1e6);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A raw connection to the server: bytes as they are, read or not, as slowly as wanted. */
    Raw raw(int receiveBuffer) throws IOException {
        return new Raw(host(), port(), receiveBuffer);
    }

    /** A connection that writes what it is given and reads only when asked. */
    static final class Raw implements AutoCloseable {
        private final Socket socket;

        Raw(String host, int port, int receiveBuffer) throws IOException {
            socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(10_000);
        }

        Raw send(String text) throws IOException {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return this;
        }

        Raw finishSending() throws IOException {
            socket.shutdownOutput();
            return this;
        }

        int available() throws IOException {
            return socket.getInputStream().available();
        }

        /** What came, until the server closes or nothing comes for {@code quietMillis} after something did. */
        String answer(int quietMillis) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            try {
                InputStream in = socket.getInputStream();
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    socket.setSoTimeout(quietMillis);
                }
            } catch (SocketTimeoutException quiet) {
                // a kept-alive connection after its answer
            } catch (IOException reset) {
                // closed by the server: what came is the answer
            }
            return out.toString(StandardCharsets.ISO_8859_1);
        }

        /** The first bytes waiting (the status line of an answer never read), without waiting for more. */
        String peek(int bytes) throws IOException {
            int n = Math.min(bytes, socket.getInputStream().available());
            return n <= 0 ? "" : new String(socket.getInputStream().readNBytes(n), StandardCharsets.ISO_8859_1);
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

    /** The status of a raw answer ("HTTP/1.1 400 ..."), or -1. */
    static int status(String raw) {
        return raw.startsWith("HTTP/1.") && raw.length() >= 12 ? Integer.parseInt(raw.substring(9, 12)) : -1;
    }

    /** The body of a raw answer (after the headers). */
    static String body(String raw) {
        int at = raw.indexOf("\r\n\r\n");
        return at < 0 ? "" : raw.substring(at + 4);
    }
}
