package org.priorart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.EmbeddedIndex;
import org.priorart.TestData;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.config.FieldWeights;
import org.priorart.search.Json;
import org.priorart.search.SearchService;

/** The "find similar" part of {@code bench search} ({@link SimilarLatencyBenchmark}): both signal sets really measured, on real patents. */
class TestSimilarLatencyBenchmark {

    private static LuceneEngine index;
    private static SearchService search;

    @BeforeAll
    static void open() throws Exception {
        index = EmbeddedIndex.open();
        search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Queries that find patents of the embedded test index with CPC codes: their abstracts' first words. */
    private static List<String> queries() throws IOException {
        List<String> lines = TestData.lines(TestData.TEN_K, 475);
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(465, 475)) {
            JsonNode doc = Json.mapper().readTree(line);
            String[] words = doc.path("abstract").asText().split("\\s+");
            out.add(String.join(" ", Arrays.copyOf(words, Math.min(12, words.length))));
        }
        return out;
    }

    @Test
    void findSimilarIsTimedWithTwoSignalsAndWithAllOnTheSamePatents() throws IOException {
        SimilarLatencyBenchmark.Result r = SimilarLatencyBenchmark.measure(search, queries());
        assertTrue(r.patents() >= 5, "patents measured: " + r.patents());
        assertEquals(r.patents(), r.two().count());
        assertEquals(r.patents(), r.all().count());
        assertEquals(2, r.twoSignals(), "the two-signal run fuses keyword and semantic only");
        assertTrue(r.allSignals() > 2, "the default run fuses the patent signals too: " + r.allSignals());
        assertTrue(r.two().p50() > 0 && r.all().p50() > 0, r.toString());
    }
}
