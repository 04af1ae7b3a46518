package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;

/**
 * Dropping the passages of patents embedded by another model (a reset to a new model) keeps each
 * patent otherwise whole: still found by the words of its texts, with its summary. It was once an
 * update script, which rewrites a patent from its source, where the texts are not kept: until it was
 * embedded again, a patent was found by no word of its title, abstract or claims (and its stored
 * summary was gone).
 */
class TestClusterModelReset {

    @TempDir
    Path tmp;

    @Test
    void droppingPassagesKeepsThePatentsSearchable() throws Exception {
        Path file = tmp.resolve("patents.jsonl");
        List<String> lines = TestData.lines(TestData.TEN_K, 6);
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<PatentDocument> docs = new ArrayList<>();
        JsonDocumentMapper json = new JsonDocumentMapper();
        for (String line : lines) {
            docs.add(json.fromJson(line));
        }
        List<String> keys = docs.stream().map(PatentDocument::id).toList();
        ClusterSettings settings = ClusterNode.fresh("reset");
        try (ClusterEngine engine = ClusterEngine.openWritable(settings);
             VectorModels models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1)) {
            new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
            EmbeddingStage stage = new EmbeddingStage(engine, models, EmbeddingProgress.NONE, "w", Duration.ofSeconds(60));
            stage.claimIndex(false);
            assertEquals(6, stage.run(new AtomicBoolean()).patents());
            engine.refresh();
            List<PatentSummary> summaries;
            try (EngineView view = engine.view()) {
                summaries = view.summaries(keys);
                assertEquals(6, view.coverage().patentsEmbedded());
            }

            engine.dropPassagesNotEmbeddedWith(List.of("another-model/384/0"));

            try (EngineView view = engine.view()) {
                assertEquals(0, view.coverage().patentsEmbedded(), "every patent is to be embedded again");
                assertEquals(6, view.notEmbeddedWith(Set.of(models.defaultModel().vectorId()), Set.of(), 10).total());
                assertEquals(summaries, view.summaries(keys));
                for (PatentDocument doc : docs) {
                    String words = String.join(" ", List.of(doc.abstractText().split("\\s+")).subList(0, 12));
                    Ranking found = view.rankKeyword(view.compile(null, words), SearchFilters.NONE, 10);
                    assertTrue(found.entries().stream().anyMatch(e -> e.key().equals(doc.id())),
                            doc.id() + " is still found by words of its abstract: " + words);
                }
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }
}
