package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.EngineView;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * The cluster's keyword ranking breaks ties by key before it cuts the ranking to its depth (on a node:
 * {@code PRIORART_TEST_OPENSEARCH}). CI saw two pages of one search swap two hits of equal score, the
 * shard's document order having changed between them; sorting the hits after the cut would make a
 * shallow and a deeper ranking disagree wherever a tie straddles the cut.
 */
class TestClusterRankings {

    @TempDir
    Path tmp;

    @Test
    void hitsOfEqualScoreAreRankedByKeyAtEveryDepth() throws Exception {
        // six patents with the same words, written in the reverse of their keys' order
        List<String> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        JsonDocumentMapper json = new JsonDocumentMapper();
        for (int n = 6; n >= 1; n--) {
            String line = "{\"publication_number\": \"US900000" + n + "B2\", \"title\": \"Rotary kiln seal\", "
                    + "\"abstract\": \"A seal for a rotary kiln.\", \"publication_date\": \"2012-01-0" + n + "\"}";
            lines.add(line);
            keys.add(json.fromJson(line).id());
        }
        List<String> byKey = keys.stream().sorted().toList();
        Path file = Files.write(tmp.resolve("ties.jsonl"), lines);
        try (ClusterEngine cluster = ClusterEngine.openWritable(ClusterNode.fresh("ties"))) {
            FixturePatents.ingest(cluster, file);
            try (EngineView view = cluster.view()) {
                Ranking three = view.rankKeyword(view.compile(null, "rotary kiln seal"), SearchFilters.NONE, 3);
                Ranking six = view.rankKeyword(view.compile(null, "rotary kiln seal"), SearchFilters.NONE, 6);
                assertEquals(1, six.entries().stream().mapToDouble(Ranking.Entry::score).distinct().count(), "all tie");
                assertEquals(byKey, six.entries().stream().map(Ranking.Entry::key).toList());
                assertEquals(byKey.subList(0, 3), three.entries().stream().map(Ranking.Entry::key).toList());
            }
        }
    }
}
