package org.priorart.engine.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.config.FieldWeights;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryParser;

/**
 * The clause count that bounds an examiner query's Lucene form: it counts as Lucene counts (one per
 * term in each field), and stops as soon as it passes its bound, whatever the size of the tree.
 */
class TestClauseCount {

    private static Query compile(String query) throws Exception {
        ExaminerQuery parsed = QueryParser.parse(query);
        MultiReader empty = new MultiReader();
        return ExaminerQueryCompiler.compile(parsed, FieldWeights.DEFAULT,
                ExaminerQueryCompiler.terms(parsed, empty, Set.of(AnalysisLanguage.ENGLISH)), null);
    }

    @Test
    void theClauseCountStopsAtItsBound() throws Exception {
        Query q = compile("battery cell anode");
        assertEquals(12, ClauseCount.of(q, 1024));
        assertEquals(6, ClauseCount.of(q, 5));
    }

    @Test
    void sixChainedNearsStayWithinTheLimit() throws Exception {
        // six chained NEARs: 190 clauses per field, 760 in all four
        Query q = compile("charging" + " NEAR10 circuit".repeat(6));
        assertTrue(ClauseCount.of(q, 1024) <= 1024);
    }
}
