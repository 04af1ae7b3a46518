package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.cli.PriorArtCli;
import org.priorart.config.ClusterSettings;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;
import org.priorart.embed.Passages;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EngineView;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.VectorCache;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/**
 * The embedding workers' batches on a cluster: a batch of patents is rewritten with a few requests,
 * not some per patent, keeping each patent's conditional write (stale, deleted, already embedded:
 * left alone; a refused one reported, the others written); and an embedded index's vector cache
 * seeds the cluster's ({@code embed --vector-cache-from DIR}), so its patents are embedded from the
 * cache with the same vectors, none computed again.
 */
class TestClusterEmbeddingBatches {

    @TempDir
    Path tmp;

    private Path input(int tenK, int pap2pat) throws Exception {
        Path file = tmp.resolve("patents.jsonl");
        List<String> lines = new ArrayList<>(TestData.lines(TestData.TEN_K, tenK));
        lines.addAll(TestData.lines(TestData.PAP2PAT, pap2pat));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static void ingest(SearchEngine engine, Path file, int n) throws Exception {
        assertEquals(n, new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE)
                .ingest(InputFiles.expand(List.of(file))).indexed());
    }

    @Test
    void aBatchIsRewrittenInTwoRequestsEachPatentStillConditional() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("rewrites");
        try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            ingest(engine, input(6, 0), 6);
            engine.refresh();
            List<StoredPatent> six;
            try (EngineView view = engine.view()) {
                six = view.notEmbeddedWith(List.of(), Set.of(), 10).first();
            }
            ModelSpec model = ModelManifest.load(Path.of("models")).defaultModel();
            engine.writeAllIfUnchanged(List.of(new SearchEngine.Rewrite(six.get(3), vectors(six.get(3), model, 384))),
                    engine.writeSequence(), (p, e) -> { });
            engine.delete(six.get(2).document().id());
            List<SearchEngine.Rewrite> batch = List.of(
                    new SearchEngine.Rewrite(six.get(0), vectors(six.get(0), model, 384)),
                    new SearchEngine.Rewrite(new StoredPatent(six.get(1).document(), "stale"), vectors(six.get(1), model, 384)),
                    new SearchEngine.Rewrite(six.get(2), vectors(six.get(2), model, 384)),
                    new SearchEngine.Rewrite(six.get(3), vectors(six.get(3), model, 384)),
                    new SearchEngine.Rewrite(six.get(4), vectors(six.get(4), model, 3)),
                    new SearchEngine.Rewrite(six.get(5), vectors(six.get(5), model, 384)));
            Map<String, RejectedDocumentException> refused = new HashMap<>();
            long before = engine.client().requests();
            boolean[] written = engine.writeAllIfUnchanged(batch, engine.writeSequence(),
                    (p, e) -> refused.put(p.document().id(), e));
            assertEquals(2, engine.client().requests() - before, "one mget of the versions, one bulk of the writes");
            assertArrayEquals(new boolean[]{true, false, false, false, false, true}, written,
                    "written: the current ones; left: rewritten since read, deleted, already embedded, refused");
            assertEquals(Set.of(six.get(4).document().id()), refused.keySet(), "the vector of the wrong dimension is refused");
            assertTrue(refused.values().iterator().next().getMessage().contains("400"), refused.toString());
            Map<String, Long> versions = versions(engine);
            assertEquals(2L, versions.get(six.get(0).document().id()));
            assertEquals(1L, versions.get(six.get(1).document().id()), "the newer content stays");
            assertEquals(2L, versions.get(six.get(3).document().id()), "embedded once, not twice");
            assertEquals(1L, versions.get(six.get(4).document().id()));
            assertEquals(2L, versions.get(six.get(5).document().id()), "the others of a batch with a refused one are kept");
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** Unit vectors of this dimension for the patent's passages (the write, not the model, is under test). */
    private static PassageVectors vectors(StoredPatent patent, ModelSpec model, int dimension) {
        List<Passage> passages = Passages.DEFAULT.of(patent.document());
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            float[] v = new float[dimension];
            v[i % dimension] = 1;
            vectors.add(v);
        }
        return new PassageVectors(model, passages, vectors);
    }

    private static Map<String, Long> versions(ClusterEngine engine) throws Exception {
        engine.refresh();
        ObjectNode body = Dsl.object().put("size", 100).put("version", true).put("_source", false);
        Map<String, Long> out = new HashMap<>();
        for (JsonNode hit : engine.client().post("/" + engine.index() + "/_search", body).path("hits").path("hits")) {
            out.put(hit.path("_id").asText(), hit.path("_version").asLong());
        }
        return out;
    }

    @Test
    void aWorkerSpendsAFewRequestsPerBatchNotSomePerPatent() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("batches");
        int n = 64;
        try (VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1);
             ClusterEngine engine = ClusterEngine.openWritable(settings)) {
            ingest(engine, input(n, 0), n);
            EmbeddingStage stage = new EmbeddingStage(engine, models, EmbeddingProgress.NONE, "w", Duration.ofSeconds(60));
            stage.claimIndex(false);
            long before = engine.client().requests();
            EmbeddingStage.Summary s = stage.run(new AtomicBoolean());
            long requests = engine.client().requests() - before;
            assertEquals(n, s.patents());
            // per batch of 32: refresh, work list, claims, claimed ones re-read, cache read, versions, bulk, release;
            // one request per patent or more (a cache read, a read, a write each) was 3n
            assertTrue(requests < n / 2, requests + " requests for " + n + " patents");
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void anEmbeddedIndexsVectorCacheSeedsTheClustersNoneComputedAgain() throws Exception {
        Path file = input(8, 4);
        Path embedded = tmp.resolve("embedded");
        int n = 12;
        Map<String, float[]> expected;
        try (VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1)) {
            try (LuceneEngine engine = LuceneEngine.openWritable(embedded)) {
                ingest(engine, file, n);
                EmbeddingStage stage = new EmbeddingStage(engine, models, EmbeddingProgress.NONE);
                stage.claimIndex(false);
                assertEquals(n, stage.run(new AtomicBoolean()).patents());
            }
            expected = keysOfPassages(file, models);
        }
        ClusterSettings settings = ClusterNode.fresh("seeded");
        try {
            try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
                ingest(engine, file, n);
            }
            Result r = cli("embed", "--backend", "opensearch", "--cluster", ClusterNode.url(), "--cluster-index",
                    settings.index(), "--threads", "1", "--vector-cache-from", embedded.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("Copied " + expected.size() + " vectors"), r.err());
            assertTrue(r.out().contains(String.format("(%,d from the cache)", expected.size())),
                    "every passage from the cache: " + r.out());
            try (ClusterEngine engine = ClusterEngine.openWritable(settings)) {
                Map<String, float[]> inCluster = engine.vectorCache().getAll(expected.keySet());
                assertEquals(expected.keySet(), inCluster.keySet());
                try (LuceneEngine source = LuceneEngine.openWritable(embedded)) {
                    Map<String, float[]> inEmbedded = source.vectorCache().getAll(expected.keySet());
                    for (String key : expected.keySet()) {
                        assertArrayEquals(inEmbedded.get(key), inCluster.get(key), key);
                    }
                }
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }

    @Test
    void aDirectoryWithoutAVectorCacheIsACleanError() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("seedless");
        try {
            Path nothing = Files.createDirectories(tmp.resolve("not-an-index"));
            Result r = cli("embed", "--backend", "opensearch", "--cluster", ClusterNode.url(), "--cluster-index",
                    settings.index(), "--vector-cache-from", nothing.toString());
            assertTrue(r.code() != 0);
            assertTrue(r.err().contains("no vector cache at " + nothing.resolve("vector-cache")), r.err());
            assertTrue(!r.err().contains("\tat org."), "no stack trace: " + r.err());
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** The cache keys of the input's passages, as the default model embeds them. */
    private static Map<String, float[]> keysOfPassages(Path file, VectorModels models) throws Exception {
        Map<String, float[]> keys = new HashMap<>();
        org.priorart.ingest.JsonDocumentMapper json = new org.priorart.ingest.JsonDocumentMapper();
        for (String line : Files.readAllLines(file)) {
            for (Passage p : Passages.DEFAULT.of(json.fromJson(line))) {
                keys.put(VectorCache.key(models.defaultModel(), p.text()), null);
            }
        }
        return keys;
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PriorArtCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
