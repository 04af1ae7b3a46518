package org.priorart.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.priorart.TestData;
import org.priorart.config.FieldWeights;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;

/**
 * One small real index per test JVM, shared by the query tests: the hand-written edge documents
 * ({@code src/test/resources/query/edge-documents.jsonl}, numbers US90000xx) next to real patents
 * from the demo corpus: the first {@value #FULL_TEXTS} Pap2Pat full texts (claims and description
 * paragraphs, 9 MB of text) and every {@value #EVERY}th of the 10k abstracts (1,429 grants of
 * 2005-2018 with CPC codes and publication dates; the file is sorted by date). Queries run through
 * the engine's seam, as the search service runs them, so the same tests hold for any engine.
 */
public final class QueryFixture {

    static final Path EDGE_DOCUMENTS = Path.of("src/test/resources/query/edge-documents.jsonl");
    static final int EVERY = 7;
    static final int FULL_TEXTS = 100;

    private static LuceneEngine index;
    private static List<PatentDocument> realPatents;

    private QueryFixture() {
    }

    public static synchronized LuceneEngine index() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("priorart-query-index");
                Path abstracts = dir.resolve("abstracts.jsonl");
                Path fullTexts = dir.resolve("full-texts.jsonl");
                Files.write(fullTexts, TestData.lines(TestData.PAP2PAT, FULL_TEXTS), StandardCharsets.UTF_8);
                List<String> all = TestData.lines(TestData.TEN_K, Integer.MAX_VALUE);
                List<String> sample = new ArrayList<>();
                for (int i = 0; i < all.size(); i += EVERY) {
                    sample.add(all.get(i));
                }
                Files.write(abstracts, sample, StandardCharsets.UTF_8);
                realPatents = new ArrayList<>();
                JsonDocumentMapper json = new JsonDocumentMapper();
                for (String line : TestData.lines(TestData.PAP2PAT, FULL_TEXTS)) {
                    realPatents.add(json.fromJson(line));
                }
                for (String line : sample) {
                    realPatents.add(json.fromJson(line));
                }
                Path data = dir.resolve("index");
                try (LuceneEngine writable = LuceneEngine.openWritable(data)) {
                    new Ingester(writable, Optional.empty(), 2, IngestProgress.NONE)
                            .ingest(InputFiles.expand(List.of(EDGE_DOCUMENTS, fullTexts, abstracts)));
                }
                index = LuceneEngine.openReadOnly(data);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        index.close();
                    } catch (IOException ignored) {
                        // exiting anyway
                    }
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JsonDocumentMapper.BadDocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        return index;
    }

    /** The real patents of the index (not the edge documents), as they were read for it. */
    static synchronized List<PatentDocument> realPatents() {
        index();
        return realPatents;
    }

    /** The ids of all patents matching the query, best first. */
    static List<String> search(String query, QueryOptions options) throws QuerySyntaxException, IOException {
        return List.copyOf(scores(QueryParser.parse(query, options), null, FieldWeights.DEFAULT).keySet());
    }

    /**
     * The patents a query matches with their scores, best first, as the keyword ranking of the
     * search service ranks them: an examiner query, a free text, or both.
     */
    static Map<String, Double> scores(ExaminerQuery query, String text, FieldWeights weights)
            throws QuerySyntaxException, IOException {
        try (EngineView view = index().view(weights, Deadline.NONE)) {
            CompiledQuery compiled = view.compile(query, text);
            Ranking ranking = view.rankKeyword(compiled, SearchFilters.NONE, Math.max(1, view.patentCount()));
            Map<String, Double> scores = new LinkedHashMap<>();
            ranking.entries().forEach(e -> scores.put(e.key(), e.score()));
            return scores;
        }
    }

    /** The query compiled in a view of the index (to be refused by a limit, or searched). */
    static void compile(String query) throws QuerySyntaxException, IOException {
        try (EngineView view = index().view()) {
            view.compile(QueryParser.parse(query), null);
        }
    }

    static Set<String> ids(String query) throws QuerySyntaxException, IOException {
        return new LinkedHashSet<>(search(query, QueryOptions.DEFAULT));
    }

    /** The matching edge documents only (US90000xx), sorted: what the edge tests state exactly. */
    static Set<String> edges(String query, QueryOptions options) throws QuerySyntaxException, IOException {
        return new java.util.TreeSet<>(search(query, options).stream().filter(QueryFixture::isEdge).toList());
    }

    static Set<String> edges(String query) throws QuerySyntaxException, IOException {
        return edges(query, QueryOptions.DEFAULT);
    }

    public static boolean isEdge(String id) {
        return id.startsWith("US90000");
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files; the OS cleans up
        }
    }
}
