package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.DemoIndex;
import org.priorart.TestData;
import org.priorart.embed.Passages;
import org.priorart.engine.PatentSummary;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * The summaries read from their doc values are the ones read from the stored documents, for every
 * patent of the demo corpus (US abstracts, Pap2Pat full texts, EP XML with translations); a patent
 * written without the doc value (by an older PriorArt) has none there, and is read the old way.
 */
class TestSummaryValues {

    @TempDir
    Path tmp;

    @Test
    void everyDemoPatentsSummaryIsTheSameFromItsDocValueAsFromItsStoredDocument() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(DemoIndex.path().resolve("lucene")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs patents = searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)),
                    reader.maxDoc());
            StoredFields stored = searcher.storedFields();
            int[] docs = new int[patents.scoreDocs.length];
            String[] keys = new String[docs.length];
            for (int i = 0; i < docs.length; i++) {
                ScoreDoc d = patents.scoreDocs[i];
                docs[i] = d.doc;
                keys[i] = stored.document(d.doc).get(IndexFields.ID);
            }
            assertTrue(docs.length > 10_000, "the whole demo corpus: " + docs.length);
            PatentSummary[] values = SummaryValues.read(searcher, docs, keys);
            int withTranslations = 0;
            for (int i = 0; i < docs.length; i++) {
                PatentSummary fromStored = StoredHits.read(stored, docs[i]).summary();
                assertEquals(fromStored, values[i], keys[i]);
                if (keys[i].startsWith("EP")) {
                    withTranslations++;
                }
            }
            assertTrue(withTranslations >= 3, "the EP documents are among them");
        }
    }

    @Test
    void aPatentWrittenWithoutTheDocValueHasNoneThere() throws Exception {
        JsonDocumentMapper json = new JsonDocumentMapper();
        List<String> lines = TestData.lines(TestData.TEN_K, 2);
        DocumentMapper mapper = new DocumentMapper(Passages.DEFAULT);
        Path dir = tmp.resolve("mixed");
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig())) {
            Document old = mapper.toLucene(json.fromJson(lines.get(0)), "hash-0");
            old.removeFields(IndexFields.SUMMARY);
            w.addDocument(old);
            w.addDocument(mapper.toLucene(json.fromJson(lines.get(1)), "hash-1"));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            String[] keys = {stored.document(1).get(IndexFields.ID), stored.document(0).get(IndexFields.ID), "none"};
            PatentSummary[] values = SummaryValues.read(searcher, new int[] {1, 0, -1}, keys);
            assertNotNull(values[0], "written with it");
            assertEquals(StoredHits.read(stored, 1).summary(), values[0]);
            assertNull(values[1], "written without it");
            assertNull(values[2], "no document");
        }
    }
}
