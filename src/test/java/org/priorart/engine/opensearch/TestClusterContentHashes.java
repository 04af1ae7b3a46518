package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.TestData;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/**
 * The batched content-hash look-up an ingest makes per batch of documents answers what one look-up
 * per key answers, on both engines: the hash of each indexed key, nothing for a key not indexed,
 * the same hashes from both engines; the cluster reads them in one request, and an ingest asks it
 * once per batch of documents (it once asked once per document: 174 documents/s where the bulk
 * writes alone took 560).
 */
class TestClusterContentHashes {

    @TempDir
    Path tmp;

    @Test
    void theBatchedLookUpIsTheSingleOneOnBothEngines() throws Exception {
        FixturePatents patents = FixturePatents.write(tmp, 3, 12);
        List<String> keys = new ArrayList<>(patents.keys());
        keys.add("US-0000001-A1"); // in neither index
        ClusterSettings settings = ClusterNode.fresh("hashes");
        try (LuceneEngine embedded = LuceneEngine.openWritable(tmp.resolve("index"));
             ClusterEngine cluster = ClusterEngine.openWritable(settings)) {
            patents.ingestInto(embedded);
            patents.ingestInto(cluster);
            Map<String, String> single = singly(embedded, keys);
            assertEquals(patents.keys().size(), single.size(), "every patent has a hash");
            assertEquals(single, singly(cluster, keys), "both engines stored the same hashes");
            try (EngineView view = embedded.view()) {
                assertEquals(single, view.contentHashes(keys));
            }
            try (EngineView view = cluster.view()) {
                long before = cluster.client().requests();
                assertEquals(single, view.contentHashes(keys));
                assertEquals(1, cluster.client().requests() - before, "one mget");
                assertEquals(Map.of(), view.contentHashes(List.of()));
                assertNull(view.contentHashes(List.of("US-0000001-A1")).get("US-0000001-A1"));
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** A rerun of an ingest (every document unchanged) reads the stored hashes per batch: not a request per document. */
    @Test
    void aRerunAsksForTheHashesPerBatch() throws Exception {
        Path file = tmp.resolve("patents.jsonl");
        Files.write(file, TestData.lines(TestData.TEN_K, 120), StandardCharsets.UTF_8);
        ClusterSettings settings = ClusterNode.fresh("hashbatch");
        try (ClusterEngine cluster = ClusterEngine.openWritable(settings)) {
            FixturePatents.ingest(cluster, file);
            long before = cluster.client().requests();
            IngestSummary again = new Ingester(cluster, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(file)));
            long requests = cluster.client().requests() - before;
            assertEquals(120, again.unchanged(), again.toString());
            assertTrue(requests < 30, requests + " requests for 120 unchanged documents");
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** One look-up per key; keys without a hash left out, as the batched form leaves them. */
    private static Map<String, String> singly(SearchEngine engine, List<String> keys) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (EngineView view = engine.view()) {
            for (String key : keys) {
                String hash = view.contentHash(key);
                if (hash != null) {
                    out.put(key, hash);
                }
            }
        }
        return out;
    }
}
