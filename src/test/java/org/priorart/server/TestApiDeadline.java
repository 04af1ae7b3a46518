package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DemoIndex;
import org.priorart.config.ApiSettings;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * A search that runs past the request's deadline is answered 503 {@code timeout} and its thread
 * stops: the server's workers go quiet within a bound instead of searching on for minutes after
 * the answer was given up (a 28-operator query kept a core busy for minutes after its 503).
 */
class TestApiDeadline {

    /** Minutes of work on the demo corpus's full texts, within every query limit (see TestSearchDeadline). */
    private static final String SLOW = "DE=(the NEAR99 of NEAR99 the NEAR99 of NEAR99 the NEAR99 of NEAR99 the NEAR99 of)";
    /** Generous, against a loaded machine: the workers stop milliseconds after the deadline. */
    private static final long QUIET_WITHIN_MILLIS = 3000;

    private static LuceneEngine index;
    private static ApiServer server;

    @BeforeAll
    static void start() {
        index = DemoIndex.open();
        server = ApiServer.start(index, null, ApiSettings.DEFAULT.withRequestTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    /** CPU time of the server's request and ranking workers so far, in nanoseconds. */
    private static long workerCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("priorart-api-") || t.getThreadName().startsWith("priorart-ranking"))) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    /** Milliseconds until the workers use less than 10% of a core over a quarter second; -1 if not within the bound. */
    private static long millisUntilQuiet() throws InterruptedException {
        long start = System.nanoTime();
        long last = workerCpu();
        while (System.nanoTime() - start < QUIET_WITHIN_MILLIS * 1_000_000) {
            Thread.sleep(250);
            long now = workerCpu();
            if (now - last < 25_000_000) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            last = now;
        }
        return -1;
    }

    @Test
    void aSearchPastTheDeadlineIsAnswered503AndItsThreadStops() throws Exception {
        for (String mode : new String[] {"keyword", "hybrid"}) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", SLOW).put("mode", mode);
            Api.Answer a = server.client().post("/api/v1/search", body);
            assertEquals(503, a.status(), a.toString());
            assertEquals("timeout", a.error());
            long quiet = millisUntilQuiet();
            assertTrue(quiet >= 0, mode + ": the workers still search " + QUIET_WITHIN_MILLIS + " ms after the 503");
        }
        // the worker is free: a normal search is answered at once
        assertEquals(200, server.client().get("/api/v1/search?query=battery&mode=keyword&size=1").status());
    }

    @Test
    void aBatchItemPastTheDeadlineStopsToo() throws Exception {
        ObjectNode search = JsonNodeFactory.instance.objectNode().put("query", SLOW).put("mode", "keyword");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("searches").add(search).add(search.deepCopy());
        Api.Answer a = server.client().post("/api/v1/search/batch", body);
        // Which comes first is a race under load: the request's own 503 timer, or the searches
        // stopping themselves at the same deadline (then the batch answers 200 with every item a
        // 503 timeout). Either way no item may come back with results, and the workers stop.
        if (a.status() == 200) {
            for (var item : a.json().path("results")) {
                assertEquals(503, item.path("status").asInt(), a.toString());
                assertEquals("timeout", item.path("error").path("error").asText(), a.toString());
            }
        } else {
            assertEquals(503, a.status(), a.toString());
        }
        assertTrue(millisUntilQuiet() >= 0, "the workers still search after the batch's 503");
    }
}
