package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.priorart.DemoIndex;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineView;
import org.priorart.engine.lucene.IndexFields;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.patent.PatentDocument;

/**
 * The demo corpus in the test cluster (PRIORART_TEST_OPENSEARCH), once per test JVM, in an index of its
 * own deleted at exit: the patents of the embedded demo index ({@link DemoIndex}), each written with the
 * source the cluster engine writes for it (its stored document and content hash), in {@code _bulk}
 * requests rather than one request each, so that the API tests can run on the cluster backend without
 * minutes of ingest. The ingest path itself is tested elsewhere.
 */
public final class ClusterDemoIndex {

    private static final int BATCH = 500;
    private static ClusterSettings settings;

    private ClusterDemoIndex() {
    }

    /** The settings of the cluster's demo index (skips the test when no node is configured). */
    public static synchronized ClusterSettings settings() {
        if (settings == null) {
            ClusterSettings s = ClusterNode.fresh("demo");
            try {
                load(s);
            } catch (IOException e) {
                ClusterNode.drop(s);
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ClusterNode.drop(s)));
            settings = s;
        }
        return settings;
    }

    private static void load(ClusterSettings s) throws IOException {
        ClusterDocuments documents = new ClusterDocuments();
        try (ClusterEngine engine = ClusterEngine.openWritable(s);
             LuceneEngine demo = DemoIndex.open();
             EngineView view = demo.view()) {
            List<String> keys = keys(demo);
            for (int from = 0; from < keys.size(); from += BATCH) {
                StringBuilder lines = new StringBuilder();
                for (String key : keys.subList(from, Math.min(keys.size(), from + BATCH))) {
                    PatentDocument doc = view.getByKey(key);
                    ObjectNode action = ClusterClient.JSON.createObjectNode();
                    action.putObject("index").put("_id", doc.id());
                    lines.append(action).append('\n')
                            .append(documents.toSource(doc, view.contentHash(key), null)).append('\n');
                }
                var answer = engine.client().ndjson("/" + s.index() + "/_bulk", lines.toString());
                if (answer.path("errors").asBoolean()) {
                    String text = answer.toString();
                    throw new IOException("the demo corpus's bulk load was refused in part: " + text.substring(0, Math.min(1000, text.length())));
                }
            }
            engine.refresh();
            int want = view.patentCount();
            try (EngineView loaded = engine.view()) {
                if (loaded.patentCount() != want || keys.size() != want) {
                    throw new IOException("the cluster's demo index holds " + loaded.patentCount() + " patents of " + keys.size()
                            + " keys, not " + want);
                }
            }
        }
    }

    /** The keys of the embedded index's patents, from its stored id fields. */
    private static List<String> keys(LuceneEngine demo) throws IOException {
        List<String> keys = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(LuceneEngine.luceneDir(demo.path())))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs all = searcher.search(new TermQuery(new Term("type", "patent")), Math.max(1, reader.maxDoc()));
            StoredFields stored = reader.storedFields();
            for (ScoreDoc d : all.scoreDocs) {
                keys.add(stored.document(d.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
        }
        return keys;
    }
}
