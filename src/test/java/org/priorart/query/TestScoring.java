package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.config.FieldWeights;
import org.priorart.search.KeywordQueryBuilder;

/**
 * Plain words rank exactly as plain keyword search ranks them (BM25 per field, weighted by
 * {@link FieldWeights}, summed); filters and NOT never change a score; proximity clauses score.
 */
class TestScoring {

    private static IndexSearcher searcher;

    @BeforeAll
    static void open() {
        searcher = QueryFixture.searcher();
    }

    @AfterAll
    static void close() {
        QueryFixture.release(searcher);
    }

    private static Map<Integer, Float> scores(Query q) throws IOException {
        TopDocs top = searcher.search(QueryFixture.patents(q), searcher.getIndexReader().maxDoc());
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            scores.put(sd.doc, sd.score);
        }
        return scores;
    }

    private static Map<Integer, Float> examiner(String query, FieldWeights weights) throws Exception {
        return scores(QueryParser.parse(query).toLuceneQuery(weights, searcher.getIndexReader()));
    }

    private static Map<Integer, Float> keyword(String text, FieldWeights weights) throws IOException {
        return scores(new KeywordQueryBuilder(weights).build(text, searcher.getIndexReader()));
    }

    private static void assertSameScores(Map<Integer, Float> expected, Map<Integer, Float> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-5f, "doc " + doc));
    }

    @Test
    void aWordScoresAsPlainKeywordSearchScoresIt() throws Exception {
        for (String word : new String[] {"battery", "semiconductor", "Substrate", "wireless"}) {
            Map<Integer, Float> keyword = keyword(word, FieldWeights.DEFAULT);
            assertTrue(keyword.size() > 5, word);
            assertSameScores(keyword, examiner(word, FieldWeights.DEFAULT));
        }
        FieldWeights titleHeavy = new FieldWeights(3f, 1f, 0.5f, 0.1f);
        assertSameScores(keyword("electrode", titleHeavy), examiner("electrode", titleHeavy));
    }

    @Test
    void wordsJoinedByAndScoreAsTheirSumOnDocumentsWithBoth() throws Exception {
        Map<Integer, Float> both = examiner("battery AND electrode", FieldWeights.DEFAULT);
        Map<Integer, Float> keyword = keyword("battery electrode", FieldWeights.DEFAULT);
        assertFalse(both.isEmpty());
        both.forEach((doc, score) -> assertEquals(keyword.get(doc), score, 1e-5f));
        assertTrue(keyword.size() > both.size(), "OR-like keyword search matches more");
    }

    @Test
    void filtersAndNegationsDoNotChangeScores() throws Exception {
        String[][] cases = {
            {"battery", "battery AND PD>=2010"}, {"battery", "battery AND CPC=H01M"}, {"battery", "battery NOT cell"},
            {"battery", "battery AND (CPC=H01M OR PD<2012)"}, {"battery", "NOT cell AND battery"},
            {"method", "method AND IN=(jo* OR ja* OR mi* OR da*)"}, {"method", "method AND NOT PA=zzzz"}};
        for (String[] c : cases) {
            Map<Integer, Float> plain = examiner(c[0], FieldWeights.DEFAULT);
            Map<Integer, Float> f = examiner(c[1], FieldWeights.DEFAULT);
            assertFalse(f.isEmpty(), c[1]);
            assertTrue(plain.keySet().containsAll(f.keySet()), c[1]);
            f.forEach((doc, score) -> assertEquals(plain.get(doc), score, 1e-5f, c[1]));
        }
    }

    @Test
    void aFieldCodeUsesThatFieldsWeight() throws Exception {
        FieldWeights w = new FieldWeights(2f, 1f, 1f, 1f);
        Map<Integer, Float> title = examiner("TI=battery", w);
        Map<Integer, Float> halfTitle = examiner("TI=battery", new FieldWeights(1f, 1f, 1f, 1f));
        assertFalse(title.isEmpty());
        title.forEach((doc, score) -> assertEquals(2 * halfTitle.get(doc), score, 1e-4f));
    }

    @Test
    void aZeroWeightRanksAFieldOutButStillMatches() throws Exception {
        FieldWeights noTitle = new FieldWeights(0f, 1f, 1f, 1f);
        Map<Integer, Float> title = examiner("TI=battery", noTitle);
        assertFalse(title.isEmpty());
        title.values().forEach(score -> assertEquals(0f, score, 0f));
    }

    @Test
    void proximityAndTruncationClausesScore() throws Exception {
        Map<Integer, Float> near = examiner("battery NEAR/3 cell", FieldWeights.DEFAULT);
        assertFalse(near.isEmpty());
        near.values().forEach(score -> assertTrue(score > 0));
        Map<Integer, Float> trunc = examiner("batter*", FieldWeights.DEFAULT);
        assertTrue(trunc.size() > 5);
        assertTrue(trunc.values().stream().distinct().count() > 1, "truncations rank by BM25, not a constant");
    }

    @Test
    void aQueryOfFiltersAloneMatchesWithAConstantScore() throws Exception {
        Map<Integer, Float> f = examiner("CPC=H01M AND PD<2015", FieldWeights.DEFAULT);
        assertFalse(f.isEmpty());
        assertEquals(1, f.values().stream().distinct().count());
    }
}
