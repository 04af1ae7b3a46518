package org.priorart.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The settings of the HTTP API: where its keys live, the per-key limits and the request limits.
 * {@link #fromEnvironment} reads the {@code PRIORART_*} variables named below; flags override single
 * values with the {@code with...} methods.
 *
 * @param keysFile           the API keys file ({@code PRIORART_KEYS}); null: {@code api-keys.json} in the
 *                           index directory, so that keys travel with the collection they guard
 * @param corsOrigins        origins allowed to call the API from a browser ({@code PRIORART_CORS_ORIGINS},
 *                           comma-separated, e.g. {@code https://portal.example.org}); empty: CORS off
 * @param rateLimitPerMinute requests per minute per key unless the key says otherwise
 *                           ({@code PRIORART_RATE_LIMIT}, default 600; 0: unlimited)
 * @param dailyQuota         requests per UTC day per key unless the key says otherwise
 *                           ({@code PRIORART_DAILY_QUOTA}, default 100,000; 0: unlimited)
 * @param maxBodyBytes       the largest request body ({@code PRIORART_MAX_BODY_BYTES}, default 10 MiB):
 *                           larger bodies get 413 before they are read
 * @param maxQueryLength     the longest query or text, in characters ({@code PRIORART_MAX_QUERY_LENGTH},
 *                           default 20,000: a long pasted claim set)
 * @param requestTimeout     how long a request may run before it is answered 503
 *                           ({@code PRIORART_REQUEST_TIMEOUT} in seconds, default 30)
 * @param maxConcurrent      requests worked on at once; more wait in a queue of 4x that, beyond which
 *                           the server answers 503 at once ({@code PRIORART_MAX_CONCURRENT}, default 64)
 * @param maxConcurrentPerClient requests of one key (of one address, without keys) in flight at once,
 *                           from the first byte of the body to the last byte of the answer; more are a
 *                           429 at once ({@code PRIORART_MAX_CONCURRENT_PER_CLIENT}, default 16): no
 *                           client takes more than its share of the server, however slow it reads or sends
 * @param workersPerClient   requests of one client running on workers at once; its others wait their
 *                           turn, holding no worker ({@code PRIORART_WORKERS_PER_CLIENT}, default 0: half
 *                           the cores, at least 1): a client's burst of heavy requests takes its share of
 *                           the cores, not all of them
 * @param minDataRate        the slowest a request body may arrive and an answer be read, in bytes per
 *                           second ({@code PRIORART_MIN_DATA_RATE}, default 1,024; 0: no minimum). A
 *                           body must also have arrived within the request timeout (else 408)
 * @param responseMemory     bytes of answers in flight at most (written, or waiting for a slow reader);
 *                           a large answer beyond is a 503 {@code overloaded} ({@code PRIORART_RESPONSE_MEMORY},
 *                           default 0: a quarter of the heap)
 */
public record ApiSettings(Path keysFile, List<String> corsOrigins, int rateLimitPerMinute, long dailyQuota,
                          long maxBodyBytes, int maxQueryLength, Duration requestTimeout, int maxConcurrent,
                          int maxConcurrentPerClient, int workersPerClient, long minDataRate, long responseMemory) {

    public static final ApiSettings DEFAULT = new ApiSettings(null, List.of(), 600, 100_000, 10L << 20, 20_000,
            Duration.ofSeconds(30), 64, 16, 0, 1024, 0);

    /** The file name of the keys file inside the index directory (the default place). */
    public static final String DEFAULT_KEYS_FILE = "api-keys.json";

    public ApiSettings {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (rateLimitPerMinute < 0 || dailyQuota < 0) {
            throw new IllegalArgumentException("rate limits must be >= 0 (0: unlimited)");
        }
        if (maxBodyBytes < 1024 || maxQueryLength < 1 || maxConcurrent < 1 || maxConcurrentPerClient < 1) {
            throw new IllegalArgumentException("the API limits must be positive (body at least 1 KiB)");
        }
        if (minDataRate < 0 || responseMemory < 0 || workersPerClient < 0) {
            throw new IllegalArgumentException("the workers per client, the minimum data rate and the response memory "
                    + "must be >= 0 (0: the default)");
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
    }

    static ApiSettings fromEnvironment(Map<String, String> env) {
        ApiSettings d = DEFAULT;
        String keys = env.get("PRIORART_KEYS");
        String origins = env.get("PRIORART_CORS_ORIGINS");
        return new ApiSettings(
                keys == null || keys.isBlank() ? null : Path.of(keys.strip()),
                origins == null ? List.of() : parseOrigins(origins),
                (int) number(env, "PRIORART_RATE_LIMIT", d.rateLimitPerMinute()),
                number(env, "PRIORART_DAILY_QUOTA", d.dailyQuota()),
                number(env, "PRIORART_MAX_BODY_BYTES", d.maxBodyBytes()),
                (int) number(env, "PRIORART_MAX_QUERY_LENGTH", d.maxQueryLength()),
                Duration.ofSeconds(number(env, "PRIORART_REQUEST_TIMEOUT", d.requestTimeout().toSeconds())),
                (int) number(env, "PRIORART_MAX_CONCURRENT", d.maxConcurrent()),
                (int) number(env, "PRIORART_MAX_CONCURRENT_PER_CLIENT", d.maxConcurrentPerClient()),
                (int) number(env, "PRIORART_WORKERS_PER_CLIENT", d.workersPerClient()),
                number(env, "PRIORART_MIN_DATA_RATE", d.minDataRate()),
                number(env, "PRIORART_RESPONSE_MEMORY", d.responseMemory()));
    }

    /** Requests of one client running at once: {@link #workersPerClient}, or half this machine's cores (at least 1). */
    public int workersPerClientOrDefault() {
        return workersPerClient > 0 ? workersPerClient : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** The bytes of answers in flight at most: {@link #responseMemory}, or a quarter of this JVM's heap. */
    public long responseMemoryBytes() {
        return responseMemory > 0 ? responseMemory : Runtime.getRuntime().maxMemory() / 4;
    }

    /** Comma- or space-separated origins; each must be scheme://host[:port] (no path, no wildcard). */
    public static List<String> parseOrigins(String list) {
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).map(String::strip).map(o -> {
            if (!o.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("CORS origin '" + o + "' is not of the form https://host[:port]");
            }
            return o;
        }).toList();
    }

    private static long number(Map<String, String> env, String name, long dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("environment variable " + name + "='" + v + "' is not a number");
        }
    }

    /** The keys file: the configured one, else {@value #DEFAULT_KEYS_FILE} in the index directory. */
    public Path keysFileIn(Path indexDir) {
        return keysFile != null ? keysFile : indexDir.resolve(DEFAULT_KEYS_FILE);
    }

    public ApiSettings withKeysFile(Path file) {
        return file == null ? this : new ApiSettings(file, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes,
                maxQueryLength, requestTimeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withCorsOrigins(List<String> origins) {
        return origins == null ? this : new ApiSettings(keysFile, origins, rateLimitPerMinute, dailyQuota, maxBodyBytes,
                maxQueryLength, requestTimeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withRateLimits(int perMinute, long perDay) {
        return new ApiSettings(keysFile, corsOrigins, perMinute, perDay, maxBodyBytes, maxQueryLength, requestTimeout,
                maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withMaxBodyBytes(long bytes) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, bytes, maxQueryLength,
                requestTimeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withRequestTimeout(Duration timeout) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                timeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withMaxConcurrent(int requests) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                requestTimeout, requests, maxConcurrentPerClient, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withMaxConcurrentPerClient(int requests) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                requestTimeout, maxConcurrent, requests, workersPerClient, minDataRate, responseMemory);
    }

    public ApiSettings withWorkersPerClient(int requests) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                requestTimeout, maxConcurrent, maxConcurrentPerClient, requests, minDataRate, responseMemory);
    }

    public ApiSettings withMinDataRate(long bytesPerSecond) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                requestTimeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, bytesPerSecond, responseMemory);
    }

    public ApiSettings withResponseMemory(long bytes) {
        return new ApiSettings(keysFile, corsOrigins, rateLimitPerMinute, dailyQuota, maxBodyBytes, maxQueryLength,
                requestTimeout, maxConcurrent, maxConcurrentPerClient, workersPerClient, minDataRate, bytes);
    }
}
