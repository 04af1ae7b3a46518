package org.priorart.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's metrics in Prometheus' text format (Micrometer): requests by route template, method
 * and status, with latency buckets; search latency by the mode that ranked; documents written;
 * and gauges of what the index holds. Routes are labelled by their
 * template ({@code /api/v1/patents/{id}}), never the raw path, so label values stay few.
 */
public final class ApiMetrics implements AutoCloseable {

    /** Latency buckets from a cached keyword search to a long batch. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ApiMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    /** One answered request. */
    public void request(String method, String route, int status, double millis) {
        Timer.builder("http.server.requests").description("HTTP requests by route template, method and status")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** One search, by the mode that ranked it. */
    public void search(String mode, double millis) {
        Timer.builder("priorart.search").description("Time in the search service, by the mode that ranked")
                .tag("mode", mode)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record((long) (millis * 1e6), TimeUnit.NANOSECONDS);
    }

    /** Documents written through the API, by outcome (created, replaced, unchanged, rejected, deleted). */
    public void documents(String outcome, int count) {
        if (count > 0) {
            Counter.builder("priorart.documents.written").description("Documents written through the API, by outcome")
                    .tag("outcome", outcome).register(registry).increment(count);
        }
    }

    /** A gauge read when the metrics are scraped (NaN when the value cannot be read now). */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> {
            try {
                Number n = value.get();
                return n == null ? Double.NaN : n.doubleValue();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }

    /** GET /metrics. */
    public void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
