package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.SignalFixtures;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.search.SearchService;
import org.priorart.search.signals.Signal;

/**
 * {@code fit-weights} on the signal fixtures (src/test/resources/signals): three patent topics,
 * judged by hand, fitted with 2-fold cross-validation; the weights cover every fitted signal and the
 * feature table holds each topic's candidates with the judged ones marked.
 */
class TestWeightFitting {

    @TempDir
    static Path tmp;
    static LuceneEngine engine;
    static SearchService service;
    static List<Topic> topics;
    static Qrels qrels;

    @BeforeAll
    static void build() throws Exception {
        engine = LuceneEngine.openReadOnly(SignalFixtures.index(tmp.resolve("index")));
        service = new SearchService(engine, FieldWeights.DEFAULT, EmbeddedIndex.models());
        topics = TopicReader.read(Files.writeString(tmp.resolve("topics.jsonl"), """
                {"id": "T1", "publication_number": "US20150000001A1"}
                {"id": "T2", "publication_number": "US8000004B2"}
                {"id": "T3", "publication_number": "US8000002B2"}
                """));
        qrels = QrelsReader.read(Files.writeString(tmp.resolve("qrels.trec"), """
                T1 0 US8000009B2 1
                T1 0 US8000002B2 1
                T2 0 US8000001B2 1
                T2 0 US8000005B2 1
                T3 0 US8000001B2 1
                """));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void theWeightsCoverEverySignalAndTheFeatureTableMarksTheJudgedCandidates() throws IOException {
        Path features = tmp.resolve("features.tsv");
        WeightFitting.Result r = WeightFitting.fit(service, topics, qrels, 1, 100, 2, 0, features);
        assertEquals(3, r.topics());
        assertEquals(WeightFitting.FITTED.size(), r.weights().size());
        assertTrue(r.cvMap() > 0 && r.cvMap() <= 1 && r.baseMap() > 0 && r.baseMap() <= 1, r.toString());
        assertTrue(r.p() > 0 && r.p() <= 1, r.toString());

        List<String> lines = Files.readAllLines(features);
        List<String> header = List.of(lines.get(0).split("\t"));
        assertEquals(List.of("topic", "doc", "relevant"), header.subList(0, 3));
        assertEquals("cit_coupling", header.get(3 + WeightFitting.FITTED.indexOf(Signal.CIT_COUPLING)));
        Map<String, List<String>> relevantByTopic = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertEquals(header.size(), f.length, line);
            if (f[2].equals("1")) {
                relevantByTopic.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
            for (int j = 3; j < f.length; j++) {
                Double.parseDouble(f[j]); // every value a number
            }
        }
        // judged documents that are prior art of their topic are candidates, marked relevant
        assertEquals(List.of("US8000009", "US8000002"), relevantByTopic.get("T1").stream().sorted(
                java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of("US8000001"), relevantByTopic.get("T3"));
    }

    @Test
    void theCommandWritesTheWeightsFileAndTheFeatureTable() throws IOException {
        Path weights = tmp.resolve("weights.json");
        Path features = tmp.resolve("command-features.tsv");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.priorart.cli.PriorArtCli.execute(new String[] {"fit-weights", "--index", tmp.resolve("index").toString(),
            "--topics", tmp.resolve("topics.jsonl").toString(), "--qrels", tmp.resolve("qrels.trec").toString(), "--folds", "2",
            "--out", weights.toString(), "--features", features.toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("3 topics: cross-validated MAP"), out.toString());
        JsonNode written = org.priorart.search.Json.mapper().readTree(weights.toFile());
        for (Signal s : WeightFitting.FITTED) {
            assertTrue(written.path("weights").has(s.lowerName()), s + " in " + written);
        }
        List<String> table = Files.readAllLines(features);
        assertTrue(table.get(0).startsWith("topic\tdoc\trelevant\tkeyword\tsemantic"), table.get(0));
        assertTrue(table.size() > 3, "a row per candidate: " + table.size());
    }

    @Test
    void moreFoldsThanTopicsIsRefusedWithTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeightFitting.fit(service, topics, qrels, 1, 100, 5, 0));
        assertTrue(e.getMessage().contains("at least 5") && e.getMessage().contains("found 3"), e.getMessage());
    }
}
