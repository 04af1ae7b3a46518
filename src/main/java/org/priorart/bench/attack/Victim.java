package org.priorart.bench.attack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The normal client beside an attack: a keyword search four times a second (its own key) and a health
 * check once a second, each timed. What the issue measures: another client's search while the hostile
 * ones do their worst.
 */
final class Victim implements AutoCloseable {

    /** Search latencies: how many, how many failed (not 200), p50, p95 and the worst, in ms; the worst health check. */
    record Latencies(int count, int failures, double p50, double p95, double worst, double worstHealth) {
    }

    static final List<String> QUERIES = List.of("fishing hook weight", "battery charging circuit", "valve seat",
            "image sensor pixel", "wireless antenna", "semiconductor wafer", "brake pad", "solar cell panel",
            "light emitting diode", "engine fuel injection");

    private final Http http;
    private final String key;
    private final List<Double> searches = new ArrayList<>();
    private final List<Double> health = new ArrayList<>();
    private int failures;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private Victim(Http http, String key) {
        this.http = http;
        this.key = key;
        this.thread = Thread.ofPlatform().name("attack-victim").daemon().start(this::loop);
    }

    /** Starts searching now. */
    static Victim start(Http http, String key) {
        return new Victim(http, key);
    }

    private void loop() {
        long nextHealth = 0;
        for (int i = 0; running.get(); i++) {
            Http.Answer a = http.get("/api/v1/search?mode=keyword&size=10&text=" + Http.encode(QUERIES.get(i % QUERIES.size())), key);
            synchronized (this) {
                searches.add(a.millis());
                if (a.status() != 200) {
                    failures++;
                }
            }
            if (System.nanoTime() > nextHealth) {
                nextHealth = System.nanoTime() + 1_000_000_000L;
                Http.Answer h = http.get("/api/v1/health", null);
                synchronized (this) {
                    health.add(h.status() == 200 ? h.millis() : Double.POSITIVE_INFINITY);
                }
            }
            sleep(250);
        }
    }

    /** Stops, and says how the searches went. */
    Latencies stop() {
        running.set(false);
        try {
            thread.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            double[] s = searches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double worstHealth = health.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new Latencies(s.length, failures, percentile(s, 50), percentile(s, 95),
                    s.length == 0 ? Double.NaN : s[s.length - 1], worstHealth);
        }
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double[] a = Arrays.copyOf(sorted, sorted.length);
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)];
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
    }
}
