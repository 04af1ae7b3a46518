package org.priorart.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which engine holds the patents, and how to reach a cluster when it is one.
 *
 * @param backend     {@code embedded} (Lucene in the index directory, the default) or {@code opensearch}
 *                    ({@code PRIORART_BACKEND}, {@code --backend})
 * @param nodes       the cluster's nodes, {@code http(s)://host:port} ({@code PRIORART_CLUSTER},
 *                    comma-separated; {@code --cluster})
 * @param index       the index that holds the patents ({@code PRIORART_CLUSTER_INDEX}, default
 *                    {@code priorart}); the cluster's other state lives in indices named after it
 * @param user        basic-auth user ({@code PRIORART_CLUSTER_USER}), or null
 * @param password    basic-auth password ({@code PRIORART_CLUSTER_PASSWORD}), or null
 * @param apiKey      an API key, sent as {@code Authorization: ApiKey ...} ({@code PRIORART_CLUSTER_API_KEY}), or null
 * @param tlsInsecure accept any certificate over https (a test cluster's self-signed one;
 *                    {@code PRIORART_CLUSTER_TLS_INSECURE=1}); off by default: the JVM's trust store decides
 * @param shards      primary shards of a new patent index ({@code PRIORART_CLUSTER_SHARDS}, default 1: BM25
 *                    statistics are then the whole index's, as in the embedded engine; more for collections
 *                    beyond ~20 million passages)
 * @param replicas    replicas of each shard ({@code PRIORART_CLUSTER_REPLICAS}, default 0; 1 or more on a
 *                    cluster of several nodes, for failover)
 */
public record ClusterSettings(Backend backend, List<String> nodes, String index, String user, String password,
                              String apiKey, boolean tlsInsecure, int shards, int replicas) {

    /** The engines. */
    public enum Backend {
        EMBEDDED, OPENSEARCH;

        public static Backend parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown backend '" + s + "': expected embedded or opensearch");
            }
        }
    }

    public static final String DEFAULT_INDEX = "priorart";
    /** How long to wait to connect to a node before trying the next (the Java client's own default). */
    public static final java.time.Duration CONNECT_TIMEOUT = java.time.Duration.ofSeconds(1);
    /**
     * How long a request may wait for data from a node before it fails (or goes to the next node): without
     * it, a write to a cluster that lost its manager waits for ever (the Java client's own default, 30 s).
     */
    public static final java.time.Duration RESPONSE_TIMEOUT = java.time.Duration.ofSeconds(30);
    public static final ClusterSettings EMBEDDED = new ClusterSettings(Backend.EMBEDDED, List.of(), DEFAULT_INDEX,
            null, null, null, false, 1, 0);

    public ClusterSettings {
        nodes = List.copyOf(nodes);
        index = index == null || index.isBlank() ? DEFAULT_INDEX : index.strip();
        if (!index.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException("cluster index name '" + index + "': lower-case letters, digits, '_', '-', '.'");
        }
        for (String node : nodes) {
            URI u;
            try {
                u = URI.create(node);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cluster node '" + node + "' is not a URL");
            }
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                throw new IllegalArgumentException("cluster node '" + node + "': expected http(s)://HOST:PORT");
            }
        }
        if (backend == Backend.OPENSEARCH && nodes.isEmpty()) {
            throw new IllegalArgumentException("the opensearch backend needs the cluster's address: --cluster URL[,URL...] "
                    + "or PRIORART_CLUSTER");
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("cluster shards must be at least 1 and replicas at least 0, were "
                    + shards + " and " + replicas);
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("cluster user and password go together (PRIORART_CLUSTER_USER, "
                    + "PRIORART_CLUSTER_PASSWORD)");
        }
    }

    static ClusterSettings fromEnvironment(Map<String, String> env) {
        String backend = env.get("PRIORART_BACKEND");
        return new ClusterSettings(backend == null || backend.isBlank() ? Backend.EMBEDDED : Backend.parse(backend),
                parseNodes(env.get("PRIORART_CLUSTER")), env.get("PRIORART_CLUSTER_INDEX"),
                blankToNull(env.get("PRIORART_CLUSTER_USER")), blankToNull(env.get("PRIORART_CLUSTER_PASSWORD")),
                blankToNull(env.get("PRIORART_CLUSTER_API_KEY")),
                "1".equals(env.get("PRIORART_CLUSTER_TLS_INSECURE")) || "true".equals(env.get("PRIORART_CLUSTER_TLS_INSECURE")),
                count(env, "PRIORART_CLUSTER_SHARDS", 1), count(env, "PRIORART_CLUSTER_REPLICAS", 0));
    }

    private static int count(Map<String, String> env, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("environment variable " + name + "='" + v + "' is not a number");
        }
    }

    /** These settings with the command line's backend and nodes, where given. */
    public ClusterSettings with(String newBackend, String newNodes) {
        Backend b = newBackend == null ? (newNodes != null && backend == Backend.EMBEDDED ? Backend.OPENSEARCH : backend)
                : Backend.parse(newBackend);
        return new ClusterSettings(b, newNodes == null ? nodes : parseNodes(newNodes), index, user, password, apiKey,
                tlsInsecure, shards, replicas);
    }

    /** These settings with another index name (tests, a second corpus on one cluster). */
    public ClusterSettings withIndex(String name) {
        return new ClusterSettings(backend, nodes, name, user, password, apiKey, tlsInsecure, shards, replicas);
    }

    public boolean isCluster() {
        return backend == Backend.OPENSEARCH;
    }

    static List<String> parseNodes(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String part : s.split(",")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
                }
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() { // never the secrets
        return backend.name().toLowerCase(Locale.ROOT) + (nodes.isEmpty() ? "" : " " + String.join(",", nodes) + "/" + index);
    }
}
