package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.SignalFixtures;
import org.priorart.engine.EngineView;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.Json;

/**
 * The patents citing a reference, read from the postings ({@link CitingPostings}), against the
 * citations written in the fixture (src/test/resources/signals): live patents only, never a
 * passage or the deleted block of a patent written again, each once, at most the limit.
 */
class TestCitingPostings {

    private static final Path FIXTURE = SignalFixtures.FILE;

    @TempDir
    static Path tmp;
    static LuceneEngine engine;
    /** Reference (without kind) -> the keys of the patents citing it, as the files say. */
    static Map<String, Set<String>> expected = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path index = tmp.resolve("index");
        // US8000003B2 again, now citing US8000002B2 instead of US8000001B2: its first block is deleted
        List<String> lines = Files.readAllLines(FIXTURE);
        String changed = null;
        for (String line : lines) {
            ObjectNode doc = (ObjectNode) Json.mapper().readTree(line);
            if (doc.path("publication_number").asText().equals("US8000003B2")) {
                doc.putArray("citations").addObject().put("number", "US8000002B2");
                doc.put("abstract", doc.path("abstract").asText() + " Written again.");
                changed = Json.mapper().writeValueAsString(doc);
            }
        }
        Path again = Files.writeString(tmp.resolve("again.jsonl"), changed + "\n");
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            Ingester ingester = new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE);
            ingester.ingest(InputFiles.expand(List.of(FIXTURE)));
            EmbeddedIndex.embed(patents); // passages: child documents in every block
            ingester.ingest(InputFiles.expand(List.of(again)));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("lucene")))) {
            assertTrue(reader.numDeletedDocs() > 0, "the first block of US8000003B2 is still there, deleted");
        }
        List<String> current = new ArrayList<>(lines);
        current.replaceAll(l -> l.contains("\"US8000003B2\"") ? null : l);
        current.add(Files.readString(again).strip());
        for (String line : current) {
            if (line == null) {
                continue;
            }
            JsonNode doc = Json.mapper().readTree(line);
            String key = PublicationNumber.parse(doc.path("publication_number").asText()).key();
            for (JsonNode c : doc.path("citations")) {
                expected.computeIfAbsent(PublicationNumber.parse(c.path("number").asText()).withoutKind(),
                        k -> new TreeSet<>()).add(key);
            }
        }
        engine = LuceneEngine.openReadOnly(index);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void eachReferenceGetsTheLivePatentsCitingItOnce() throws IOException {
        assertTrue(expected.get("US8000002").contains(PublicationNumber.parse("US8000003B2").key()));
        assertTrue(expected.containsKey("US8000001") && expected.get("US8000001").size() >= 3, expected.toString());
        try (EngineView view = engine.view()) {
            Map<String, List<String>> found = view.citingKeys(expected.keySet(), 100);
            assertEquals(expected.keySet(), found.keySet());
            for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
                List<String> keys = found.get(e.getKey());
                assertEquals(e.getValue(), new TreeSet<>(keys), e.getKey());
                assertEquals(new HashSet<>(keys).size(), keys.size(), "each citing patent once: " + keys);
            }
        }
    }

    @Test
    void theLimitKeepsTheFirstAndAnUnknownReferenceHasNone() throws IOException {
        try (EngineView view = engine.view()) {
            Map<String, List<String>> one = view.citingKeys(List.of("US8000001", "US9999999"), 1);
            assertEquals(1, one.get("US8000001").size());
            assertTrue(expected.get("US8000001").contains(one.get("US8000001").get(0)));
            assertEquals(List.of(), one.get("US9999999"));
            assertEquals(view.citingKeys(List.of("US8000001"), 100).get("US8000001").subList(0, 1), one.get("US8000001"),
                    "the limit keeps the first in index order");
        }
    }
}
