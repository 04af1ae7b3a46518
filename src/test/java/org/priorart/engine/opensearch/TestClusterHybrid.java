package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.EngineView;
import org.priorart.engine.MatchedPassage;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;

/**
 * A hybrid search on the cluster asks for both of its rankings in one {@code _msearch}: the same
 * keyword and nearest rankings as two searches give, in one request; an error of either side is the
 * cluster's error, said, not a half answer.
 */
class TestClusterHybrid {

    private static final String TEXT = "a battery electrode with silicon particles and a binder";

    @TempDir
    static Path tmp;

    private static ClusterSettings settings;
    private static ClusterEngine engine;
    private static VectorModels models;

    @BeforeAll
    static void embedded() throws Exception {
        settings = ClusterNode.fresh("hybrid");
        Path file = tmp.resolve("patents.jsonl");
        Files.write(file, TestData.lines(TestData.TEN_K, 40), StandardCharsets.UTF_8);
        models = new VectorModels(ModelManifest.load(Path.of("models")), null, 1);
        engine = ClusterEngine.openWritable(settings);
        new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        EmbeddingStage stage = new EmbeddingStage(engine, models, EmbeddingProgress.NONE, "w", Duration.ofSeconds(60));
        stage.claimIndex(false);
        assertEquals(40, stage.run(new AtomicBoolean()).patents());
        engine.refresh();
    }

    @AfterAll
    static void drop() throws IOException {
        if (engine != null) {
            engine.close();
            models.close();
        }
        if (settings != null) {
            ClusterNode.drop(settings);
        }
    }

    private static NearestQuery nearest(CompiledQuery within, float[] vector) throws Exception {
        ModelSpec model = models.defaultModel();
        return new NearestQuery(model, vector, SearchFilters.NONE, within, 100);
    }

    @Test
    void bothRankingsInOneRequestAsTwoSearchesGiveThem() throws Exception {
        try (EngineView view = engine.view()) {
            assertTrue(view.ranksBothAtOnce());
            CompiledQuery q = view.compile(null, TEXT);
            NearestQuery n = nearest(q, models.embedder(models.defaultModel()).embedQuery(TEXT));
            long before = engine.client().requests();
            EngineView.Both both = view.rankBoth(q, SearchFilters.NONE, 100, n);
            assertEquals(1, engine.client().requests() - before, "one _msearch");
            Ranking keyword = view.rankKeyword(q, SearchFilters.NONE, 100);
            Ranking nearest = view.rankNearest(n);
            assertFalse(keyword.entries().isEmpty());
            assertEquals(40, nearest.entries().size(), "every patent has a passage: k 100 finds all 40");
            assertEquals(keyword.entries(), both.keyword().entries());
            assertEquals(keyword.total(), both.keyword().total());
            assertEquals(nearest.entries().stream().map(Ranking.Entry::key).toList(),
                    both.nearest().entries().stream().map(Ranking.Entry::key).toList());
            assertEquals(nearest.entries().stream().map(Ranking.Entry::score).toList(),
                    both.nearest().entries().stream().map(Ranking.Entry::score).toList());
            long first = both.nearest().entries().get(0).passage();
            MatchedPassage best = view.passages(new long[]{first}).get(0);
            assertFalse(best.text().isBlank(), "the best passage comes with it");
            assertFalse(best.location().isBlank(), "and where it is");
        }
    }

    @Test
    void aRankingWithoutItsPassagesIsTheSameRanking() throws Exception {
        try (EngineView view = engine.view()) {
            float[] vector = models.embedder(models.defaultModel()).embedQuery(TEXT);
            Ranking with = view.rankNearest(nearest(null, vector));
            NearestQuery keysOnly = new NearestQuery(models.defaultModel(), vector, SearchFilters.NONE, null, 100, false);
            assertFalse(ClusterRankings.nearestBody(keysOnly, null).has("inner_hits")
                    || ClusterRankings.nearestBody(keysOnly, null).path("query").path("nested").has("inner_hits"),
                    "no best passage asked for");
            assertTrue(ClusterRankings.nearestBody(nearest(null, vector), null).path("query").path("nested").has("inner_hits"));
            Ranking without = view.rankNearest(keysOnly);
            assertEquals(40, without.entries().size());
            assertEquals(with.entries().stream().map(Ranking.Entry::key).toList(),
                    without.entries().stream().map(Ranking.Entry::key).toList());
            assertEquals(with.entries().stream().map(Ranking.Entry::score).toList(),
                    without.entries().stream().map(Ranking.Entry::score).toList());
            assertEquals(with.total(), without.total());
            assertTrue(without.entries().stream().allMatch(e -> e.passage() == Ranking.NO_PASSAGE));
        }
    }

    @Test
    void theServicesKeysOnlyRankingIsItsSearchsRanking() throws Exception {
        SearchService service = new SearchService(engine, FieldWeights.DEFAULT, models);
        for (SearchMode mode : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
            SearchRequest request = new SearchRequest(null, TEXT, 20, 0, SearchFilters.NONE, false, mode, Fusion.DEFAULT, false);
            List<String> searched = service.search(request).hits().stream().map(SearchHit::publicationNumber).toList();
            List<String> keys = service.ranking(request).stream().map(SearchService.RankedKey::key).toList();
            assertEquals(20, keys.size());
            List<String> ranked;
            try (EngineView view = engine.view()) {
                ranked = view.summaries(keys).stream().map(PatentSummary::publicationNumber).toList();
            }
            assertEquals(searched, ranked, mode + ": the same patents in the same order");
        }
    }

    @Test
    void aHybridSearchThroughTheServiceRanksBothSides() throws Exception {
        SearchService service = new SearchService(engine, FieldWeights.DEFAULT, models);
        SearchResult r = service.search(new SearchRequest(null, TEXT, 10, 0, SearchFilters.NONE, true, SearchMode.HYBRID,
                Fusion.DEFAULT, false));
        assertEquals("hybrid", r.mode(), r.notes().toString());
        assertEquals(10, r.hits().size());
    }

    @Test
    void anErrorOfOneSideIsTheClustersErrorSaid() throws Exception {
        try (EngineView view = engine.view()) {
            CompiledQuery q = view.compile(null, TEXT);
            IOException e = assertThrows(IOException.class,
                    () -> view.rankBoth(q, SearchFilters.NONE, 100, nearest(q, new float[]{1, 0, 0})));
            assertTrue(e.getMessage().contains("_msearch answered 400"), e.getMessage());
        }
    }
}
