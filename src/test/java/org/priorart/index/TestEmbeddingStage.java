package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.TestData;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorCache;
import org.priorart.embed.VectorModels;
import org.priorart.ingest.InputFiles;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.SemanticUnavailableException;

class TestEmbeddingStage {

    private static final Path SIMILAR = Path.of("src/test/resources/similar/prior-art-dates.jsonl");

    @TempDir
    Path tmp;

    private static void ingest(PatentIndex index, Path... inputs) throws IOException {
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(inputs)));
    }

    @Test
    void vectorsOfAnotherModelAreRefusedNeverMixed() throws Exception {
        Path dir = tmp.resolve("index");
        ModelManifest manifest = ModelManifest.load(Path.of("models"));
        try (PatentIndex index = PatentIndex.openWritable(dir);
             VectorModels minilm = new VectorModels(manifest, "all-minilm-l6-v2-q", 2);
             VectorCache cache = VectorCache.open(dir)) {
            ingest(index, SIMILAR);
            EmbeddingStage first = new EmbeddingStage(index, minilm, cache, EmbeddingProgress.NONE);
            first.claimIndex(false);
            first.run(new AtomicBoolean());

            VectorModels bge = EmbeddedIndex.models();
            EmbeddingStage second = new EmbeddingStage(index, bge, cache, EmbeddingProgress.NONE);
            var refused = assertThrows(PatentIndex.IndexException.class, () -> second.claimIndex(false));
            assertTrue(refused.getMessage().contains("all-minilm-l6-v2-q") && refused.getMessage().contains("bge-small-en-v1.5-q"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("--reset"), refused.getMessage());

            SearchService withBge = new SearchService(index, FieldWeights.DEFAULT, bge);
            var unavailable = assertThrows(SemanticUnavailableException.class,
                    () -> withBge.search(SearchRequest.of("silicon anode", 3).withMode(SearchMode.SEMANTIC)));
            assertTrue(unavailable.getMessage().contains("not by the installed model"), unavailable.getMessage());

            second.claimIndex(true);
            index.refresh();
            assertEquals(0, withBge.coverage().passagesEmbedded(), "reset drops the old vectors");
            second.run(new AtomicBoolean());
            assertTrue(withBge.coverage().complete());
            assertEquals("US7900001B2", withBge.similar("US20110300001A1", SearchRequest.of("x", 3)
                    .withMode(SearchMode.SEMANTIC), org.priorart.search.PriorArtRule.PUBLISHED).hits().get(0).publicationNumber());
        }
    }

    @Test
    void anInterruptedRunResumesAndUnchangedPassagesComeFromTheCache() throws Exception {
        Path dir = tmp.resolve("index");
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 40));
        try (PatentIndex index = PatentIndex.openWritable(dir); VectorCache cache = VectorCache.open(dir)) {
            ingest(index, docs, SIMILAR);
            AtomicBoolean stop = new AtomicBoolean();
            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), cache, new EmbeddingProgress() {
                @Override
                public void update(long done, long hits, long total) {
                    stop.set(true); // stop after the first batch
                }
            });
            stage.claimIndex(false);
            EmbeddingStage.Summary first = stage.run(stop);
            assertTrue(first.patents() > 0 && first.patents() < 45, "stopped midway: " + first.patents());
            SearchService search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
            assertFalse(search.coverage().complete());

            EmbeddingStage.Summary rest = stage.run(new AtomicBoolean());
            assertEquals(45, first.patents() + rest.patents());
            assertTrue(search.coverage().complete());
            assertEquals(1.0, search.coverage().share(), 1e-9);

            // A changed title changes the abstract passage (title + abstract) but not the claim.
            List<String> changed = new ArrayList<>(Files.readAllLines(SIMILAR));
            changed.set(2, changed.get(2).replace("Carbon coated silicon particles for battery anodes", "Coated silicon anode particles"));
            ingest(index, Files.write(tmp.resolve("changed.jsonl"), changed));
            index.refresh();
            assertEquals(44, search.coverage().patentsEmbedded(), "the replaced patent lost its vectors");
            EmbeddingStage.Summary again = stage.run(new AtomicBoolean());
            assertEquals(1, again.patents());
            assertEquals(2, again.passages());
            assertEquals(1, again.cacheHits(), "the unchanged claim came from the cache");
        }
    }

    @Test
    void aBlockChangedSinceItWasReadIsNotOverwritten() throws Exception {
        Path dir = tmp.resolve("index");
        try (PatentIndex index = PatentIndex.openWritable(dir)) {
            ingest(index, SIMILAR);
            var doc = index.get("US7900001B2");
            long readAt = index.writeSequence();
            index.writeBlock(doc.id(), List.of(index.mapper().toLucene(doc.toBuilder().title("Newer title").build(), "h2")), true);
            boolean written = index.writeBlockIfUnchanged(doc.id(), readAt, List.of(index.mapper().toLucene(doc, "h1")));
            assertFalse(written, "the embedding stage's stale copy must not replace the newer content");
            index.refresh();
            assertEquals("Newer title", index.get("US7900001B2").title());
            assertTrue(index.writeBlockIfUnchanged(doc.id(), index.writeSequence(), List.of(index.mapper().toLucene(doc, "h1"))));
        }
    }
}
