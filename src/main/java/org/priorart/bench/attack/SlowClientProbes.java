package org.priorart.bench.attack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.priorart.bench.attack.ProbeResult.Outcome;

/**
 * Item 2: clients that send or read slowly, a hundred at once, while the victim searches. The goal:
 * the victim's p95 within 2x of its p95 on the idle server just before (measured for 10 s before each
 * probe: the machine may be shared), health answering, no OutOfMemoryError.
 */
final class SlowClientProbes {

    private final Target t;
    private final Documented documented;
    private Victim.Latencies idle;
    private final int connections;
    private final Duration hold;

    SlowClientProbes(Target target, Documented documented, int connections, Duration hold) {
        this.t = target;
        this.documented = documented;
        this.connections = connections;
        this.hold = hold;
    }

    /** Search requests whose bodies come at a byte a second; a client cut off or refused connects again a second later. */
    ProbeResult slowBodies() throws InterruptedException {
        double before = settle();
        Victim victim = Victim.start(t.http(), t.victimKey());
        AtomicInteger tries = new AtomicInteger();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long end = System.nanoTime() + hold.toNanos();
        List<Thread> clients = new ArrayList<>();
        String head = "POST /api/v1/search HTTP/1.1\r\nHost: " + t.http().host() + ":" + t.http().port() + "\r\n"
                + RequestProbes.auth(t.attackerKey()) + "Content-Type: application/json\r\nContent-Length: 2000\r\n\r\n";
        for (int c = 0; c < connections; c++) {
            clients.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    tries.incrementAndGet();
                    int status = trickle(head, end);
                    synchronized (statuses) {
                        statuses.merge(status, 1, Integer::sum);
                    }
                    if (status != 0) {
                        Victim.sleep(1_000); // cut off, refused or not let in: it comes back after Retry-After (1 s)
                    }
                }
            }));
        }
        for (Thread c : clients) {
            c.join();
        }
        Victim.Latencies v = victim.stop();
        int undocumented = statuses.entrySet().stream().filter(e -> e.getKey() > 0 && e.getKey() != 0
                && !documented.has("/api/v1/search", "post", e.getKey())).mapToInt(Map.Entry::getValue).sum();
        return result("2", connections + " clients sending a search body at 1 byte/s for " + hold.toSeconds() + " s",
                tries.get(), undocumented, v, before, "statuses to the slow clients " + label(statuses));
    }

    /** One slow body: a byte a second until the server answers or closes; the status (0: still open at the end, -1: no answer). */
    private int trickle(String head, long end) {
        try (Http.Raw raw = t.http().raw(0)) {
            raw.send(head);
            while (System.nanoTime() < end) {
                if (raw.available() > 0) {
                    return Http.status(raw.answer(1_000));
                }
                try {
                    raw.send("a");
                } catch (IOException closed) {
                    return Http.status(raw.answer(500));
                }
                Victim.sleep(1_000);
            }
            return 0;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A document of about 8 MB fetched by clients that never read the answer, held open. */
    ProbeResult slowReaders() throws IOException {
        String number = "US9990001B2";
        // Claims 2 on depend on claim 1: one passage to embed, so the server is not busy embedding during the probe.
        String claim = "a body, a seat and a stem that closes against the seat, ".repeat(38);
        StringBuilder doc = new StringBuilder("{\"publication_number\": \"" + number + "\", \"title\": \"Snorkelwick valve\", \"claims\": [");
        for (int i = 1; i <= 4000; i++) {
            doc.append(i == 1 ? "\"1. A snorkelwick valve comprising " : ", \"" + i + ". The snorkelwick valve of claim 1, with ")
                    .append(claim).append("\"");
        }
        Http.Answer written = t.http().postJson("/api/v1/patents", t.adminKey(), doc.append("]}").toString());
        Http.Answer original = t.http().get("/api/v1/patents/" + number, t.adminKey());
        if (written.status() != 200 || original.status() != 200) {
            return ProbeResult.skipped("2", "clients that never read an 8 MB answer", "cannot write the document: " + written.status());
        }
        double before = settle();
        Victim victim = Victim.start(t.http(), t.victimKey());
        List<Http.Raw> stalled = new ArrayList<>();
        String request = "GET /api/v1/patents/" + number + " HTTP/1.1\r\nHost: " + t.http().host() + ":" + t.http().port() + "\r\n"
                + RequestProbes.auth(t.attackerKey()) + "\r\n";
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            for (int c = 0; c < connections; c++) {
                Http.Raw raw = null;
                try {
                    raw = t.http().raw(4096);
                    stalled.add(raw.send(request));
                } catch (IOException refused) {
                    statuses.merge(-1, 1, Integer::sum);
                    if (raw != null && !stalled.contains(raw)) {
                        raw.close();
                    }
                }
            }
            Victim.sleep(hold.toMillis());
            for (Http.Raw raw : stalled) {
                statuses.merge(Http.status(raw.peek(12)), 1, Integer::sum);
            }
        } finally {
            stalled.forEach(Http.Raw::close);
        }
        Victim.Latencies v = victim.stop();
        double peak = t.memoryMb();
        Http.Answer after = t.http().get("/api/v1/patents/" + number, t.adminKey());
        int lost = after.status() == 200 && after.body().equals(original.body()) ? 0 : 1;
        t.http().delete("/api/v1/patents/" + number, t.adminKey());
        int undocumented = statuses.entrySet().stream().filter(e -> e.getKey() > 0
                && !documented.has("/api/v1/patents/{id}", "get", e.getKey())).mapToInt(Map.Entry::getValue).sum();
        ProbeResult r = result("2", connections + " clients fetching an 8 MB document, never reading, for " + hold.toSeconds() + " s",
                connections, undocumented, v, before, "answer " + original.body().length() / 1_000_000 + " MB; statuses "
                        + label(statuses) + " (no answer: nothing had come when the probe ended)");
        return new ProbeResult(r.item(), r.name(), r.tries(), r.undocumented(), r.victim(), peak, lost,
                lost > 0 ? ProbeResult.Outcome.FAIL : r.outcome(), r.detail(), r.goal(), r.goalValue());
    }

    /**
     * Waits for a quiet server, measures the victim's searches on it for 10 s, and starts the memory
     * peak afresh; the resident memory before, MB.
     */
    private double settle() {
        t.awaitQuiet(60);
        Victim baseline = Victim.start(t.http(), t.victimKey());
        Victim.sleep(10_000);
        idle = baseline.stop();
        t.resetPeak();
        return t.memoryMb();
    }

    private ProbeResult result(String item, String name, int tries, int undocumented, Victim.Latencies v, double before,
                               String detail) {
        boolean oom = t.process() != null && t.process().outOfMemory();
        double ratio = v.p95() / idle.p95();
        boolean withinTwice = ratio <= 2 && v.failures() == 0;
        boolean health = v.worstHealth() <= Math.max(1_000, 2 * idle.worstHealth());
        Outcome outcome = withinTwice && health && !oom && undocumented == 0 ? Outcome.PASS : Outcome.FAIL;
        return new ProbeResult(item, name, tries, undocumented, v, t.memoryMb(), -1, outcome, detail
                + "; victim p95 %.0f ms (idle %.0f ms, %.1fx), %d failed; worst health %.0f ms; memory %.0f MB before%s".formatted(
                v.p95(), idle.p95(), v.p95() / idle.p95(), v.failures(), v.worstHealth(), before,
                oom ? "; OutOfMemoryError in the log" : ""), ProbeResult.Goal.LOAD_P95_RATIO, ratio);
    }

    private static String label(Map<Integer, Integer> statuses) {
        Map<String, Integer> named = new TreeMap<>();
        statuses.forEach((s, n) -> named.merge(s == -1 ? "no answer" : s == 0 ? "open" : String.valueOf(s), n, Integer::sum));
        return named.toString();
    }
}
