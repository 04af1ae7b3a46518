package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorart.config.FieldWeights;

/**
 * Plain words rank exactly as plain keyword search ranks them (BM25 per field, weighted by
 * {@link FieldWeights}, summed); filters and NOT never change a score; proximity clauses score.
 */
class TestScoring {

    private static Map<String, Double> examiner(String query, FieldWeights weights) throws Exception {
        return QueryFixture.scores(QueryParser.parse(query), null, weights);
    }

    private static Map<String, Double> keyword(String text, FieldWeights weights) throws Exception {
        return QueryFixture.scores(null, text, weights);
    }

    private static void assertSameScores(Map<String, Double> expected, Map<String, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-5, "doc " + doc));
    }

    @Test
    void aWordScoresAsPlainKeywordSearchScoresIt() throws Exception {
        for (String word : new String[] {"battery", "semiconductor", "Substrate", "wireless"}) {
            Map<String, Double> keyword = keyword(word, FieldWeights.DEFAULT);
            assertTrue(keyword.size() > 5, word);
            assertSameScores(keyword, examiner(word, FieldWeights.DEFAULT));
        }
        FieldWeights titleHeavy = new FieldWeights(3f, 1f, 0.5f, 0.1f);
        assertSameScores(keyword("electrode", titleHeavy), examiner("electrode", titleHeavy));
    }

    @Test
    void wordsJoinedByAndScoreAsTheirSumOnDocumentsWithBoth() throws Exception {
        Map<String, Double> both = examiner("battery AND electrode", FieldWeights.DEFAULT);
        Map<String, Double> keyword = keyword("battery electrode", FieldWeights.DEFAULT);
        assertFalse(both.isEmpty());
        both.forEach((doc, score) -> assertEquals(keyword.get(doc), score, 1e-5));
        assertTrue(keyword.size() > both.size(), "OR-like keyword search matches more");
    }

    @Test
    void filtersAndNegationsDoNotChangeScores() throws Exception {
        String[][] cases = {
            {"battery", "battery AND PD>=2010"}, {"battery", "battery AND CPC=H01M"}, {"battery", "battery NOT cell"},
            {"battery", "battery AND (CPC=H01M OR PD<2012)"}, {"battery", "NOT cell AND battery"},
            {"method", "method AND IN=(jo* OR ja* OR mi* OR da*)"}, {"method", "method AND NOT PA=zzzz"}};
        for (String[] c : cases) {
            Map<String, Double> plain = examiner(c[0], FieldWeights.DEFAULT);
            Map<String, Double> f = examiner(c[1], FieldWeights.DEFAULT);
            assertFalse(f.isEmpty(), c[1]);
            assertTrue(plain.keySet().containsAll(f.keySet()), c[1]);
            f.forEach((doc, score) -> assertEquals(plain.get(doc), score, 1e-5, c[1]));
        }
    }

    @Test
    void aFieldCodeUsesThatFieldsWeight() throws Exception {
        FieldWeights w = new FieldWeights(2f, 1f, 1f, 1f);
        Map<String, Double> title = examiner("TI=battery", w);
        Map<String, Double> halfTitle = examiner("TI=battery", new FieldWeights(1f, 1f, 1f, 1f));
        assertFalse(title.isEmpty());
        title.forEach((doc, score) -> assertEquals(2 * halfTitle.get(doc), score, 1e-4));
    }

    @Test
    void aZeroWeightRanksAFieldOutButStillMatches() throws Exception {
        FieldWeights noTitle = new FieldWeights(0f, 1f, 1f, 1f);
        Map<String, Double> title = examiner("TI=battery", noTitle);
        assertFalse(title.isEmpty());
        title.values().forEach(score -> assertEquals(0.0, score, 0.0));
    }

    @Test
    void proximityAndTruncationClausesScore() throws Exception {
        Map<String, Double> near = examiner("battery NEAR/3 cell", FieldWeights.DEFAULT);
        assertFalse(near.isEmpty());
        near.values().forEach(score -> assertTrue(score > 0));
        Map<String, Double> trunc = examiner("batter*", FieldWeights.DEFAULT);
        assertTrue(trunc.size() > 5);
        assertTrue(trunc.values().stream().distinct().count() > 1, "truncations rank by BM25, not a constant");
    }

    @Test
    void aQueryOfFiltersAloneMatchesWithAConstantScore() throws Exception {
        Map<String, Double> f = examiner("CPC=H01M AND PD<2015", FieldWeights.DEFAULT);
        assertFalse(f.isEmpty());
        assertEquals(1, f.values().stream().distinct().count());
    }
}
