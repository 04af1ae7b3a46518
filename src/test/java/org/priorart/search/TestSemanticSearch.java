package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.PriorArtRule;
import org.priorart.EmbeddedIndex;
import org.priorart.config.FieldWeights;
import org.priorart.embed.Embedder;
import org.priorart.engine.lucene.LuceneEngine;

/** Semantic and hybrid search, explanations and prior-art dates on a small embedded index of real patents. */
class TestSemanticSearch {

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

    private static List<String> numbers(SearchResult r) {
        return r.hits().stream().map(SearchHit::publicationNumber).toList();
    }

    private static SearchResult run(String query, SearchMode mode, int size) throws IOException {
        return search.search(SearchRequest.of(query, size).withMode(mode));
    }

    /** Issue 12: one rule, one message, whoever searches (the API answered 400 here, the service 503 with other words). */
    @Test
    void aQueryWithNothingToEmbedIsTheUsersMistakeInSemanticModeAndKeywordRankedInHybrid() throws IOException {
        SearchRequest codesOnly = SearchRequest.query("CPC=H01M AND PD<2015 AND NOT cathode", 5);
        org.priorart.error.UserInputException refused = assertThrows(org.priorart.error.UserInputException.class,
                () -> search.search(codesOnly.withMode(SearchMode.SEMANTIC)));
        assertEquals("query", refused.parameter());
        assertTrue(refused.getMessage().startsWith("semantic mode needs words to embed"), refused.getMessage());
        SearchResult hybrid = search.search(codesOnly.withMode(SearchMode.HYBRID));
        assertEquals("keyword", hybrid.mode());
        assertTrue(hybrid.notes().contains("keyword ranking only: " + EmbedText.NOTHING_TO_EMBED), hybrid.notes().toString());
    }

    @Test
    void semanticFindsAParaphraseThatKeywordMisses() throws IOException {
        String paraphrase = "mobile trolley for a barber's implements";
        assertFalse(numbers(run(paraphrase, SearchMode.KEYWORD, 10)).contains("US6843488"), "keyword misses it");
        assertTrue(numbers(run(paraphrase, SearchMode.SEMANTIC, 3)).contains("US6843488"),
                numbers(run(paraphrase, SearchMode.SEMANTIC, 3)).toString());
        assertTrue(numbers(run(paraphrase, SearchMode.HYBRID, 10)).contains("US6843488"),
                "hybrid keeps it: " + numbers(run(paraphrase, SearchMode.HYBRID, 10)));
    }

    @Test
    void aDocumentScoresByItsBestPassageWhichIsReturned() throws IOException {
        SearchResult r = run("lithium ion battery anode of porous silicon particles in a carbon shell", SearchMode.SEMANTIC, 5);
        SearchHit top = r.hits().get(0);
        Explanation.BestPassage passage = top.explanation().passage();
        assertNotNull(passage);
        assertTrue(passage.location().equals("abstract") || passage.location().startsWith("claim "), passage.location());
        assertEquals(top.score(), passage.score(), 1e-6);
        // The score is the cosine of the query and the passage, as the model computes it (HNSW uses
        // int8-quantized vectors, so allow a small difference).
        Embedder embedder = EmbeddedIndex.models().embedder(EmbeddedIndex.models().defaultModel());
        float[] q = embedder.embedQuery("lithium ion battery anode of porous silicon particles in a carbon shell");
        float[] p = embedder.embedPassages(List.of(passage.text())).get(0);
        double cos = 0;
        for (int i = 0; i < q.length; i++) {
            cos += q[i] * p[i];
        }
        assertEquals(cos, passage.score(), 0.02);
        // one hit per patent
        assertEquals(r.hits().size(), numbers(r).stream().distinct().count());
    }

    @Test
    void hybridExplanationsAreConsistentWithBothRankings() throws IOException {
        String query = "image sensor package with a window over the active area";
        Fusion fusion = new Fusion(Fusion.Method.RRF, 0.5, 60, 100);
        SearchResult hybrid = search.search(SearchRequest.of(query, 10).withMode(SearchMode.HYBRID).withFusion(fusion));
        List<String> keyword = numbers(search.search(SearchRequest.of(query, fusion.depth()).withMode(SearchMode.KEYWORD).withoutSnippets()));
        List<String> semantic = numbers(search.search(SearchRequest.of(query, fusion.depth()).withMode(SearchMode.SEMANTIC).withoutSnippets()));
        double previous = Double.MAX_VALUE;
        for (SearchHit hit : hybrid.hits()) {
            Explanation e = hit.explanation();
            assertNotNull(e);
            assertTrue(e.keywordRank() != null || e.semanticRank() != null);
            if (e.keywordRank() != null) {
                assertEquals(hit.publicationNumber(), keyword.get(e.keywordRank() - 1), "keyword rank");
                assertNotNull(e.keywordScore());
            }
            if (e.semanticRank() != null) {
                assertEquals(hit.publicationNumber(), semantic.get(e.semanticRank() - 1), "semantic rank");
                assertNotNull(e.passage());
            }
            double expected = (1 - fusion.semanticWeight()) * (e.keywordRank() == null ? 0 : 1.0 / (fusion.rrfK() + e.keywordRank()))
                    + fusion.semanticWeight() * (e.semanticRank() == null ? 0 : 1.0 / (fusion.rrfK() + e.semanticRank()));
            assertEquals(expected, e.fusedScore(), 1e-9);
            assertEquals(e.fusedScore(), hit.score(), 1e-6);
            assertTrue(e.fusedScore() <= previous, "ranked by fused score");
            previous = e.fusedScore();
            assertTrue(e.fusion().startsWith("hybrid rrf"));
        }
        assertEquals("US6849916", hybrid.hits().get(0).publicationNumber());
    }

    @Test
    void semanticPagingContinuesTheSameRanking() throws IOException {
        String query = "a sensor that measures light";
        List<String> first20 = numbers(search.search(SearchRequest.of(query, 20).withMode(SearchMode.SEMANTIC)));
        List<String> second = numbers(search.search(SearchRequest.of(query, 10).withMode(SearchMode.SEMANTIC).withPage(10, 10)));
        assertEquals(first20.subList(10, 20), second);
    }

    @Test
    void theDefaultFusionIsAZScoreWeightedSum() throws IOException {
        SearchResult r = search.search(SearchRequest.of("image sensor package window", 5).withMode(SearchMode.HYBRID));
        assertTrue(r.hits().get(0).explanation().fusion().startsWith("hybrid z-score semantic weight 0.50"),
                r.hits().get(0).explanation().fusion());
    }

    @Test
    void normalizedFusionsWeighTheScores() throws IOException {
        for (Fusion.Method method : List.of(Fusion.Method.MINMAX, Fusion.Method.ZSCORE)) {
            SearchResult r = search.search(SearchRequest.of("image sensor package window", 5).withMode(SearchMode.HYBRID)
                    .withFusion(new Fusion(method, 0.3, 60, 50)));
            assertEquals("US6849916", r.hits().get(0).publicationNumber(), method.toString());
            for (int i = 1; i < r.hits().size(); i++) {
                assertTrue(r.hits().get(i).score() <= r.hits().get(i - 1).score());
            }
        }
    }

    @Test
    void aFilterThatExcludesAllNearestNeighboursStillGivesKValidHits() throws IOException {
        String query = "lithium ion battery anode of porous silicon particles coated with carbon";
        List<String> nearest = numbers(run(query, SearchMode.SEMANTIC, 5));
        assertTrue(nearest.stream().anyMatch(n -> n.startsWith("US2011") || n.startsWith("US79")), nearest.toString());
        SearchRequest filtered = SearchRequest.of(query, 5).withMode(SearchMode.SEMANTIC)
                .withFilters(new SearchFilters(List.of("H04"), null, null));
        SearchResult r = search.search(filtered);
        assertEquals(5, r.hits().size(), "k hits although none of the nearest has H04");
        for (SearchHit hit : r.hits()) {
            assertTrue(hit.cpc().stream().anyMatch(c -> c.startsWith("H04")), hit.publicationNumber() + " " + hit.cpc());
            assertFalse(nearest.contains(hit.publicationNumber()));
        }
    }

    @Test
    void similarKeepsEarlierFiledLaterPublishedUnderTheEffectiveRuleFlaggedE() throws IOException {
        SimilarRequest template = SimilarRequest.of("US20110300001A1", 50).withMode(SearchMode.HYBRID);
        SearchResult effective = search.similar(template.withRule(PriorArtRule.EFFECTIVE));
        Map<String, SearchHit> hits = effective.hits().stream().collect(Collectors.toMap(SearchHit::publicationNumber, h -> h));
        assertFalse(hits.containsKey("US20110300001A1"), "not itself");
        assertFalse(hits.containsKey("EP2400001A1"), "not its family");
        assertFalse(hits.containsKey("US20130100001A1"), "not later documents");
        assertTrue(hits.containsKey("US7900001B2"), "published before: prior art");
        assertNull(hits.get("US7900001B2").priorArtFlag());
        assertTrue(hits.containsKey("US20100280001A1"), "filed before, published after: prior art under the effective rule");
        assertEquals("E", hits.get("US20100280001A1").priorArtFlag());
        assertEquals(List.of("US20100280001A1", "US7900001B2"), effective.hits().subList(0, 2).stream()
                .map(SearchHit::publicationNumber).sorted().toList(), "the two real prior-art documents rank first");

        SearchResult published = search.similar(template.withRule(PriorArtRule.PUBLISHED));
        List<String> publishedOnly = numbers(published);
        assertTrue(publishedOnly.contains("US7900001B2"));
        assertFalse(publishedOnly.contains("US20100280001A1"), "dropped under the publication rule");
        assertFalse(publishedOnly.contains("US20130100001A1"));
        for (SearchHit h : published.hits()) {
            assertNull(h.priorArtFlag());
            assertTrue(h.publicationDate().isBefore(java.time.LocalDate.of(2010, 1, 15)), h.publicationNumber());
        }
    }

    @Test
    void familyGroupingGivesOneHitPerFamily() throws IOException {
        SearchResult grouped = search.search(SearchRequest.of("porous silicon anode carbon lithium", 10)
                .withMode(SearchMode.KEYWORD).withFamilyGrouping(true));
        List<String> numbers = numbers(grouped);
        assertTrue(numbers.contains("US20110300001A1") ^ numbers.contains("EP2400001A1"), numbers.toString());
        SearchHit family = grouped.hits().stream().filter(h -> h.publicationNumber().equals("US20110300001A1")
                || h.publicationNumber().equals("EP2400001A1")).findFirst().orElseThrow();
        assertEquals(1, family.familyMembers().size());
    }

    @Test
    void chineseQueriesUseTheChineseModel() throws IOException {
        SearchResult r = run("太阳能电池板清洁刷", SearchMode.SEMANTIC, 3);
        assertEquals("CN105123456A", r.hits().get(0).publicationNumber());
    }

    @Test
    void semanticModeWithoutVectorsSaysWhyAndHybridFallsBackToKeyword(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path dir = tmp.resolve("index");
        try (LuceneEngine fresh = LuceneEngine.openWritable(dir)) {
            new org.priorart.index.Ingester(fresh, java.util.Optional.empty(), 1, org.priorart.index.IngestProgress.NONE)
                    .ingest(org.priorart.ingest.InputFiles.expand(List.of(java.nio.file.Path.of("src/test/resources/similar"))));
            SearchService s = new SearchService(fresh, FieldWeights.DEFAULT, EmbeddedIndex.models());
            var e = assertThrows(SemanticUnavailableException.class,
                    () -> s.search(SearchRequest.of("silicon anode", 3).withMode(SearchMode.SEMANTIC)));
            assertTrue(e.getMessage().contains("./priorart embed"), e.getMessage());
            SearchResult hybrid = s.search(SearchRequest.of("silicon anode", 3).withMode(SearchMode.HYBRID));
            assertEquals("keyword", hybrid.mode());
            assertFalse(hybrid.hits().isEmpty(), "keyword search works before any embedding");
            assertTrue(hybrid.notes().get(0).startsWith("keyword ranking only"));
        }
    }
}
