package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;
import org.priorart.embed.Passages;
import org.priorart.engine.Coverage;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.MatchedPassage;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;

/**
 * The cluster engine's writes, nearest-neighbour ranking and shared state: the same patents with the
 * same passage vectors in both engines give the same nearest patents, cosines and best passages
 * (filters inside the search); a rewrite loses to a newer write (optimistic concurrency); and what one
 * process records, caches or writes, another process on the same cluster reads.
 */
class TestClusterEngineState {

    /** A deterministic unit vector per passage text: the engines are compared, not the model. */
    private static float[] vector(String text, int dim) {
        Random r = new Random(text.hashCode());
        float[] v = new float[dim];
        double n = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < dim; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    private static List<PatentDocument> patents(int n) throws Exception {
        List<PatentDocument> out = new ArrayList<>();
        JsonDocumentMapper json = new JsonDocumentMapper();
        List<String> lines = TestData.lines(TestData.TEN_K, n * 10);
        for (int i = 0; i < lines.size(); i += 10) { // across the years: the earliest grants have no CPC
            out.add(json.fromJson(lines.get(i)));
        }
        return out;
    }

    private static PassageVectors passages(ModelSpec model, PatentDocument doc) {
        List<Passage> parts = Passages.DEFAULT.of(doc);
        return new PassageVectors(model, parts, parts.stream().map(p -> vector(p.text(), model.dimension())).toList());
    }

    @Test
    void nearestPatentsCosinesAndPassagesAsTheEmbeddedEngine() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("nearest");
        ModelSpec model = ModelManifest.load(Path.of("models")).models().get(0);
        Path dir = Files.createTempDirectory("priorart-cluster-nearest");
        List<PatentDocument> docs = patents(300);
        try (LuceneEngine embedded = LuceneEngine.openWritable(dir); ClusterEngine cluster = ClusterEngine.openWritable(settings)) {
            for (SearchEngine e : List.of(embedded, cluster)) {
                for (PatentDocument d : docs) {
                    e.write(d, "h-" + d.id(), false);
                }
                e.refresh();
                for (PatentDocument d : docs) {
                    assertTrue(e.writeIfUnchanged(new StoredPatent(d, "h-" + d.id()), passages(model, d), e.writeSequence()));
                }
                e.recordVectorIds(List.of(model.vectorId()));
                e.commit();
                e.refresh();
            }
            float[] query = vector(Passages.DEFAULT.of(docs.get(42)).get(0).text(), model.dimension());
            String subclass = docs.stream().filter(d -> !d.cpc().isEmpty()).skip(50).findFirst().orElseThrow().cpc().get(0)
                    .substring(0, 4);
            SearchFilters[] filters = {SearchFilters.NONE, new SearchFilters(List.of(subclass), null, null)};
            for (SearchFilters f : filters) {
                Ranking a = nearest(embedded, model, query, f);
                Ranking b = nearest(cluster, model, query, f);
                assertFalse(a.entries().isEmpty(), "hits with filter " + f);
                // Both are HNSW searches (approximate): on random 384-dimension vectors the cosines past
                // the first are all near 0, so each engine's tail may hold other patents of that crowd.
                if (f == SearchFilters.NONE) { // the query is patent 42's passage: found exactly by both
                    assertEquals(a.entries().get(0).key(), b.entries().get(0).key());
                    assertEquals(a.entries().get(0).score(), b.entries().get(0).score(), 1e-4);
                }
                // Each engine's hits are among the exact nearest patents that pass the filter (the filter
                // ran inside the search: 10 hits although few patents pass), each with its exact cosine.
                Map<String, Double> exact = exactNearest(docs, model, query, f);
                List<String> top = exact.keySet().stream().limit(20).toList();
                for (Ranking r : List.of(a, b)) {
                    assertEquals(Math.min(10, exact.size()), r.entries().size());
                    for (Ranking.Entry e : r.entries()) {
                        assertTrue(top.contains(e.key()), e.key() + " is not among the 20 exact nearest: " + top);
                        // the embedded index scores 8-bit quantized vectors, the cluster float32 ones
                        assertEquals(exact.get(e.key()), e.score(), 0.005, e.key());
                    }
                }
            }
            assertEquals(docs.get(42).id(), nearest(cluster, model, query, SearchFilters.NONE).entries().get(0).key());
            try (EngineView view = cluster.view()) {
                Ranking r = view.rankNearest(new NearestQuery(model, query, SearchFilters.NONE, null, 3));
                MatchedPassage best = view.passages(new long[]{r.entries().get(0).passage()}).get(0);
                assertEquals(Passages.DEFAULT.of(docs.get(42)).get(0).text(), best.text());
                Coverage c = view.coverage();
                try (EngineView e = embedded.view()) {
                    assertEquals(e.coverage(), c);
                    // the stored passage vectors (what "more like my X/Y" reads): in both engines as written
                    List<float[]> written = passages(model, docs.get(42)).vectors();
                    for (EngineView v : List.of(view, e)) {
                        Map<String, List<float[]>> read = v.passageVectors(List.of(docs.get(42).id(), "US0"), model.name());
                        assertEquals(List.of(docs.get(42).id()), List.copyOf(read.keySet()));
                        for (int i = 0; i < written.size(); i++) {
                            org.junit.jupiter.api.Assertions.assertArrayEquals(written.get(i), read.get(docs.get(42).id()).get(i), 1e-6f);
                        }
                    }
                }
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** The exact best-passage cosine of every patent the filter lets pass, best first. */
    private static Map<String, Double> exactNearest(List<PatentDocument> docs, ModelSpec model, float[] query, SearchFilters f) {
        Map<String, Double> best = new java.util.HashMap<>();
        for (PatentDocument d : docs) {
            if (!f.cpcPrefixes().isEmpty() && d.cpc().stream().noneMatch(c -> c.startsWith(f.cpcPrefixes().get(0)))) {
                continue;
            }
            for (Passage p : Passages.DEFAULT.of(d)) {
                float[] v = vector(p.text(), model.dimension());
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * query[i];
                }
                best.merge(d.id(), dot, Math::max);
            }
        }
        Map<String, Double> sorted = new java.util.LinkedHashMap<>();
        best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Ranking nearest(SearchEngine engine, ModelSpec model, float[] query, SearchFilters f) throws Exception {
        try (EngineView view = engine.view(FieldWeights.DEFAULT, Deadline.NONE)) {
            return view.rankNearest(new NearestQuery(model, query, f, null, 10));
        }
    }

    @Test
    void twoProcessesShareRecordsCacheAndWrites() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("shared");
        ModelSpec model = ModelManifest.load(Path.of("models")).models().get(0);
        List<PatentDocument> docs = patents(3);
        try (ClusterEngine one = ClusterEngine.openWritable(settings); ClusterEngine two = ClusterEngine.openWritable(settings)) {
            one.record("demo", "done through 3");
            assertEquals("done through 3", two.recorded("demo"));
            one.recordVectorIds(List.of(model.vectorId()));
            assertEquals(List.of(model.vectorId()), two.vectorIds());

            float[] v = vector("a passage", model.dimension());
            one.vectorCache().put("k1", v);
            one.commit();
            Map<String, float[]> got = two.vectorCache().getAll(Set.of("k1", "k2"));
            assertEquals(Set.of("k1"), got.keySet());
            assertTrue(java.util.Arrays.equals(v, got.get("k1")));

            PatentDocument d = docs.get(0);
            one.write(d, "old", false);
            one.refresh();
            StoredPatent read;
            try (EngineView view = two.view()) {
                read = new StoredPatent(view.getByKey(d.id()), view.contentHash(d.id()));
            }
            assertEquals("old", read.contentHash());
            one.write(d, "new", true); // changed by the other process after it was read
            assertFalse(two.writeIfUnchanged(read, passages(model, d), two.writeSequence()),
                    "a rewrite of content that changed meanwhile must lose");
            try (EngineView view = one.view()) {
                assertEquals("new", view.contentHash(d.id()));
                assertNotNull(view.getByKey(d.id()));
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }
}
