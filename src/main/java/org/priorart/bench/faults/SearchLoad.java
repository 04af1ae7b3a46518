package org.priorart.bench.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * A search load of a few client threads through the search service, each searching the next query as
 * soon as the last one is answered; every search is recorded (when it started and ended, whether it
 * failed and why), so the figures around a fault can be cut by time.
 */
final class SearchLoad {

    /** One search: nanoseconds since the load started. */
    record Outcome(long start, long end, String error) {
        boolean ok() {
            return error == null;
        }

        double millis() {
            return (end - start) / 1e6;
        }
    }

    private final SearchService service;
    private final List<String> queries;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private long t0;

    SearchLoad(SearchService service, List<String> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries for the search load");
        }
        this.service = service;
        this.queries = List.copyOf(queries);
    }

    /** Starts the client threads; the load's clock starts now. */
    void start(int clients) {
        t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            threads.add(Thread.ofPlatform().name("fault-load-" + c).start(() -> loop(first, clients)));
        }
    }

    /** Nanoseconds since the load started. */
    long now() {
        return System.nanoTime() - t0;
    }

    private void loop(int first, int step) {
        for (int i = first; !stop.get(); i += step) {
            String q = queries.get(i % queries.size());
            long s = now();
            String error = null;
            try {
                service.search(SearchRequest.text(q, 10));
            } catch (Exception | AssertionError e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            outcomes.add(new Outcome(s, now(), error));
        }
    }

    /** Stops the clients, waits for their last searches; every search in order of its start. */
    List<Outcome> stop() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        List<Outcome> all = new ArrayList<>(outcomes);
        all.sort((a, b) -> Long.compare(a.start(), b.start()));
        return all;
    }

    /** Figures of a slice of the searches: count, failed, p50/p99/max milliseconds. */
    static String figures(List<Outcome> slice) {
        long failed = slice.stream().filter(o -> !o.ok()).count();
        double[] ms = slice.stream().filter(Outcome::ok).mapToDouble(Outcome::millis).sorted().toArray();
        return String.format("%,d searches, %,d ok, %,d failed; ok latency p50 %s, p99 %s, max %s ms", slice.size(),
                slice.size() - failed, failed, pct(ms, 0.50), pct(ms, 0.99), ms.length == 0 ? "-" : String.format("%.0f", ms[ms.length - 1]));
    }

    private static String pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format("%.0f", sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)]);
    }

    /** The distinct errors and how often each came (messages cut to their first 160 characters). */
    static Map<String, Integer> errors(List<Outcome> slice) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Outcome o : slice) {
            if (!o.ok()) {
                String e = o.error().length() > 160 ? o.error().substring(0, 160) + "..." : o.error();
                out.merge(e, 1, Integer::sum);
            }
        }
        return out;
    }

    /** Searches ok/failed per second of the load, as "ok/failed" cells. */
    static String perSecond(List<Outcome> all, int seconds) {
        int[] ok = new int[seconds + 1];
        int[] failed = new int[seconds + 1];
        for (Outcome o : all) {
            int s = (int) Math.min(seconds, o.end() / 1_000_000_000L);
            if (o.ok()) {
                ok[s]++;
            } else {
                failed[s]++;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int s = 0; s <= seconds; s++) {
            b.append(s == 0 ? "" : " ").append(ok[s]).append(failed[s] > 0 ? "/" + failed[s] : "");
        }
        return b.toString() + (Arrays.stream(failed).sum() > 0 ? "  (ok/failed where any failed)" : "");
    }
}
