package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.config.ClusterSettings;
import org.priorart.config.ClusterWork;
import org.priorart.engine.EngineException;

/**
 * The bulk write path's answers to a cluster that does not take a batch: retried with backoff, then
 * a clear error; items refused for now (429) retried alone, items refused for good reported to their
 * own documents. These need no OpenSearch node: one that is down is a closed port, and one that
 * answers 429 on purpose is an HTTP server in the test speaking the {@code _bulk} protocol.
 */
class TestBulkWriter {

    private static final ClusterWork QUICK = ClusterWork.DEFAULT.withBulk(2, 1 << 20).withRetries(3, Duration.ofMillis(20));

    private static ClusterSettings at(String url) {
        return new ClusterSettings(ClusterSettings.Backend.OPENSEARCH, List.of(url), "bulk-test", null, null, null, false, 1, 0);
    }

    @Test
    void aBatchNoNodeTakesIsTriedAgainThenFailsSayingWhatAndWhatIsKept() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        try (ClusterClient client = new ClusterClient(at("http://127.0.0.1:" + port))) {
            BulkWriter bulk = new BulkWriter(client, "bulk-test", QUICK);
            bulk.add("US1", Dsl.object().put("id", "US1"), r -> { });
            long t = System.nanoTime();
            EngineException e = assertThrows(EngineException.class,
                    () -> bulk.add("US2", Dsl.object().put("id", "US2"), r -> { }));
            assertTrue(e.getMessage().contains("did not take a batch of 2 documents (first US1) in 3 attempts"), e.getMessage());
            assertTrue(e.getMessage().contains("no OpenSearch node answers"), e.getMessage());
            assertTrue(e.getMessage().contains("run the same command again"), e.getMessage());
            assertTrue(System.nanoTime() - t >= Duration.ofMillis(60).toNanos(), "waited 20 + 40 ms between the tries");
            assertTrue(bulk.failed());
        }
    }

    @Test
    void itemsRefusedForNowAreSentAgainAloneAndRefusedOnesReportedToTheirDocument() throws Exception {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            String answer;
            int status = 200;
            if (bodies.size() == 1) { // the whole request: too many requests
                status = 429;
                answer = "{\"error\":{\"type\":\"rejected_execution_exception\",\"reason\":\"queue full\"},\"status\":429}";
            } else if (bodies.size() == 2) { // per item: one for now, one accepted, one for good
                answer = "{\"errors\":true,\"items\":[{\"index\":{\"_id\":\"US1\",\"status\":429,\"error\":{\"type\":"
                        + "\"rejected_execution_exception\",\"reason\":\"queue full\"}}},{\"index\":{\"_id\":\"US2\",\"status\":201}},"
                        + "{\"index\":{\"_id\":\"US3\",\"status\":400,\"error\":{\"type\":\"illegal_argument_exception\","
                        + "\"reason\":\"immense term in field family\"}}}]}";
            } else {
                answer = "{\"errors\":false,\"items\":[{\"index\":{\"_id\":\"US1\",\"status\":201}}]}";
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        try (ClusterClient client = new ClusterClient(at("http://127.0.0.1:" + server.getAddress().getPort()))) {
            BulkWriter bulk = new BulkWriter(client, "bulk-test", QUICK.withBulk(10, 1 << 20));
            List<String> refused = Collections.synchronizedList(new ArrayList<>());
            for (String key : List.of("US1", "US2", "US3")) {
                bulk.add(key, Dsl.object().put("id", key), r -> refused.add(key + ": " + r.getMessage()));
            }
            assertEquals(0, bodies.size(), "three documents do not fill a batch of ten");
            bulk.flush();
            assertEquals(3, bodies.size(), bodies.toString());
            assertEquals(bodies.get(0), bodies.get(1), "the whole batch again after the 429");
            assertEquals(2, bodies.get(2).split("\n").length, "only the document refused for now, again: " + bodies.get(2));
            assertTrue(bodies.get(2).contains("\"US1\""));
            assertEquals(1, refused.size(), refused.toString());
            assertTrue(refused.get(0).startsWith("US3: the cluster refuses the document (400): illegal_argument_exception: "
                    + "immense term"), refused.get(0));
        } finally {
            server.stop(0);
        }
    }
}
