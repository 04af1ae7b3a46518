package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.ssl.SSLContextBuilder;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineUnavailableException;

/**
 * JSON requests to an OpenSearch cluster through OpenSearch's Java client (Apache HttpClient 5
 * transport: several nodes, a dead one retried on the next, TLS, basic or API-key auth). Requests are
 * built as Jackson trees (the query DSL PriorArt compiles to) and sent through the client's generic
 * API, one round trip each. An error answer becomes an {@link IOException} naming the request and
 * OpenSearch's reason; a missing cluster an {@link EngineException} that says where it looked.
 */
final class ClusterClient implements Closeable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterSettings settings;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;
    private final java.time.Duration responseTimeout;
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    ClusterClient(ClusterSettings settings) {
        this(settings, ClusterSettings.RESPONSE_TIMEOUT);
    }

    /** A client whose requests fail after this long without data from a node (tests: shorter). */
    ClusterClient(ClusterSettings settings, java.time.Duration responseTimeout) {
        this.settings = settings;
        this.responseTimeout = responseTimeout;
        List<HttpHost> hosts = new ArrayList<>();
        for (String node : settings.nodes()) {
            URI u = URI.create(node);
            hosts.add(new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()));
        }
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new));
        if (settings.apiKey() != null) {
            builder.setDefaultHeaders(new Header[]{new BasicHeader("Authorization", "ApiKey " + settings.apiKey())});
        }
        builder.setHttpClientConfigCallback(http -> {
            if (settings.user() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                for (HttpHost h : hosts) {
                    credentials.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(settings.user(),
                            settings.password().toCharArray()));
                }
                http.setDefaultCredentialsProvider(credentials);
            }
            // Our own connection manager replaces the transport's, and with it its timeouts: set again here.
            PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(32).setMaxConnTotal(64).setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(ClusterSettings.CONNECT_TIMEOUT))
                            .setSocketTimeout(Timeout.of(responseTimeout)).build());
            if (settings.tlsInsecure()) {
                connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(trustAll())
                        .setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildAsync());
            }
            return http.setConnectionManager(connections.build());
        });
        this.transport = builder.build();
        this.client = new OpenSearchGenericClient(transport);
    }

    private static SSLContext trustAll() {
        try {
            return SSLContextBuilder.create().loadTrustMaterial(null, (chain, type) -> true).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context: " + e.getMessage(), e);
        }
    }

    String location() {
        return String.join(",", settings.nodes()) + "/" + settings.index();
    }

    /** GET; the parsed answer, or null on 404. */
    JsonNode getOrNull(String path) throws IOException {
        return send("GET", path, null, null, true);
    }

    JsonNode get(String path) throws IOException {
        return send("GET", path, null, null, false);
    }

    JsonNode put(String path, JsonNode body) throws IOException {
        return send("PUT", path, bytes(body), "application/json", false);
    }

    /**
     * Creates an index with this body unless it exists (another process, or another server, may just
     * have made it): OpenSearch's {@code resource_already_exists_exception} is not an error here.
     */
    void createIndexIfAbsent(String index, JsonNode body) throws IOException {
        try {
            put("/" + index, body);
        } catch (ClusterException e) {
            if (e.answer == null || !"resource_already_exists_exception".equals(e.answer.path("error").path("type").asText())) {
                throw e;
            }
        }
    }

    JsonNode post(String path, JsonNode body) throws IOException {
        return send("POST", path, body == null ? null : bytes(body), "application/json", false);
    }

    /** POST that may answer 404 (null) or 409 (the answer, for optimistic concurrency). */
    JsonNode postOrConflict(String path, JsonNode body) throws IOException {
        return send("POST", path, bytes(body), "application/json", true);
    }

    JsonNode delete(String path) throws IOException {
        return send("DELETE", path, null, null, true);
    }

    /** POST of newline-delimited JSON ({@code _bulk}, {@code _msearch}); each line ends with a newline. */
    JsonNode ndjson(String path, String lines) throws IOException {
        return ndjson(path, lines.getBytes(StandardCharsets.UTF_8));
    }

    /** POST of newline-delimited JSON already encoded (a {@code _bulk} body built as bytes). */
    JsonNode ndjson(String path, byte[] lines) throws IOException {
        return send("POST", path, lines, "application/x-ndjson", false);
    }

    /** How many requests this client has sent (tests and benchmarks count round trips with it). */
    long requests() {
        return requests.get();
    }

    private static byte[] bytes(JsonNode body) throws IOException {
        return JSON.writeValueAsBytes(body);
    }

    private JsonNode send(String method, String path, byte[] body, String type, boolean tolerate) throws IOException {
        String endpoint = path.startsWith("/") ? path : "/" + path;
        int q = endpoint.indexOf('?');
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (q >= 0) {
            for (String p : endpoint.substring(q + 1).split("&")) {
                int eq = p.indexOf('=');
                params.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "" : p.substring(eq + 1));
            }
            endpoint = endpoint.substring(0, q);
        }
        Response response;
        requests.incrementAndGet();
        try {
            response = client.execute(Requests.create(method, endpoint, List.of(), params,
                    body == null ? null : Body.from(body, type)));
        } catch (java.net.ConnectException e) {
            throw unreachable(e);
        } catch (ResponseException e) {
            // The transport answers 409 with an exception (it passes only 400-405 through): a version
            // conflict, which the caller asked to see as an answer when it tolerates one.
            JsonNode answer = answerOf(e);
            if (tolerate && e.status() == 409) {
                return answer;
            }
            throw new ClusterException(e.status(), "OpenSearch " + location() + ": " + method + " " + path + " answered "
                    + e.status() + ": " + reason(answer), answer);
        } catch (java.net.SocketTimeoutException e) {
            throw new EngineUnavailableException("OpenSearch at " + String.join(", ", settings.nodes()) + " did not answer " + method + " "
                    + endpoint + " within " + responseTimeout.toSeconds() + " s (a node lost, or a cluster without a manager: "
                    + "see its /_cluster/health)", e);
        } catch (IOException e) {
            if (e.getCause() instanceof java.net.ConnectException || String.valueOf(e.getMessage()).contains("Connection refused")) {
                throw unreachable(e);
            }
            throw e;
        }
        try (response) {
            int status = response.getStatus();
            JsonNode answer = response.getBody().map(b -> {
                try {
                    byte[] bytes = b.bodyAsBytes();
                    return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
                } catch (IOException e) {
                    return JSON.nullNode();
                }
            }).orElse(JSON.nullNode());
            if (status == 404 && tolerate) {
                return null;
            }
            if (status == 409 && tolerate) {
                return answer;
            }
            if (status >= 300) {
                throw new ClusterException(status, "OpenSearch " + location() + ": " + method + " " + path + " answered "
                        + status + ": " + reason(answer), answer);
            }
            return answer;
        }
    }

    /** The answer an error exception carries (its body follows the status line in its message), with its status. */
    private static JsonNode answerOf(ResponseException e) {
        String message = String.valueOf(e.getMessage());
        int body = message.indexOf("\n{");
        try {
            JsonNode answer = body < 0 ? null : JSON.readTree(message.substring(body + 1));
            if (answer != null && answer.isObject()) {
                return ((ObjectNode) answer).put("status", e.status());
            }
        } catch (IOException unreadable) {
            // the status is what counts
        }
        return JSON.createObjectNode().put("status", e.status());
    }

    private EngineUnavailableException unreachable(IOException e) {
        return new EngineUnavailableException("no OpenSearch node answers at " + String.join(", ", settings.nodes())
                + " (start one with scripts/opensearch-node.sh start, or check --cluster / PRIORART_CLUSTER)", e);
    }

    /** An error answer: its status (and body), for callers that tell a refused request from a failed one. */
    static final class ClusterException extends IOException {
        final int status;
        final transient JsonNode answer;

        ClusterException(int status, String message, JsonNode answer) {
            super(message);
            this.status = status;
            this.answer = answer;
        }
    }

    /** The result of one item of a {@code _bulk} answer (its only field, named for the operation), or an empty object. */
    static JsonNode bulkResult(JsonNode item) {
        Iterator<JsonNode> op = item.elements();
        return op.hasNext() ? op.next() : Dsl.object();
    }

    /** OpenSearch's reason for an error answer, or the answer itself (cut). */
    static String reason(JsonNode answer) {
        JsonNode error = answer.path("error");
        if (error.isObject()) {
            JsonNode root = error.path("root_cause").path(0);
            String type = root.path("type").asText(error.path("type").asText());
            String reason = root.path("reason").asText(error.path("reason").asText());
            JsonNode caused = error.path("caused_by");
            String cause = caused.isObject() ? " (" + caused.path("type").asText() + ": " + caused.path("reason").asText() + ")" : "";
            return type + ": " + reason + cause;
        }
        String text = answer.toString();
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }


    @Override
    public void close() throws IOException {
        transport.close();
    }
}
