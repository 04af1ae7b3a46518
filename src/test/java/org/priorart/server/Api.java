package org.priorart.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.priorart.search.Json;

/** A small client of the API for tests: real HTTP (java.net.http), JSON bodies parsed. */
final class Api {

    /** An answer: status, headers, the raw body and its JSON (null when it is not JSON). */
    record Answer(int status, HttpHeaders headers, String raw, JsonNode json) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The error code of an error answer. */
        String error() {
            return json == null ? null : json.path("error").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + (raw.length() > 500 ? raw.substring(0, 500) + "..." : raw);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String key;

    Api(int port, String key) {
        this("http://127.0.0.1:" + port, key);
    }

    Api(String base, String key) {
        this.base = base;
        this.key = key;
    }

    /** The same server with another key (null: none). */
    Api withKey(String otherKey) {
        return new Api(base, otherKey);
    }

    String base() {
        return base;
    }

    Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = Json.mapper().readTree(r.body());
            }
            return new Answer(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    /** A query string from alternating names and values, URL-encoded. */
    static String query(Object... namesAndValues) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            q.append(q.isEmpty() ? "?" : "&").append(encode(String.valueOf(namesAndValues[i]))).append('=')
                    .append(encode(String.valueOf(namesAndValues[i + 1])));
        }
        return q.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
