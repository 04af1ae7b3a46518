package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.lucene.LuceneEngine;

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
        FixturePatents patents = FixturePatents.write(tmp, 4, 4);
        List<String> keys = patents.keys();
        ClusterSettings settings = ClusterNode.fresh("summaries");
        try (LuceneEngine embedded = LuceneEngine.openWritable(tmp.resolve("index"));
             ClusterEngine cluster = ClusterEngine.openWritable(settings)) {
            patents.ingestInto(embedded);
            patents.ingestInto(cluster);
            List<PatentSummary> expected;
            try (EngineView view = embedded.view()) {
                expected = view.summaries(keys);
            }
            assertFalse(expected.get(0).inventors().isEmpty(), "a Pap2Pat patent names its inventors");
            try (EngineView view = cluster.view()) {
                assertEquals(expected, view.summaries(keys));
            }
            // read from the stored summary, which the source does not carry
            ObjectNode ids = ClusterClient.JSON.createObjectNode();
            keys.forEach(ids.putArray("ids")::add);
            JsonNode stored = cluster.client().post("/" + settings.index() + "/_mget?stored_fields=" + ClusterFields.SUMMARY
                    + "&_source=true", ids);
            for (JsonNode d : stored.path("docs")) {
                assertTrue(d.path("fields").path(ClusterFields.SUMMARY).path(0).isTextual(), d.path("_id").asText());
                assertFalse(d.path("_source").has(ClusterFields.SUMMARY), "the summary is not in the source");
                assertTrue(d.path("_source").has(ClusterFields.DOC));
            }
            // an update script rewrites a patent from its source, which has no summary: read from the source then
            ObjectNode update = ClusterClient.JSON.createObjectNode();
            update.putObject("query").putObject("ids").putArray("values").add(keys.get(0)).add(keys.get(5));
            update.putObject("script").put("lang", "painless").put("source", "ctx._source.passage_count += 0");
            cluster.client().post("/" + settings.index() + "/_update_by_query?refresh=true", update);
            JsonNode rewritten = cluster.client().post("/" + settings.index() + "/_mget?stored_fields=" + ClusterFields.SUMMARY,
                    ids);
            assertTrue(rewritten.path("docs").path(0).path("fields").path(ClusterFields.SUMMARY).isMissingNode(),
                    "the rewritten patent lost its stored summary");
            try (EngineView view = cluster.view()) {
                assertEquals(expected, view.summaries(keys));
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }

    /** An index of the schema before the stored summaries is refused, with a word to reindex, never read without them. */
    @Test
    void anIndexOfTheOldSchemaIsRefusedWithAWordToReindex() throws Exception {
        ClusterSettings settings = ClusterNode.fresh("oldschema");
        try (ClusterClient client = new ClusterClient(settings)) {
            ObjectNode body = ClusterFields.index(1, 0);
            ObjectNode mappings = (ObjectNode) body.path("mappings");
            mappings.putObject("_meta").put("schema", "cluster-1");
            ((ObjectNode) mappings.path("properties")).remove(ClusterFields.SUMMARY);
            client.put("/" + settings.index(), body);
            for (boolean writable : new boolean[]{true, false}) {
                EngineException e = assertThrows(EngineException.class,
                        () -> (writable ? ClusterEngine.openWritable(settings) : ClusterEngine.openReadOnly(settings)).close());
                assertTrue(e.getMessage().contains("schema cluster-1") && e.getMessage().contains("reindex")
                        && e.getMessage().contains(settings.index()), e.getMessage());
            }
        } finally {
            ClusterNode.drop(settings);
        }
    }
}
