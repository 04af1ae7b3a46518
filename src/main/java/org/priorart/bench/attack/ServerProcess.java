package org.priorart.bench.attack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A PriorArt JVM started by the attack: a server ({@code serve}) or a command ({@code index},
 * {@code embed}), with the same class path as this one and its own heap limit, its output in a log
 * file. Its memory and CPU time are read from /proc (Linux), sampled every 100 ms for the peak.
 */
final class ServerProcess implements AutoCloseable {

    /** What a command run printed and how it ended. */
    record Run(int exitCode, String output, double seconds, double peakMb, boolean timedOut) {
    }

    private final ProcessHandle handle;
    private final Process process;
    private final Path log;
    private final String base;
    private final AtomicLong peakRss = new AtomicLong();
    private final AtomicBoolean sampling = new AtomicBoolean(true);

    private ServerProcess(ProcessHandle handle, Process process, Path log, String base) {
        this.handle = handle;
        this.process = process;
        this.log = log;
        this.base = base;
        Thread.ofPlatform().name("attack-sampler").daemon().start(() -> {
            while (sampling.get() && handle.isAlive()) {
                long rss = rssBytes(handle.pid());
                peakRss.accumulateAndGet(rss, Math::max);
                Victim.sleep(100);
            }
        });
    }

    /**
     * A server started elsewhere, watched through its process id (its memory and CPU time) and, when
     * given, its log file (its stack traces); never stopped by the attack.
     */
    static ServerProcess attach(long pid, String base, Path log) {
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalArgumentException("no process " + pid));
        return new ServerProcess(handle, null, log, base);
    }

    /**
     * Starts {@code serve} on a free loopback port and waits until health answers "ok".
     *
     * @param heap  the -Xmx value (e.g. "1g")
     * @param extra further serve options (--keys FILE, --no-semantic)
     */
    static ServerProcess serve(Path index, String heap, Path log, List<String> extra) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("serve", "--index", index.toString(), "--port", String.valueOf(port), "--no-demo"));
        args.addAll(extra);
        Process p = start(heap, args, log);
        ServerProcess server = new ServerProcess(p.toHandle(), p, log, "http://127.0.0.1:" + port);
        Http http = new Http(server.base);
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            Http.Answer h = http.get("/api/v1/health", null);
            if (h.status() == 200 && h.json() != null && "ok".equals(h.json().path("status").asText())) {
                return server;
            }
            if (!p.isAlive()) {
                break;
            }
            Victim.sleep(250);
        }
        server.close();
        throw new IllegalStateException("the server did not start; its log: " + log + "\n" + tail(server.log(), 20));
    }

    /** Runs a command to its end (or the timeout), in a JVM with this heap limit. */
    static Run run(String heap, Path log, Duration timeout, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = start(heap, List.of(args), log);
        ServerProcess watched = new ServerProcess(p.toHandle(), p, log, null);
        boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        watched.sampling.set(false);
        return new Run(done ? p.exitValue() : -1, watched.log(), (System.nanoTime() - start) / 1e9, watched.peakMb(), !done);
    }

    private static Process start(String heap, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dai.djl.offline=true", "--enable-native-access=ALL-UNNAMED", "--add-modules",
                "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "org.priorart.cli.PriorArtCli"));
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    String base() {
        return base;
    }

    long pid() {
        return handle.pid();
    }

    /** The peak resident memory since the last {@link #resetPeak}, in MB (NaN without /proc). */
    double peakMb() {
        long peak = peakRss.get();
        return peak <= 0 ? Double.NaN : peak / 1048576.0;
    }

    void resetPeak() {
        peakRss.set(rssBytes(handle.pid()));
    }

    /** CPU seconds the process has used (user and system; NaN without /proc). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (100 Hz)
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux), or the process is gone
        }
        return 0;
    }

    /** The server's output so far. */
    String log() {
        try {
            return log != null && Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of its log so far. */
    int logLines() {
        return (int) log().lines().count();
    }

    /** Stack-trace lines ("\tat ...") in its log so far. */
    int stackTraceLines() {
        return (int) log().lines().filter(l -> l.startsWith("\tat ") || l.startsWith("    at ")).count();
    }

    boolean outOfMemory() {
        return log().contains("OutOfMemoryError");
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        sampling.set(false);
        if (process == null) {
            return; // attached: not ours to stop
        }
        process.destroy(); // SIGTERM: the server's shutdown hook commits and stops
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
