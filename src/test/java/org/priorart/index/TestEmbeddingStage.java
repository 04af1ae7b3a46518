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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.EngineReads;
import org.priorart.TestData;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.engine.Coverage;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.SemanticUnavailableException;
import org.priorart.search.SimilarRequest;

class TestEmbeddingStage {

    private static final Path SIMILAR = Path.of("src/test/resources/similar/prior-art-dates.jsonl");
    private static final Path CJK = Path.of("src/test/resources/cjk/cjk-patents.jsonl");

    @TempDir
    Path tmp;

    private static void ingest(LuceneEngine index, Path... inputs) throws IOException {
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(inputs)));
    }

    @Test
    void vectorsOfAnotherModelAreRefusedNeverMixed() throws Exception {
        Path dir = tmp.resolve("index");
        ModelManifest manifest = ModelManifest.load(Path.of("models"));
        try (LuceneEngine index = LuceneEngine.openWritable(dir);
             VectorModels minilm = new VectorModels(manifest, "all-minilm-l6-v2-q", 2)) {
            ingest(index, SIMILAR);
            EmbeddingStage first = new EmbeddingStage(index, minilm, EmbeddingProgress.NONE);
            first.claimIndex(false);
            first.run(new AtomicBoolean());

            VectorModels bge = EmbeddedIndex.models();
            EmbeddingStage second = new EmbeddingStage(index, bge, EmbeddingProgress.NONE);
            var refused = assertThrows(org.priorart.engine.EngineException.class, () -> second.claimIndex(false));
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
            assertEquals("US7900001B2", withBge.similar(SimilarRequest.of("US20110300001A1", 3)
                    .withMode(SearchMode.SEMANTIC).withRule(org.priorart.engine.PriorArtRule.PUBLISHED)).hits().get(0).publicationNumber());
        }
    }

    /**
     * Issue 11, item 5: the index uses a model per language, so a reset to another English model
     * keeps one model (bge-small-zh for the Chinese and Japanese patents). Its patents must keep
     * their passages together with their marks, or be embedded again: never marked without passages.
     */
    @Test
    void aResetToAnotherModelReachesFullCoverageWhenAModelOfBothRunsStays() throws Exception {
        Path dir = tmp.resolve("index");
        ModelManifest manifest = ModelManifest.load(Path.of("models"));
        try (LuceneEngine index = LuceneEngine.openWritable(dir);
             VectorModels minilm = new VectorModels(manifest, "all-minilm-l6-v2-q", 2)) {
            ingest(index, SIMILAR, CJK);
            VectorModels bge = EmbeddedIndex.models();
            EmbeddingStage first = new EmbeddingStage(index, bge, EmbeddingProgress.NONE);
            first.claimIndex(false);
            first.run(new AtomicBoolean());
            assertTrue(new SearchService(index, FieldWeights.DEFAULT, bge).coverage().complete());

            EmbeddingStage second = new EmbeddingStage(index, minilm, EmbeddingProgress.NONE);
            assertTrue(second.vectorIds().stream().anyMatch(id -> id.startsWith("bge-small-zh")), second.vectorIds().toString());
            assertEquals(0, second.claimIndex(true));
            index.refresh();
            SearchService search = new SearchService(index, FieldWeights.DEFAULT, minilm);
            Coverage afterReset = search.coverage();
            assertEquals(2, afterReset.patentsEmbedded(), "only the bge-small-zh patents stay marked: " + afterReset);
            assertEquals(4, afterReset.passagesEmbedded(), "and keep their passages; the bge-small-en ones are dropped: " + afterReset);
            EmbeddingStage.Summary summary = second.run(new AtomicBoolean());

            Coverage coverage = search.coverage();
            assertEquals(8, coverage.patents());
            assertEquals(coverage.patents(), coverage.patentsEmbedded(), "every patent is marked embedded: " + coverage);
            assertEquals(coverage.passagesExpected(), coverage.passagesEmbedded(), "and has its passages: " + coverage);
            assertEquals(1.0, coverage.share(), 1e-9);
            assertEquals(6, summary.patents(), "the Chinese and Japanese patents kept their bge-small-zh passages");

            // The marks tell the truth: each patent is found by a semantic query in its language.
            assertEquals("CN105123456A", search.search(SearchRequest.of("太阳能电池板的清洁装置", 1)
                    .withMode(SearchMode.SEMANTIC)).hits().get(0).publicationNumber());
            assertEquals("JP2016123456A", search.search(SearchRequest.of("釣り針に取り付けるおもり", 1)
                    .withMode(SearchMode.SEMANTIC)).hits().get(0).publicationNumber());
            assertEquals("KR1020150012345A", search.search(SearchRequest.of("lithium ion secondary battery charging current", 8)
                    .withMode(SearchMode.SEMANTIC)).hits().stream().map(h -> h.publicationNumber())
                    .filter(n -> n.startsWith("KR")).findFirst().orElse(null));
        }
    }

    /**
     * Issue 15: the blocks a run replaces (each patent rewritten with its passages) stay in their
     * segments as deleted documents, and keyword and nearest-neighbour searches on such an index ran
     * 1.8x and 2-3x slower than on the same index merged. A run that leaves many ends with the index
     * merged; a run that replaced nothing merges nothing.
     */
    @Test
    void aRunMergesAwayTheBlocksItReplaced() throws Exception {
        Path dir = tmp.resolve("index");
        List<String> lines = TestData.lines(TestData.TEN_K, 40);
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            ingest(index, Files.write(tmp.resolve("docs.jsonl"), lines));
            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), EmbeddingProgress.NONE);
            stage.claimIndex(false);
            assertEquals(40, stage.run(new AtomicBoolean()).patents());

            // 10 of the 40 patents change: their embedded blocks are replaced, then embedded again.
            List<String> changed = new ArrayList<>(lines.subList(0, 10));
            changed.replaceAll(line -> line.replaceFirst("\"abstract\": *\"", "$0Revised: "));
            ingest(index, Files.write(tmp.resolve("changed.jsonl"), changed));
            EmbeddingStage.Summary summary = stage.run(new AtomicBoolean());
            assertEquals(10, summary.patents());
            assertFalse(summary.compaction().isZero(), "the replaced blocks were merged away");
            try (DirectoryReader committed = DirectoryReader.open(FSDirectory.open(LuceneEngine.luceneDir(dir)))) {
                assertEquals(0, committed.numDeletedDocs(), "no deleted documents left, durably");
                assertEquals(1, committed.leaves().size(), "one segment");
            }
            SearchService search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
            assertTrue(search.coverage().complete());

            assertTrue(stage.run(new AtomicBoolean()).compaction().isZero(), "nothing replaced, nothing merged");
        }
    }

    @Test
    void anInterruptedRunResumesAndUnchangedPassagesComeFromTheCache() throws Exception {
        Path dir = tmp.resolve("index");
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, 40));
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            ingest(index, docs, SIMILAR);
            AtomicBoolean stop = new AtomicBoolean();
            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), new EmbeddingProgress() {
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
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            ingest(index, SIMILAR);
            var doc = EngineReads.get(index, "US7900001B2");
            long readAt = index.writeSequence();
            index.write(doc.toBuilder().title("Newer title").build(), "h2", true);
            boolean written = index.writeIfUnchanged(new StoredPatent(doc, "h1"), null, readAt);
            assertFalse(written, "the embedding stage's stale copy must not replace the newer content");
            index.refresh();
            assertEquals("Newer title", EngineReads.get(index, "US7900001B2").title());
            assertTrue(index.writeIfUnchanged(new StoredPatent(doc, "h1"), null, index.writeSequence()));
        }
    }
}
