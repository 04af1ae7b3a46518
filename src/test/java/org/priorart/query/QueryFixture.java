package org.priorart.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.priorart.TestData;
import org.priorart.config.FieldWeights;
import org.priorart.index.IndexFields;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.index.PatentIndex;
import org.priorart.ingest.InputFiles;

/**
 * One small real index per test JVM, shared by the query tests: the hand-written edge documents
 * ({@code src/test/resources/query/edge-documents.jsonl}, numbers US90000xx) next to real patents
 * from the demo corpus: the first {@value #FULL_TEXTS} Pap2Pat full texts (claims and description
 * paragraphs, 9 MB of text) and every {@value #EVERY}th of the 10k abstracts (1,429 grants of
 * 2005-2018 with CPC codes and publication dates; the file is sorted by date).
 */
final class QueryFixture {

    static final Path EDGE_DOCUMENTS = Path.of("src/test/resources/query/edge-documents.jsonl");
    static final int EVERY = 7;
    static final int FULL_TEXTS = 100;

    private static PatentIndex index;

    private QueryFixture() {
    }

    static synchronized PatentIndex index() {
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
                Path data = dir.resolve("index");
                try (PatentIndex writable = PatentIndex.openWritable(data)) {
                    new Ingester(writable, Optional.empty(), 2, IngestProgress.NONE)
                            .ingest(InputFiles.expand(List.of(EDGE_DOCUMENTS, fullTexts, abstracts)));
                }
                index = PatentIndex.openReadOnly(data);
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
            }
        }
        return index;
    }

    static IndexSearcher searcher() {
        try {
            index().refresh();
            return index().searchers().acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void release(IndexSearcher searcher) {
        try {
            index().searchers().release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query as the search service will run it: matches restricted to patents. */
    static Query patents(Query q) {
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The ids of all patents matching the query, best first. */
    static List<String> search(String query, QueryOptions options) throws QuerySyntaxException, IOException {
        IndexSearcher searcher = searcher();
        try {
            ExaminerQuery parsed = QueryParser.parse(query, options);
            Query q = parsed.toLuceneQuery(FieldWeights.DEFAULT, searcher.getIndexReader());
            TopDocs top = searcher.search(patents(q), Math.max(1, searcher.getIndexReader().maxDoc()));
            List<String> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return ids;
        } finally {
            release(searcher);
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

    static boolean isEdge(String id) {
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
