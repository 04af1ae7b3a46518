package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * What a hit shows and the ranking signals read (names, codes, dates, citations) is the same from the
 * cluster as from the embedded index: the same patents give equal summaries. The cluster's summaries
 * once left out the applicants and inventors, so the names signal of a hybrid search differed from
 * the embedded engine's on every topic of the citation set.
 */
class TestClusterSummaries {

    @TempDir
    Path tmp;

    @Test
    void theClustersSummariesAreTheEmbeddedIndexs() throws Exception {
        Path file = tmp.resolve("patents.jsonl");
        List<String> lines = new ArrayList<>(TestData.lines(TestData.PAP2PAT, 4));
        lines.addAll(TestData.lines(TestData.TEN_K, 4));
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>();
        JsonDocumentMapper json = new JsonDocumentMapper();
        for (String line : lines) {
            keys.add(json.fromJson(line).id());
        }
        ClusterSettings settings = ClusterNode.fresh("summaries");
        try (LuceneEngine embedded = LuceneEngine.openWritable(tmp.resolve("index"));
             ClusterEngine cluster = ClusterEngine.openWritable(settings)) {
            ingest(embedded, file);
            ingest(cluster, file);
            List<PatentSummary> expected;
            try (EngineView view = embedded.view()) {
                expected = view.summaries(keys);
            }
            assertFalse(expected.get(0).inventors().isEmpty(), "a Pap2Pat patent names its inventors");
            try (EngineView view = cluster.view()) {
                assertEquals(expected, view.summaries(keys));
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }

    private static void ingest(SearchEngine engine, Path file) throws Exception {
        new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        engine.refresh();
    }
}
