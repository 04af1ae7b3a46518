package org.priorart.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedder against reference vectors computed independently: by src/test/reference/embeddings.mjs,
 * with transformers.js's JavaScript tokenizer, onnxruntime-node and pooling written in JavaScript.
 */
class TestEmbedder {

    static final Path MODELS = Path.of("models");

    /**
     * ONNX Runtime's default spinning workers hold a core of a 2-core machine between the parts of a
     * run (issue 15): PriorArt's sessions spin only briefly, then block.
     */
    @Test
    void sessionThreadsSpinOnlyBrieflyBeforeTheyBlock() throws Exception {
        try (OrtSession.SessionOptions options = Embedder.sessionOptions(2)) {
            Map<String, String> entries = options.getConfigEntries();
            assertEquals("1", entries.get("session.intra_op.allow_spinning"));
            int micros = Integer.parseInt(entries.get("session.intra_op.spin_duration_us"));
            assertTrue(micros > 0 && micros <= 100, "spin at most 100 us, not ONNX Runtime's default: " + micros);
        }
    }

    @Test
    void everyModelMatchesTheReferenceWithin1e3() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(Path.of("src/test/resources/embed/reference-embeddings.json").toFile());
        ModelManifest manifest = ModelManifest.load(MODELS);
        for (ModelSpec model : manifest.models()) {
            JsonNode cases = reference.path(model.name());
            assertTrue(cases.size() > 0, "reference vectors for " + model.name());
            try (Embedder embedder = Embedder.open(manifest, model, 2)) {
                List<String> texts = new ArrayList<>();
                cases.forEach(c -> texts.add(c.path("text").asText()));
                List<float[]> vectors = new ArrayList<>();
                for (String t : texts) {
                    vectors.add(embedder.embed(List.of(t)).get(0));
                }
                for (int i = 0; i < texts.size(); i++) {
                    JsonNode expected = cases.get(i).path("vector");
                    float[] actual = vectors.get(i);
                    assertEquals(model.dimension(), actual.length);
                    assertEquals(cases.get(i).path("tokens").asInt(), embedder.tokenCount(texts.get(i)), "tokens of " + texts.get(i));
                    double maxDiff = 0;
                    double norm = 0;
                    for (int d = 0; d < actual.length; d++) {
                        maxDiff = Math.max(maxDiff, Math.abs(actual[d] - expected.get(d).asDouble()));
                        norm += actual[d] * actual[d];
                    }
                    assertTrue(maxDiff < 1e-3, model.name() + " '" + texts.get(i) + "': max difference " + maxDiff);
                    assertEquals(1.0, norm, 1e-4, "L2-normalized");
                }
            }
        }
    }

    @Test
    void queryPrefixIsTheModelsOwn() throws Exception {
        ModelManifest manifest = ModelManifest.load(MODELS);
        ModelSpec bge = manifest.get("bge-small-en-v1.5-q");
        try (Embedder embedder = Embedder.open(manifest, bge, 1)) {
            float[] viaQuery = embedder.embedQuery("stretchable battery");
            float[] viaRaw = embedder.embed(List.of("Represent this sentence for searching relevant passages: stretchable battery")).get(0);
            for (int d = 0; d < viaQuery.length; d++) {
                assertEquals(viaRaw[d], viaQuery[d], 1e-6);
            }
        }
    }

    @Test
    void missingAndCorruptModelFilesAreNamedWithTheWayToRestoreThem(@TempDir Path tmp) throws Exception {
        Files.copy(MODELS.resolve("models.json"), tmp.resolve("models.json"));
        ModelManifest manifest = ModelManifest.load(tmp);
        ModelSpec model = manifest.get("all-minilm-l6-v2-q");
        var missing = assertThrows(ModelException.class, () -> Embedder.open(manifest, model, 1));
        assertTrue(missing.getMessage().contains(model.onnxPath(tmp) + " of model all-minilm-l6-v2-q is missing"), missing.getMessage());
        assertTrue(missing.getMessage().contains("mvn -q generate-resources"), missing.getMessage());

        Files.createDirectories(tmp.resolve(model.name()));
        Files.write(model.onnxPath(tmp), new byte[] {1, 2, 3});
        var corrupt = assertThrows(ModelException.class, () -> manifest.verify(model));
        assertTrue(corrupt.getMessage().contains("is corrupt"), corrupt.getMessage());

        var unknown = assertThrows(ModelException.class, () -> manifest.get("gpt-5"));
        assertTrue(unknown.getMessage().contains("bge-small-en-v1.5-q"), unknown.getMessage());
    }

    @Test
    void queriesHaveAOneThreadEmbedderWithTheSameVectors() throws Exception {
        ModelManifest manifest = ModelManifest.load(MODELS);
        String query = "a lithium ion battery with a porous silicon anode coated with carbon";
        try (VectorModels two = new VectorModels(manifest, null, 2); VectorModels one = new VectorModels(manifest, null, 1)) {
            ModelSpec model = two.defaultModel();
            Embedder forQueries = two.queryEmbedder(model);
            assertTrue(forQueries != two.embedder(model), "two threads for passages: queries get their own embedder");
            assertTrue(forQueries == two.queryEmbedder(model), "opened once");
            assertTrue(one.queryEmbedder(model) == one.embedder(model), "one thread anyway: the same embedder");
            float[] a = forQueries.embedQuery(query);
            float[] b = two.embedder(model).embedQuery(query);
            double maxDiff = 0;
            for (int d = 0; d < a.length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(a[d] - b[d]));
            }
            assertTrue(maxDiff < 1e-4, "the same vector whatever the threads: max difference " + maxDiff);
        }
    }

    /**
     * Issue 15: a pasted claim or abstract (hundreds of tokens) ran on one thread, 1.3x the time of
     * two; a long query runs on two threads while no other embedding runs, with the same vector.
     */
    @Test
    void aLongQueryRunsOnTwoThreadsWithTheSameVector() throws Exception {
        ModelManifest manifest = ModelManifest.load(MODELS);
        String claim = ("1. A lithium ion battery comprising a porous silicon anode coated with carbon, a cathode of "
                + "lithium iron phosphate, a separator between them, and an electrolyte of a lithium salt in an organic "
                + "solvent, wherein the pores of the anode take up the swelling of the silicon during charging. ").repeat(3);
        try (VectorModels two = new VectorModels(manifest, null, 2); VectorModels one = new VectorModels(manifest, null, 1)) {
            ModelSpec model = two.defaultModel();
            Embedder forQueries = two.queryEmbedder(model);
            int tokens = forQueries.tokenCount(model.queryPrefix() + claim);
            assertTrue(tokens >= VectorModels.LONG_QUERY_TOKENS, tokens + " tokens");
            assertTrue(forQueries.wideFor(tokens), "a long query, nothing else embedding: two threads");
            assertFalse(forQueries.wideFor(20), "a short query: one thread");
            assertFalse(one.queryEmbedder(model).wideFor(tokens), "one thread configured: one thread");
            float[] wide = forQueries.embedQuery(claim);
            float[] narrow = one.embedder(model).embedQuery(claim);
            double maxDiff = 0;
            for (int d = 0; d < wide.length; d++) {
                maxDiff = Math.max(maxDiff, Math.abs(wide[d] - narrow[d]));
            }
            assertTrue(maxDiff < 1e-6, "the same vector on one thread and two: max difference " + maxDiff);
        }
    }
}
