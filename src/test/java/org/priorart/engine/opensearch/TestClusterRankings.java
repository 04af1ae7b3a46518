package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.engine.Ranking;
import org.priorart.search.Json;

/** Reading the cluster's keyword answers (no node needed: the answers are written out here). */
class TestClusterRankings {

    private static JsonNode answer(String... keysAndScores) throws Exception {
        StringBuilder hits = new StringBuilder();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            hits.append(i == 0 ? "" : ",").append("{\"_score\": ").append(keysAndScores[i + 1])
                    .append(", \"fields\": {\"").append(ClusterFields.ID).append("\": [\"").append(keysAndScores[i]).append("\"]}}");
        }
        return Json.mapper().readTree("{\"hits\": {\"total\": {\"value\": " + keysAndScores.length / 2
                + ", \"relation\": \"eq\"}, \"hits\": [" + hits + "]}}");
    }

    private static List<String> keys(Ranking r) {
        return r.entries().stream().map(Ranking.Entry::key).toList();
    }

    /** CI saw two pages of one search swap two hits of equal score: the shard's order had changed between them. */
    @Test
    void hitsOfEqualScoreComeInTheOrderOfTheirKeysWhateverTheShardsOrder() throws Exception {
        Ranking one = ClusterRankings.keyword(answer("US3", "9.5", "US9768424", "4.25", "US7718027", "4.25", "US1", "2.0"));
        Ranking other = ClusterRankings.keyword(answer("US3", "9.5", "US7718027", "4.25", "US9768424", "4.25", "US1", "2.0"));
        assertEquals(List.of("US3", "US7718027", "US9768424", "US1"), keys(one));
        assertEquals(keys(one), keys(other));
        assertEquals(4.25, one.entries().get(1).score());
        assertEquals(4, one.total());
    }
}
