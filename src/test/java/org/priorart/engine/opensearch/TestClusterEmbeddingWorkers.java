package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EmbeddingClaims;
import org.priorart.engine.StoredPatent;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * Several embedding workers on one cluster index: claims that exactly one worker gets, expired ones
 * taken over; two workers at once embed every patent exactly once between them; a worker process
 * killed with SIGKILL midway leaves claims that another worker takes over when they expire, and
 * still no patent is embedded twice or skipped. "Exactly once" is read from the cluster itself:
 * each patent's document version is 1 after the ingest and 2 after one write with its vectors.
 */
class TestClusterEmbeddingWorkers {

    @TempDir
    Path tmp;

    private static ClusterSettings fresh(String what) {
        return ClusterNode.fresh(what).withIndex("bulk-" + what + "-"
                + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT));
    }

    /** Ingests the first {@code n} patents of the 10k abstracts (one passage each: title with abstract). */
    private void ingest(ClusterSettings settings, int n) throws Exception {
        Path file = tmp.resolve("patents.jsonl");
        Files.write(file, TestData.lines(TestData.TEN_K, n), StandardCharsets.UTF_8);
        try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            assertEquals(n, new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(file))).indexed());
        }
    }

    private static List<StoredPatent> stored(int n) throws Exception {
        JsonDocumentMapper json = new JsonDocumentMapper();
        List<StoredPatent> out = new ArrayList<>();
        for (String line : TestData.lines(TestData.TEN_K, n)) {
            out.add(new StoredPatent(json.fromJson(line), "h"));
        }
        return out;
    }

    @Test
    void aClaimIsOneWorkersUntilItExpiresThenTakenOverOnce() throws Exception {
        ClusterSettings settings = fresh("claims");
        ingest(settings, 6);
        List<StoredPatent> six = stored(6);
        try (ClusterEngine a = ClusterEngine.openWritable(settings); ClusterEngine b = ClusterEngine.openWritable(settings);
             ClusterEngine c = ClusterEngine.openWritable(settings)) {
            EmbeddingClaims first = a.claims("a", Duration.ofSeconds(1));
            EmbeddingClaims second = b.claims("b", Duration.ofSeconds(60));
            EmbeddingClaims third = c.claims("c", Duration.ofSeconds(60));
            assertEquals(4, first.claim(six.subList(0, 4), List.of("m")).held().size());
            EmbeddingClaims.Claimed got = second.claim(six, List.of("m"));
            assertEquals(2, got.held().size(), "only the two nobody holds");
            assertEquals(4, got.heldElsewhere().size());
            Thread.sleep(1200); // a's leases expire (a stopped renewing: killed)
            CompletableFuture<EmbeddingClaims.Claimed> byB = CompletableFuture.supplyAsync(() -> claim(second, six.subList(0, 4)));
            CompletableFuture<EmbeddingClaims.Claimed> byC = CompletableFuture.supplyAsync(() -> claim(third, six.subList(0, 4)));
            int takenOver = byB.get().takenOver() + byC.get().takenOver();
            assertEquals(4, takenOver, "each expired claim is taken over by one worker");
            assertEquals(4, byB.get().held().size() + byC.get().held().size());
            Thread.sleep(500); // past a third of the lease: a renews, and learns it lost them
            assertEquals(4, first.renew().size(), "the worker that paused past its lease has lost its claims");
            List<String> four = six.subList(0, 4).stream().map(p -> p.document().id()).toList();
            first.release(four); // it holds none of them any more: the others' claims stay
            ObjectNode ids = Dsl.object();
            four.forEach(ids.putArray("ids")::add);
            for (JsonNode claim : a.client().post("/" + settings.index() + ClusterClaims.SUFFIX + "/_mget", ids).path("docs")) {
                assertTrue(claim.path("found").asBoolean(), claim.toString());
                assertTrue(List.of("b", "c").contains(claim.path("_source").path("worker").asText()), claim.toString());
            }
        } finally {
            TestClusterBulkIngest.dropAll(settings);
        }
    }

    private static EmbeddingClaims.Claimed claim(EmbeddingClaims claims, List<StoredPatent> patents) {
        try {
            return claims.claim(patents, List.of("m"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoWorkersEmbedEveryPatentOnce() throws Exception {
        ClusterSettings settings = fresh("workers");
        int n = 80;
        ingest(settings, n);
        try (VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1);
             ClusterEngine one = ClusterEngine.openWritable(settings); ClusterEngine two = ClusterEngine.openWritable(settings)) {
            EmbeddingStage w1 = new EmbeddingStage(one, models, EmbeddingProgress.NONE, "w1", Duration.ofSeconds(30));
            EmbeddingStage w2 = new EmbeddingStage(two, models, EmbeddingProgress.NONE, "w2", Duration.ofSeconds(30));
            w1.claimIndex(false);
            w2.claimIndex(false);
            CompletableFuture<EmbeddingStage.Summary> r1 = CompletableFuture.supplyAsync(() -> run(w1));
            CompletableFuture<EmbeddingStage.Summary> r2 = CompletableFuture.supplyAsync(() -> run(w2));
            long p1 = r1.get(300, TimeUnit.SECONDS).patents();
            long p2 = r2.get(300, TimeUnit.SECONDS).patents();
            assertEquals(n, p1 + p2, "embeddings per worker: " + p1 + " + " + p2);
            assertTrue(p1 > 0 && p2 > 0, "both workers had work: " + p1 + " + " + p2);
            assertEmbeddedOnce(one, n);
        } finally {
            TestClusterBulkIngest.dropAll(settings);
        }
    }

    @Test
    void aWorkerKilledMidwayIsTakenOverNoneSkippedNoneTwice() throws Exception {
        ClusterSettings settings = fresh("killed");
        int n = 120;
        ingest(settings, n);
        String java = ProcessHandle.current().info().command().orElse("java");
        // -Xss8m: with the test's long class path, the native model code on the main thread overflows the
        // default 1 MB stack (SIGSEGV, exit 139); the launcher's short -jar class path stays under it
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xss8m", "-Dai.djl.offline=true",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "org.priorart.cli.PriorArtCli", "embed", "--backend", "opensearch", "--cluster", ClusterNode.url(),
                "--worker", "doomed", "--lease", "3", "--threads", "1"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put("PRIORART_CLUSTER_INDEX", settings.index());
        Process child = pb.start();
        try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            long embedded = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            // A worker writes a batch at once and then releases its claims: it is killed once it has written some
            // patents and holds claims on others it has not written yet (embedding them), so they must be taken over.
            while (System.nanoTime() < deadline && child.isAlive() && (embedded < 5 || !holdsUnwritten(engine))) {
                Thread.sleep(100);
                embedded = embeddedCount(engine);
            }
            assertTrue(child.isAlive(), "the worker finished before it could be killed (" + embedded + " embedded, exit "
                    + (child.isAlive() ? "-" : child.exitValue()) + "): "
                    + Files.readString(tmp.resolve("child.log")));
            child.destroyForcibly(); // SIGKILL: its claims stay, unreleased
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            long byDoomed = embeddedCount(engine);
            assertTrue(byDoomed < n, "killed midway: " + byDoomed);

            AtomicInteger tookOver = new AtomicInteger();
            EmbeddingProgress progress = new EmbeddingProgress() {
                @Override
                public void tookOver(int patents) {
                    tookOver.addAndGet(patents);
                }
            };
            try (VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1)) {
                EmbeddingStage survivor = new EmbeddingStage(engine, models, progress, "survivor", Duration.ofSeconds(3));
                survivor.claimIndex(false);
                EmbeddingStage.Summary s = survivor.run(new AtomicBoolean());
                assertTrue(tookOver.get() > 0, "the dead worker's claims were taken over when they expired");
                // A write the killed worker had sent may still land after it was counted (the node finishes a
                // request whose sender died), and the survivor then finds that patent embedded and leaves it: the
                // counts may fall short of n, never pass it; exactly once is read in the cluster below.
                assertTrue(byDoomed + s.patents() <= n && byDoomed + s.patents() >= n - 2, "embeddings per worker: doomed "
                        + byDoomed + " + survivor " + s.patents() + " of " + n);
                assertEquals(n, embeddedCount(engine), "every patent embedded");
            }
            assertEmbeddedOnce(engine, n);
        } finally {
            child.destroyForcibly();
            TestClusterBulkIngest.dropAll(settings);
        }
    }

    private static EmbeddingStage.Summary run(EmbeddingStage stage) {
        try {
            return stage.run(new AtomicBoolean());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a worker holds a claim on a patent not written with its vectors yet. */
    private static boolean holdsUnwritten(ClusterEngine engine) throws Exception {
        String claims = engine.index() + ClusterClaims.SUFFIX;
        engine.client().post("/" + claims + "/_refresh", null);
        ObjectNode search = Dsl.object().put("size", 1000).put("_source", false);
        ObjectNode ids = Dsl.object();
        for (JsonNode hit : engine.client().post("/" + claims + "/_search", search).path("hits").path("hits")) {
            ids.withArray("ids").add(hit.path("_id").asText());
        }
        if (ids.path("ids").isEmpty()) {
            return false;
        }
        String path = "/" + engine.index() + "/_mget?_source_includes=" + ClusterFields.EMBEDDED_WITH;
        for (JsonNode d : engine.client().post(path, ids).path("docs")) {
            if (d.path("found").asBoolean() && !d.path("_source").hasNonNull(ClusterFields.EMBEDDED_WITH)) {
                return true;
            }
        }
        return false;
    }

    private static long embeddedCount(ClusterEngine engine) throws Exception {
        engine.refresh();
        ObjectNode body = Dsl.object();
        body.putObject("query").putObject("exists").put("field", ClusterFields.EMBEDDED_WITH);
        return engine.client().post("/" + engine.index() + "/_count", body).path("count").asLong();
    }

    /** Every patent carries vectors, and was written exactly twice: by the ingest, then once with its vectors. */
    private static void assertEmbeddedOnce(ClusterEngine engine, int n) throws Exception {
        engine.refresh();
        ObjectNode body = Dsl.object().put("size", 10_000).put("version", true);
        body.putObject("_source").putArray("includes").add(ClusterFields.EMBEDDED_WITH);
        Map<Long, Integer> versions = new HashMap<>();
        int embedded = 0;
        JsonNode hits = engine.client().post("/" + engine.index() + "/_search", body).path("hits").path("hits");
        for (JsonNode hit : hits) {
            versions.merge(hit.path("_version").asLong(), 1, Integer::sum);
            if (hit.path("_source").hasNonNull(ClusterFields.EMBEDDED_WITH)) {
                embedded++;
            }
        }
        assertEquals(n, hits.size());
        assertEquals(n, embedded, "none skipped");
        assertEquals(Map.of(2L, n), versions, "each patent written once by the ingest and once with its vectors");
        engine.client().post("/" + engine.index() + ClusterClaims.SUFFIX + "/_refresh", null);
        assertEquals(0, engine.client().get("/" + engine.index() + ClusterClaims.SUFFIX + "/_count").path("count").asLong(),
                "every claim released, the dead worker's by the one that took them over");
    }
}
