package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.Snippet;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryLimitException;
import org.priorart.query.QueryParser;

/**
 * The query-language oracle against both engines: the same documents (the hand-written edge documents
 * beside real Pap2Pat full texts and 10k abstracts) ingested into an embedded index and a cluster
 * index, then for every row of the operator table ({@code edge-matches.tsv}) the cluster matches
 * exactly the edge documents the row names, and ranks every matching patent as the embedded engine
 * does: the same keys in the same order with the same BM25 scores (to 1e-4). Free text, filters and
 * snippets likewise.
 */
class TestClusterQueryOracle {

    private static final Path EDGES = Path.of("src/test/resources/query/edge-documents.jsonl");
    private static ClusterSettings settings;
    private static ClusterEngine cluster;
    private static LuceneEngine embedded;
    private static Path dir;

    private static synchronized void open() throws IOException {
        if (cluster != null) {
            return;
        }
        ClusterNode.url();
        dir = Files.createTempDirectory("priorart-cluster-oracle");
        Path fullTexts = dir.resolve("full-texts.jsonl");
        Path abstracts = dir.resolve("abstracts.jsonl");
        Files.write(fullTexts, TestData.lines(TestData.PAP2PAT, 25), StandardCharsets.UTF_8);
        List<String> all = TestData.lines(TestData.TEN_K, 3000);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 15) {
            sample.add(all.get(i));
        }
        Files.write(abstracts, sample, StandardCharsets.UTF_8);
        List<Path> inputs = List.of(EDGES, fullTexts, abstracts);
        settings = ClusterNode.fresh("oracle");
        embedded = LuceneEngine.openWritable(dir.resolve("index"));
        cluster = ClusterEngine.openWritable(settings);
        for (SearchEngine e : List.of(embedded, cluster)) {
            new Ingester(e, Optional.empty(), 2, IngestProgress.NONE).ingest(InputFiles.expand(inputs));
            e.commit();
            e.refresh();
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (cluster != null) {
            cluster.close();
            embedded.close();
            ClusterNode.drop(settings);
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/query/edge-matches.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            rows.add(Arguments.of(cols[0], cols[1]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @MethodSource("rows")
    void theClusterMatchesAndRanksAsTheEmbeddedEngine(String query, String expected) throws Exception {
        open();
        Set<String> want = new TreeSet<>();
        if (!expected.equals("-")) {
            Arrays.stream(expected.split(",")).map(n -> String.format("US90000%02d", Integer.parseInt(n.strip())))
                    .forEach(want::add);
        }
        Map<String, Double> onCluster = ranking(cluster, QueryParser.parse(query), null);
        Set<String> edges = new TreeSet<>(onCluster.keySet().stream().filter(k -> k.startsWith("US90000")).toList());
        assertEquals(want, edges, query);
        sameRanking(ranking(embedded, QueryParser.parse(query), null), onCluster, query);
    }

    @Test
    void freeTextRanksAsTheEmbeddedEngine() throws Exception {
        open();
        for (String text : List.of("lithium ion battery cathode", "a method of charging an electric vehicle battery "
                + "with a wireless charging pad and a controller that regulates the current", "porous silicon anode")) {
            sameRanking(ranking(embedded, null, text), ranking(cluster, null, text), text);
        }
        ExaminerQuery both = QueryParser.parse("batter* AND (charg* OR electrode)");
        sameRanking(ranking(embedded, both, "solid electrolyte"), ranking(cluster, both, "solid electrolyte"), "both");
    }

    @Test
    void filtersAndSnippetsAsTheEmbeddedEngine() throws Exception {
        open();
        ExaminerQuery q = QueryParser.parse("batter* OR cell OR electr* OR signal*");
        SearchFilters filters = new SearchFilters(List.of("H01", "H04"), java.time.LocalDate.of(2009, 1, 1), null);
        List<String> keys = null;
        List<Snippet> first = null;
        for (SearchEngine e : List.of(embedded, cluster)) {
            try (EngineView view = e.view(FieldWeights.DEFAULT, Deadline.NONE)) {
                CompiledQuery c = view.compile(q, null);
                var ranking = view.rankKeyword(c, filters, 10);
                List<String> k = ranking.entries().stream().map(x -> x.key()).toList();
                boolean[] matched = new boolean[k.size()];
                Arrays.fill(matched, true);
                List<Snippet> snippets = view.snippets(c, k, matched);
                if (keys == null) {
                    keys = k;
                    first = snippets;
                    assertTrue(!k.isEmpty(), "the filter leaves hits");
                } else {
                    assertEquals(keys, k);
                    assertEquals(first, snippets);
                }
            }
        }
    }

    private static Map<String, Double> ranking(SearchEngine engine, ExaminerQuery q, String text)
            throws IOException, QueryLimitException {
        try (EngineView view = engine.view(FieldWeights.DEFAULT, Deadline.NONE)) {
            CompiledQuery compiled = view.compile(q, text);
            Map<String, Double> scores = new LinkedHashMap<>();
            view.rankKeyword(compiled, SearchFilters.NONE, 10_000).entries().forEach(e -> scores.put(e.key(), e.score()));
            return scores;
        }
    }

    /** The same patents with the same scores (ties may come in either order). */
    private static void sameRanking(Map<String, Double> embeddedScores, Map<String, Double> clusterScores, String what) {
        assertEquals(new TreeSet<>(embeddedScores.keySet()), new TreeSet<>(clusterScores.keySet()), what);
        for (Map.Entry<String, Double> e : embeddedScores.entrySet()) {
            assertEquals(e.getValue(), clusterScores.get(e.getKey()), 1e-4, what + ": score of " + e.getKey());
        }
    }

}
