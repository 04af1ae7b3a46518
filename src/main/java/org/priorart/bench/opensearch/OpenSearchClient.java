package org.priorart.bench.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A minimal JSON-over-HTTP client for one OpenSearch node: what the benchmark needs and nothing
 * more. Each call sends one request on a kept-alive HTTP/1.1 connection and parses the answer with
 * Jackson; an answer with an error status becomes an {@link IOException} that names the request
 * and carries OpenSearch's own reason.
 */
public final class OpenSearchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final URI base;
    private final HttpClient http;

    /** @param url the node, e.g. {@code http://127.0.0.1:9200} */
    public OpenSearchClient(String url) {
        String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        try {
            this.base = URI.create(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--opensearch: not a URL: '" + url + "'");
        }
        if (base.getScheme() == null || !base.getScheme().startsWith("http") || base.getHost() == null) {
            throw new IllegalArgumentException("--opensearch: expected http://HOST:PORT, was '" + url + "'");
        }
        // HTTP/1.1: OpenSearch speaks no cleartext HTTP/2, and the upgrade attempt would cost each request.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String url() {
        return base.toString();
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** GET, parsed; IOException on an error status. */
    public JsonNode get(String path) throws IOException {
        return send("GET", path, null, "application/json");
    }

    /** The status of a HEAD request (200 exists, 404 absent). */
    public int head(String path) throws IOException {
        HttpRequest request = request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        return call(request, "HEAD " + path).statusCode();
    }

    public JsonNode put(String path, JsonNode body) throws IOException {
        return send("PUT", path, JSON.writeValueAsString(body), "application/json");
    }

    public JsonNode post(String path, JsonNode body) throws IOException {
        return send("POST", path, body == null ? "" : JSON.writeValueAsString(body), "application/json");
    }

    /** POST of newline-delimited JSON ({@code _bulk}, {@code _msearch}); the text ends with a newline. */
    public JsonNode postNdjson(String path, String ndjson) throws IOException {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    public JsonNode delete(String path) throws IOException {
        return send("DELETE", path, null, "application/json");
    }

    private JsonNode send(String method, String path, String body, String contentType) throws IOException {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = call(b.build(), method + " " + path);
        JsonNode answer = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        if (response.statusCode() >= 300) {
            throw new IOException("OpenSearch " + base + ": " + method + " " + path + " answered " + response.statusCode()
                    + ": " + reason(answer));
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path : "/" + path)).timeout(TIMEOUT);
    }

    private HttpResponse<String> call(HttpRequest request, String what) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        } catch (java.net.ConnectException e) {
            throw new IOException("no OpenSearch node answers at " + base + " (start one with scripts/opensearch-node.sh start)", e);
        }
    }

    /** OpenSearch's reason for an error answer, or the answer itself. */
    static String reason(JsonNode answer) {
        JsonNode error = answer.path("error");
        if (error.isObject()) {
            JsonNode root = error.path("root_cause").path(0);
            String type = root.path("type").asText(error.path("type").asText());
            String reason = root.path("reason").asText(error.path("reason").asText());
            return type + ": " + reason;
        }
        String text = answer.toString();
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
