package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.config.FieldWeights;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchService;

/**
 * Every document of an embedded index (patents with and without a title or description, and their
 * passages) has a norm in every field with norms, so Lucene keeps them dense; the fields' statistics
 * count only the values with words, so BM25 scores what it scored before.
 */
class TestDenseNorms {

    private static final Path SIMILAR = Path.of("src/test/resources/similar/prior-art-dates.jsonl");
    private static final Path LANGUAGES = Path.of("src/test/resources/languages/patents.jsonl");
    private static final Path DESCRIBED = Path.of("data/corpus/ep-EP3383757B1.xml");

    @TempDir
    Path tmp;

    @Test
    void everyDocumentHasANormInEveryTextFieldAndTheStatisticsCountOnlyWords() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(SIMILAR, LANGUAGES, DESCRIBED)));
            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), EmbeddingProgress.NONE);
            stage.claimIndex(false);
            stage.run(new AtomicBoolean());
            index.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(LuceneEngine.luceneDir(dir)))) {
            Map<String, Integer> withWords = new TreeMap<>();
            int patents = 0;
            try (LuceneEngine index = LuceneEngine.openReadOnly(dir)) {
                SearchService search = new SearchService(index, FieldWeights.DEFAULT);
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                        String key = leaf.reader().storedFields().document(i).get(IndexFields.ID);
                        if (key != null) {
                            patents++;
                            PatentDocument doc = search.get(key);
                            count(withWords, IndexFields.TITLE, doc.title() != null && !doc.title().isBlank());
                            count(withWords, IndexFields.ABSTRACT, doc.abstractText() != null && !doc.abstractText().isBlank());
                            count(withWords, IndexFields.CLAIMS, !doc.claims().isEmpty());
                            count(withWords, IndexFields.DESCRIPTION, !doc.description().isEmpty());
                        }
                    }
                }
            }
            int passages = reader.numDocs() - patents;
            assertTrue(passages > 0, "the index has passage documents: " + passages);
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                for (String field : List.of(IndexFields.TITLE, IndexFields.ABSTRACT, IndexFields.CLAIMS, IndexFields.DESCRIPTION)) {
                    NumericDocValues norms = r.getNormValues(field);
                    assertEquals(r.maxDoc(), norms.cost(), field + ": a norm for every document");
                    for (int doc = 0; doc < r.maxDoc(); doc++) {
                        assertTrue(norms.advanceExact(doc), field + " has no norm for document " + doc);
                    }
                }
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            for (var e : withWords.entrySet()) {
                Terms terms = MultiTerms.getTerms(reader, e.getKey());
                assertEquals((int) e.getValue(), terms == null ? 0 : terms.getDocCount(), e.getKey() + ": documents with words " + withWords);
                var statistics = searcher.collectionStatistics(e.getKey());
                assertEquals((long) e.getValue(), statistics == null ? 0 : statistics.docCount(), e.getKey());
            }
            // the proof needs patents with and without each of the sparse fields
            assertTrue(withWords.get(IndexFields.DESCRIPTION) > 0 && withWords.get(IndexFields.DESCRIPTION) < patents,
                    "some patents have a description, some none: " + withWords);
            assertTrue(withWords.get(IndexFields.CLAIMS) < patents, "some patents have no claims: " + withWords);
        }
    }

    private static void count(Map<String, Integer> counts, String field, boolean hasWords) {
        counts.merge(field, hasWords ? 1 : 0, Integer::sum);
    }
}
