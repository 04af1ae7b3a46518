package org.priorart.bench.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.engine.opensearch.ClusterEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.search.SearchService;

/**
 * kill -9 of one node of a cluster (one replica of every shard), twice: during an ingest, which is then
 * run again after the node is back, and the cluster's ids are compared with the input's (none lost,
 * none twice); and during a search load of a few client threads, counting the searches that failed and
 * how long after the kill the last one did. Prints the figures.
 *
 * @param settings   the cluster (its nodes) and the index name to create; replicas are set to 1
 * @param input      a JSONL file (gzip or not) whose first {@code documents} lines are ingested
 * @param manager    kill the cluster manager (else the node that is not)
 */
public record FaultBenchmark(ClusterSettings settings, Path input, int documents, int ingestThreads, int clients,
                             int seconds, int killAt, boolean manager, Path nodeScript, String heap) {

    public void run(List<String> queries, PrintWriter out) throws Exception {
        ClusterSettings s = new ClusterSettings(settings.backend(), settings.nodes(), settings.index(), settings.user(),
                settings.password(), settings.apiKey(), settings.tlsInsecure(), 1, 1);
        ClusterNodes nodes = new ClusterNodes(s.nodes(), nodeScript, heap);
        if (nodes.answering().head("/" + s.index()) == 200) {
            throw new IllegalArgumentException("the index '" + s.index() + "' exists already: the benchmark creates its own "
                    + "(choose another with --index-name)");
        }
        out.printf("Fault benchmark: cluster %s, index %s (1 shard, 1 replica), kill -9 of the %s%n", String.join(",", s.nodes()),
                s.index(), manager ? "cluster manager" : "node that is not the cluster manager");
        ingest(s, nodes, out);
        search(s, nodes, queries, out);
    }

    private void ingest(ClusterSettings s, ClusterNodes nodes, PrintWriter out) throws Exception {
        Path file = Files.createTempFile("priorart-faults", ".jsonl");
        try {
            Set<String> expected = firstLines(file);
            out.printf("%nIngest: %,d documents (the first of %s), %d threads%n", expected.size(), input.getFileName(), ingestThreads);
            String victim = nodes.victim(manager);
            String name = nodes.name(victim);
            long t0 = System.nanoTime();
            CompletableFuture<IngestSummary> first = CompletableFuture.supplyAsync(() -> ingestOnce(s, file));
            long killed = killMidway(s, nodes, victim, expected.size() / 3, first);
            out.printf("  killed %s (kill -9) at %.1f s, %,d documents in the index%n", name, (killed - t0) / 1e9, countNow(s, nodes));
            String firstRun;
            try {
                firstRun = "completed: " + first.join();
            } catch (RuntimeException e) {
                firstRun = "failed: " + rootMessage(e);
            }
            out.printf("  first run %s (%.1f s after the start)%n", firstRun, (System.nanoTime() - t0) / 1e9);
            out.printf("  cluster status with the node down: %s%n", nodes.status(s.index()));
            long r0 = System.nanoTime();
            nodes.start(victim);
            double green = nodes.awaitGreen(s.index(), 300);
            out.printf("  %s started again: answering after %.1f s, index green %.1f s later%n", name, (System.nanoTime() - r0) / 1e9 - green, green);
            long t1 = System.nanoTime();
            IngestSummary rerun = ingestOnce(s, file);
            out.printf("  rerun: %s (%.1f s)%n", rerun, (System.nanoTime() - t1) / 1e9);
            compare(s, nodes, expected, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Kills the victim once the index holds {@code after} documents (or the ingest ended); when it did. */
    private long killMidway(ClusterSettings s, ClusterNodes nodes, String victim, int after, CompletableFuture<?> ingest)
            throws Exception {
        while (!ingest.isDone() && countNow(s, nodes) < after) {
            Thread.sleep(200);
        }
        long at = System.nanoTime();
        nodes.kill(victim);
        return at;
    }

    private static long countNow(ClusterSettings s, ClusterNodes nodes) {
        try {
            return nodes.answering().get("/" + s.index() + "/_count").path("count").asLong();
        } catch (IOException e) {
            return -1; // not created yet, or no node answers this instant
        }
    }

    private IngestSummary ingestOnce(ClusterSettings s, Path file) {
        try (ClusterEngine engine = ClusterEngine.openWritable(s)) {
            return new Ingester(engine, Optional.empty(), ingestThreads, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the first lines of the input to the file; the publication numbers they hold. */
    private Set<String> firstLines(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        JsonDocumentMapper mapper = new JsonDocumentMapper();
        boolean gz = input.getFileName().toString().endsWith(".gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(gz ? new GZIPInputStream(Files.newInputStream(input))
                : Files.newInputStream(input), StandardCharsets.UTF_8));
             var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; n < documents && (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ids.add(mapper.fromJson(line).id());
                } catch (JsonDocumentMapper.BadDocumentException e) {
                    continue; // the ingest skips it too
                }
                w.write(line);
                w.newLine();
                n++;
            }
        }
        return ids;
    }

    /** The cluster's ids against the input's: lost, doubled (a document count above the distinct ids), extra. */
    private static void compare(ClusterSettings s, ClusterNodes nodes, Set<String> expected, PrintWriter out) throws IOException {
        var client = nodes.answering();
        client.post("/" + s.index() + "/_refresh", null);
        JsonNode body = org.priorart.bench.opensearch.OpenSearchClient.json().readTree("{\"size\":10000,\"_source\":false,\"track_total_hits\":true,"
                + "\"query\":{\"match_all\":{}},\"sort\":[\"_doc\"]}");
        JsonNode answer = client.post("/" + s.index() + "/_search", body);
        long total = answer.path("hits").path("total").path("value").asLong();
        List<String> ids = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
        Set<String> distinct = new HashSet<>(ids);
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(distinct);
        Set<String> extra = new HashSet<>(distinct);
        extra.removeAll(expected);
        out.printf("  ids: input %,d distinct; cluster %,d documents, %,d distinct ids: lost %d, doubled %d, extra %d%s%n",
                expected.size(), total, distinct.size(), lost.size(), total - distinct.size(), extra.size(),
                lost.isEmpty() ? "" : " (e.g. " + lost.stream().limit(5).toList() + ")");
    }

    private void search(ClusterSettings s, ClusterNodes nodes, List<String> queries, PrintWriter out) throws Exception {
        String victim = nodes.victim(manager);
        String name = nodes.name(victim);
        out.printf("%nSearch load: %d client threads through the search service (keyword, 10 hits with snippets), %d s, "
                + "kill -9 of %s at %d s%n", clients, seconds, name, killAt);
        List<SearchLoad.Outcome> all;
        long killed;
        try (ClusterEngine engine = ClusterEngine.openReadOnly(s)) {
            SearchLoad load = new SearchLoad(new SearchService(engine, FieldWeights.DEFAULT), queries);
            load.start(clients);
            Thread.sleep(killAt * 1000L);
            killed = load.now();
            nodes.kill(victim);
            Thread.sleep(Math.max(0, seconds * 1000L - killed / 1_000_000));
            all = load.stop();
        }
        List<SearchLoad.Outcome> before = all.stream().filter(o -> o.end() < killed).toList();
        List<SearchLoad.Outcome> after = all.stream().filter(o -> o.end() >= killed).toList();
        out.println("  before the kill: " + SearchLoad.figures(before));
        out.println("  after the kill:  " + SearchLoad.figures(after));
        List<SearchLoad.Outcome> failed = after.stream().filter(o -> !o.ok()).toList();
        if (failed.isEmpty()) {
            out.println("  no search failed after the kill");
        } else {
            out.printf("  failures from %.2f s to %.2f s after the kill (the last failed search ended then; all later ones succeeded)%n",
                    (failed.get(0).end() - killed) / 1e9, (failed.stream().mapToLong(SearchLoad.Outcome::end).max().orElse(0) - killed) / 1e9);
            SearchLoad.errors(after).forEach((e, n) -> out.printf("    %d x %s%n", n, e));
        }
        List<SearchLoad.Outcome> window = after.stream().filter(o -> o.start() < killed + 5_000_000_000L).toList();
        out.println("  first 5 s after the kill: " + SearchLoad.figures(window));
        out.println("  per second (ok, /failed): " + SearchLoad.perSecond(all, seconds));
        out.printf("  cluster status with the node down: %s%n", nodes.status(s.index()));
        long r0 = System.nanoTime();
        nodes.start(victim);
        double green = nodes.awaitGreen(s.index(), 300);
        out.printf("  %s started again: answering after %.1f s, index green %.1f s later%n", name, (System.nanoTime() - r0) / 1e9 - green, green);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t instanceof java.io.UncheckedIOException)) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
