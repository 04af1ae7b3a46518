package org.priorart.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.priorart.bench.opensearch.OpenSearchClient;

/**
 * The nodes of a loopback cluster started by {@code scripts/opensearch-cluster.sh}, controlled through
 * {@code scripts/opensearch-node.sh}: which one is the cluster manager, kill -9 one, start it again
 * (it rejoins with its data) and wait for the cluster's status.
 */
final class ClusterNodes {

    private final List<String> urls;
    private final Path nodeScript;
    private final String heap;

    ClusterNodes(List<String> urls, Path nodeScript, String heap) {
        if (urls.size() < 2) {
            throw new IllegalArgumentException("--cluster: the fault benchmark needs two or more nodes (scripts/opensearch-cluster.sh "
                    + "start --ports 9271,9272), was " + urls);
        }
        if (!Files.isExecutable(nodeScript)) {
            throw new IllegalArgumentException("--node-script: no executable " + nodeScript);
        }
        this.urls = List.copyOf(urls);
        this.nodeScript = nodeScript;
        this.heap = heap;
    }

    static int port(String url) {
        return URI.create(url).getPort();
    }

    /** The node to kill: the cluster manager, or else the first node that is not. */
    String victim(boolean manager) throws IOException {
        JsonNode nodes = answering().get("/_cat/nodes?format=json&h=name,http_address,cluster_manager");
        for (JsonNode n : nodes) {
            boolean isManager = "*".equals(n.path("cluster_manager").asText());
            if (isManager == manager) {
                String address = n.path("http_address").asText();
                for (String url : urls) {
                    if (address.endsWith(":" + port(url))) {
                        return url;
                    }
                }
            }
        }
        throw new IOException("no " + (manager ? "cluster manager" : "node other than the manager") + " among " + urls
                + " in " + nodes);
    }

    String name(String url) throws IOException {
        for (JsonNode n : answering().get("/_cat/nodes?format=json&h=name,http_address")) {
            if (n.path("http_address").asText().endsWith(":" + port(url))) {
                return n.path("name").asText();
            }
        }
        return url;
    }

    /** A client for a node that answers (the first that does). */
    OpenSearchClient answering() throws IOException {
        IOException last = null;
        for (String url : urls) {
            OpenSearchClient c = new OpenSearchClient(url);
            try {
                c.get("/");
                return c;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("no node of " + urls + " answers", last);
    }

    void kill(String url) throws IOException, InterruptedException {
        script("kill", url);
    }

    /** Starts a killed node again; it rejoins the cluster (the script waits until it answers). */
    void start(String url) throws IOException, InterruptedException {
        List<String> peers = new ArrayList<>();
        for (String u : urls) {
            if (!u.equals(url)) {
                peers.add(String.valueOf(port(u)));
            }
        }
        script("start", url, "--heap", heap, "--peers", String.join(",", peers));
    }

    private void script(String command, String url, String... more) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(nodeScript.toString(), command, "--port", String.valueOf(port(url))));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** Waits until the index is green (every copy assigned again); the seconds it took. */
    double awaitGreen(String index, int timeoutSeconds) throws IOException {
        long t0 = System.nanoTime();
        answering().get("/_cluster/health/" + index + "?wait_for_status=green&timeout=" + timeoutSeconds + "s");
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The cluster's status for the index now (green, yellow, red). */
    String status(String index) throws IOException {
        return answering().get("/_cluster/health/" + index + "?local=true").path("status").asText();
    }
}
