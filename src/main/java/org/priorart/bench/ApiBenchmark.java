package org.priorart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.priorart.search.Fusion;
import org.priorart.search.Json;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * A load test of the API over loopback, and its overhead against the search service in-process.
 *
 * <ul>
 *   <li>Overhead: one client, the same queries, alternating an in-process {@link SearchService#search}
 *       and a {@code GET /api/v1/search} (the same request), three rounds; the ratio of the p50s is
 *       what HTTP, JSON, auth, limits and metrics add.</li>
 *   <li>Load: {@code clients} threads, each sending its next query as soon as the last answer came, for
 *       {@code duration} per mode: requests per second, p50/p95/p99 latency, errors (anything but a 200);
 *       then the same threads calling the service in-process, the throughput the API is to be judged by
 *       (on a shared machine, both see the same noise).</li>
 * </ul>
 */
public final class ApiBenchmark {

    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public ApiBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** The figures of one mode under load. */
    public record Load(SearchMode mode, long requests, long errors, double seconds, double p50, double p95, double p99,
                       Map<Integer, Long> statuses) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    /**
     * @param base    the server, e.g. http://127.0.0.1:8080
     * @param key     an API key, or null for a server without keys
     * @param service the search service over the same index, for the in-process baseline
     */
    public List<Load> run(String base, String key, SearchService service, List<String> queries, List<SearchMode> modes,
                          int clients, Duration duration) throws IOException, InterruptedException {
        out.printf("%nAPI benchmark: %s, %d queries (paper titles as free text), 10 hits with snippets%n", base, queries.size());
        out.printf("%nOverhead, one client, alternating in-process and HTTP on the same queries (3 rounds):%n");
        out.printf("  %-9s %14s %14s %9s %12s%n", "mode", "in-process p50", "API p50", "ratio", "overhead");
        for (SearchMode mode : modes) {
            for (String q : queries.subList(0, Math.min(10, queries.size()))) { // warm-up: JIT, caches, ONNX session
                service.search(request(q, mode));
                get(base, key, q, mode);
            }
            List<Double> inProcess = new ArrayList<>();
            List<Double> api = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String q : queries) {
                    long t = System.nanoTime();
                    service.search(request(q, mode));
                    inProcess.add((System.nanoTime() - t) / 1e6);
                    t = System.nanoTime();
                    int status = get(base, key, q, mode);
                    api.add((System.nanoTime() - t) / 1e6);
                    if (status != 200) {
                        throw new IllegalStateException("the API answered " + status + " to " + q);
                    }
                }
            }
            double a = percentile(api, 50);
            double s = percentile(inProcess, 50);
            out.printf("  %-9s %11.2f ms %11.2f ms %8.2fx %9.2f ms%n", mode.lowerName(), s, a, a / s, a - s);
            out.flush();
        }
        out.printf("%nLoad: %d concurrent clients, %d s per mode, through the API and (the same threads calling the%n"
                + "service directly) in-process:%n", clients, duration.toSeconds());
        out.printf("  %-9s %-10s %9s %9s %9s %9s %9s %8s%n", "mode", "via", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        List<Load> loads = new ArrayList<>();
        for (SearchMode mode : modes) {
            Load l = load(queries, mode, clients, duration, q -> get(base, key, q, mode));
            loads.add(l);
            print(l, "API");
            print(load(queries, mode, clients, duration, q -> {
                service.search(request(q, mode));
                return 200;
            }), "in-process");
        }
        return loads;
    }

    private void print(Load l, String via) {
        out.printf("  %-9s %-10s %9d %9.1f %9.1f %9.1f %9.1f %8d%s%n", l.mode().lowerName(), via, l.requests(), l.perSecond(),
                l.p50(), l.p95(), l.p99(), l.errors(), l.errors() == 0 ? "" : "  " + l.statuses());
        out.flush();
    }

    /** One request of a load: its HTTP status (200 for an in-process search that returned). */
    @FunctionalInterface
    private interface Call {
        int send(String query) throws IOException, InterruptedException;
    }

    private Load load(List<String> queries, SearchMode mode, int clients, Duration duration, Call call)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<List<Double>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                while (System.nanoTime() < end) {
                    String q = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
                    long t = System.nanoTime();
                    int status;
                    try {
                        status = call.send(q);
                    } catch (IOException | RuntimeException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    mine.add((System.nanoTime() - t) / 1e6);
                    statuses.merge(status, 1L, Long::sum);
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        return new Load(mode, all.size(), errors.get(), seconds, percentile(all, 50), percentile(all, 95),
                percentile(all, 99), new TreeMap<>(statuses));
    }

    /** The request the API makes of GET /api/v1/search?text=Q&mode=M&size=10. */
    private static SearchRequest request(String text, SearchMode mode) {
        return new SearchRequest(null, text, 10, 0, SearchFilters.NONE, true, mode, Fusion.DEFAULT, false);
    }

    private int get(String base, String key, String text, SearchMode mode) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?size=10&mode=" + mode.lowerName()
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60));
        if (key != null) {
            r.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            // Read what a client reads: the whole answer, parsed.
            JsonNode body = Json.mapper().readTree(response.body());
            if (!body.has("hits")) {
                return -2;
            }
        }
        return response.statusCode();
    }

    static double percentile(List<Double> values, int p) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        return a.length == 0 ? Double.NaN : SearchBenchmark.percentile(a, p);
    }
}
