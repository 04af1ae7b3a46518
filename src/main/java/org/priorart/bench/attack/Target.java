package org.priorart.bench.attack;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server under attack and the keys the attack uses: the victim's (a normal client), the
 * attacker's (the hostile one; the same as the victim's when a server has no keys) and an admin's (to
 * set up and clean up documents). With the server's process when the attack started it (then its
 * memory, CPU time and log are known), else null.
 */
record Target(Http http, String victimKey, String attackerKey, String adminKey, ServerProcess process) {

    /** Peak resident memory since {@link #resetPeak}, MB; for a server not started here, the heap in use now. */
    double memoryMb() {
        if (process != null) {
            return process.peakMb();
        }
        Http.Answer m = http.get("/metrics", adminKey);
        if (m.status() != 200) {
            return Double.NaN;
        }
        double heap = 0;
        for (String line : m.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                heap += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return heap / 1048576.0;
    }

    void resetPeak() {
        if (process != null) {
            process.resetPeak();
        }
    }

    /** CPU seconds the server has used (NaN when not known). */
    double cpuSeconds() {
        return process == null ? Double.NaN : process.cpuSeconds();
    }

    /** Stack-trace lines in the server's log so far (0 when not known). */
    int stackTraces() {
        return process == null ? 0 : process.stackTraceLines();
    }

    int logLines() {
        return process == null ? 0 : process.logLines();
    }

    /** Documents searchable, from health. */
    long documents() {
        JsonNode h = http.get("/api/v1/health", null).json();
        return h == null ? -1 : h.path("documents").asLong(-1);
    }

    /** Waits until the server's CPU use stays below a tenth of a core for a second (at most the given seconds). */
    double awaitQuiet(int maxSeconds) {
        if (process == null) {
            Victim.sleep(2_000);
            return Double.NaN;
        }
        long start = System.nanoTime();
        double before = cpuSeconds();
        while ((System.nanoTime() - start) / 1e9 < maxSeconds) {
            Victim.sleep(1_000);
            double now = cpuSeconds();
            if (now - before < 0.1) {
                break;
            }
            before = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
