package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.config.ClusterWork;
import org.priorart.engine.EngineView;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.ingest.SourcePosition;

/**
 * Ingest into the cluster through {@code _bulk}: a document the cluster refuses in the middle of a
 * batch is reported with its file and line while the rest of the batch is kept; a rerun writes
 * nothing again; an ingest process killed with SIGKILL midway is completed by a rerun with every
 * document exactly once.
 */
class TestClusterBulkIngest {

    @TempDir
    Path tmp;

    private static ClusterSettings fresh(String what) {
        return ClusterNode.fresh(what).withIndex("bulk-" + what + "-"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
    }

    /** The first {@code n} patents of the 10k abstracts as a JSONL file, the one at {@code badLine} (1-based) refused by the cluster. */
    private Path input(int n, int badLine) throws Exception {
        List<String> lines = new ArrayList<>(TestData.lines(TestData.TEN_K, n));
        if (badLine > 0) {
            JsonDocumentMapper json = new JsonDocumentMapper();
            ObjectNode bad = json.toJson(json.fromJson(lines.get(badLine - 1))); // the canonical shape, which has a family
            // a family id of 40,000 bytes: a keyword term over Lucene's 32,766-byte limit, refused by the
            // cluster's shard, not by the reader
            bad.put("family_id", "F".repeat(40_000));
            lines.set(badLine - 1, ClusterClient.JSON.writeValueAsString(bad));
        }
        Path file = tmp.resolve("patents-" + n + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static IngestSummary ingest(ClusterEngine engine, Path file, List<String> skipped) throws Exception {
        IngestProgress progress = new IngestProgress() {
            @Override
            public void skipped(SourcePosition where, String reason) {
                skipped.add(where + ": " + reason);
            }
        };
        return new Ingester(engine, Optional.empty(), 1, progress).ingest(InputFiles.expand(List.of(file)));
    }

    @Test
    void refusedDocumentReportedWithFileAndLineOthersKeptRerunWritesNothing() throws Exception {
        ClusterSettings settings = fresh("refused");
        Path file = input(700, 333);
        String badKey = new JsonDocumentMapper()
                .fromJson(TestData.lines(TestData.TEN_K, 333).get(332)).id();
        // batches of 100: the refused document sits in the middle of the fourth
        ClusterWork small = ClusterWork.DEFAULT.withBulk(100, 8L << 20);
        try (ClusterEngine engine = ClusterEngine.openWritable(settings, small)) {
            List<String> skipped = Collections.synchronizedList(new ArrayList<>());
            IngestSummary first = ingest(engine, file, skipped);
            assertEquals(700, first.read());
            assertEquals(699, first.indexed(), first.toString());
            assertEquals(1, first.skipped(), first.toString());
            assertEquals(1, skipped.size(), skipped.toString());
            assertTrue(skipped.get(0).startsWith(file + ", line 333"), skipped.get(0));
            assertTrue(skipped.get(0).contains("cannot be indexed: the cluster refuses the document"), skipped.get(0));
            assertEquals(699, count(engine));
            try (EngineView view = engine.view()) {
                assertEquals(699, view.patentCount());
                assertEquals(null, view.getByKey(badKey));
                // the neighbours of the refused one, in its batch, are searchable
                for (int line : new int[]{301, 332, 334, 400}) {
                    var doc = new JsonDocumentMapper().fromJson(TestData.lines(TestData.TEN_K, line).get(line - 1));
                    assertNotNull(view.getByKey(doc.id()), "line " + line);
                    Ranking r = view.rankKeyword(view.compile(null, doc.abstractText()), SearchFilters.NONE, 3);
                    assertEquals(doc.id(), r.entries().get(0).key(), "its abstract finds line " + line);
                }
            }

            skipped.clear();
            IngestSummary again = ingest(engine, file, skipped);
            assertEquals(699, again.unchanged(), again.toString());
            assertEquals(0, again.indexed() + again.replaced(), "nothing written twice: " + again);
            assertEquals(1, again.skipped());
            assertEquals(699, count(engine));
            List<String> ids = ids(engine);
            java.util.Set<String> expected = keys(file);
            expected.remove(badKey);
            assertEquals(expected, new java.util.HashSet<>(ids), "every good document, and no other");
            assertEquals(699, ids.size(), "0 doubled");
        } finally {
            dropAll(settings);
        }
    }

    @Test
    void killedIngestProcessCompletedByARerunWithExactCounts() throws Exception {
        ClusterSettings settings = fresh("killed");
        int n = 3000;
        Path file = input(n, 0);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.priorart.cli.PriorArtCli", "index", "--backend", "opensearch", "--cluster", ClusterNode.url(),
                "--input", file.toString(), "--threads", "1", "--commit-every", "400"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put("PRIORART_CLUSTER_INDEX", settings.index());
        Process child = pb.start();
        try {
            long seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            try (ClusterClient client = new ClusterClient(settings)) {
                while (System.nanoTime() < deadline && child.isAlive()) {
                    seen = countOrZero(client, settings.index());
                    if (seen >= 600) {
                        break;
                    }
                    Thread.sleep(100);
                }
            }
            assertTrue(child.isAlive(), "the child finished before it could be killed (" + seen + " documents); see "
                    + tmp.resolve("child.log") + ": " + Files.readString(tmp.resolve("child.log")));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no final flush or commit
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            Thread.sleep(1000); // a bulk request the node had already received completes without its client
            try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
                engine.refresh();
                long afterKill = count(engine);
                assertTrue(afterKill >= 600 && afterKill < n, "killed midway: " + afterKill);

                List<String> skipped = Collections.synchronizedList(new ArrayList<>());
                IngestSummary rerun = ingest(engine, file, skipped);
                assertEquals(n, rerun.read());
                assertEquals(0, rerun.skipped(), skipped.toString());
                assertEquals(afterKill, rerun.unchanged(), "what the killed run wrote is recognized by its content hash: " + rerun);
                assertEquals(n - afterKill, rerun.indexed(), rerun.toString());
                assertEquals(0, rerun.replaced(), rerun.toString());
                assertEquals(n, count(engine));
                List<String> ids = ids(engine);
                assertEquals(keys(file), new java.util.HashSet<>(ids), "every document, and no other");
                assertEquals(n, ids.size(), "0 doubled");
            }
        } finally {
            child.destroyForcibly();
            dropAll(settings);
        }
    }

    static long count(ClusterEngine engine) throws Exception {
        engine.refresh();
        return engine.client().get("/" + engine.index() + "/_count").path("count").asLong();
    }

    private static long countOrZero(ClusterClient client, String index) {
        try {
            JsonNode c = client.getOrNull("/" + index + "/_count");
            return c == null ? 0 : c.path("count").asLong();
        } catch (Exception e) {
            return 0; // the child has not created the index yet
        }
    }

    /** The ids of every document in the index, as many times as they are there (at most 10,000). */
    static List<String> ids(ClusterEngine engine) throws Exception {
        engine.refresh();
        ObjectNode body = Dsl.object().put("size", 10_000).put("_source", false);
        body.putArray("sort").add("_doc");
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : engine.client().post("/" + engine.index() + "/_search", body).path("hits").path("hits")) {
            ids.add(hit.path("_id").asText());
        }
        return ids;
    }

    /** The keys of the patents of an input file. */
    private static java.util.Set<String> keys(Path file) throws Exception {
        java.util.Set<String> keys = new java.util.HashSet<>();
        JsonDocumentMapper json = new JsonDocumentMapper();
        for (String line : Files.readAllLines(file)) {
            keys.add(json.fromJson(line).id());
        }
        return keys;
    }

    static void dropAll(ClusterSettings settings) {
        ClusterNode.drop(settings);
    }
}
