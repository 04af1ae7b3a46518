package org.priorart.bench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.bench.Latency;
import org.priorart.bench.QuerySets;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;

/**
 * The growth benchmark at tiny sizes, end to end on the embedded engine: generated patents through
 * two keyword steps, derived vectors through two nearest-neighbour steps, and the closing estimates.
 * The counts are the engine's own, so they must be exact; the figures must be sane.
 */
class TestGrowthBenchmark {

    @Test
    void tinyRunProducesExactCountsAndSaneFigures(@TempDir Path tmp) throws Exception {
        GrowthSettings settings = new GrowthSettings(List.of(1_000L, 2_000L), List.of(1_000L, 2_000L), 12, 10, 2, 13, 0.3, 4, 80,
                1000, false, 1, false, tmp, null);
        List<String> queries = QuerySets.topics("papers", Path.of("data", "eval", "paper-queries-sample.jsonl"), n -> null).texts();
        StringWriter text = new StringWriter();
        GrowthBenchmark.Result r;
        try (VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 2)) {
            r = new GrowthBenchmark(new PrintWriter(text), settings).run(TestData.TEN_K, null, FieldWeights.DEFAULT, queries, models, null);
        }
        String out = text.toString();

        assertEquals(2, r.keyword().size(), out);
        for (int i = 0; i < 2; i++) {
            KeywordStep s = r.keyword().get(i);
            assertEquals("embedded", s.backend());
            assertEquals(1_000L * (i + 1), s.docs(), "the engine holds exactly the patents generated so far");
            assertEquals(1_000L, s.added());
            assertEquals(0, s.skipped(), "no generated patent is refused");
            assertTrue(s.bytesPerDoc() > 300 && s.bytesPerDoc() < 20_000, "bytes per patent " + s.bytesPerDoc());
            assertTrue(s.docsPerSecond() > 0);
            sane(s.page(), 12);
            sane(s.ids(), 12);
        }

        assertEquals(2, r.vectors().size(), out);
        assertEquals(90, r.real().vectors().size(), "80 to derive from and 10 queries");
        for (int i = 0; i < 2; i++) {
            VectorStep s = r.vectors().get(i);
            assertEquals(1_000L * (i + 1), s.passages(), "the index holds exactly the vectors written");
            assertEquals(250L * (i + 1), s.patents(), "4 passages per patent");
            assertTrue(s.recall() >= 0 && s.recall() <= 1, "recall " + s.recall());
            assertTrue(s.recall() > 0.3, "HNSW finds most exact neighbours at this size, recall " + s.recall());
            assertTrue(s.segments() >= 1);
            // int8 codes (384 bytes and corrections) and the graph in RAM; the floats (1,536 bytes) besides on disk
            assertTrue(s.ramBytesPerVector() > 384 && s.ramBytesPerVector() < 1_000, "RAM per vector " + s.ramBytesPerVector());
            double floats = s.diskBytesPerVector() - s.ramBytesPerVector();
            assertTrue(floats > 1_400 && floats < 1_700, "the floats on disk: about 4 bytes a dimension, " + floats);
            sane(s.knn(), 10);
        }
        assertTrue(out.contains("keyword, embedded:") && out.contains("nearest neighbours (embedded)") && out.contains("budget"), out);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the scratch indices and generated files are deleted");
        }
    }

    @Test
    void aDeadlineLeavesOutTheStepsThatWouldEndPastIt(@TempDir Path tmp) throws Exception {
        GrowthSettings settings = new GrowthSettings(List.of(500L, 100_000_000L), List.of(), 3, 1, 0, 13, 0.3, 4, 10, 1000, false, 1,
                false, tmp, java.time.Instant.now().plusSeconds(600));
        StringWriter text = new StringWriter();
        GrowthBenchmark.Result r = new GrowthBenchmark(new PrintWriter(text), settings).run(TestData.TEN_K, null, FieldWeights.DEFAULT,
                List.of("a fishing hook with a weight", "a gate for livestock", "semiconductor substrate cleaning"), null, null);
        assertEquals(1, r.keyword().size(), "the 100 M step cannot end in ten minutes");
        assertTrue(text.toString().contains("the step to 100,000,000 patents left out"), text.toString());
    }

    private static void sane(Latency l, int count) {
        assertEquals(count, l.count());
        assertTrue(l.p50() > 0 && l.p95() >= l.p50(), l.toString());
    }
}
