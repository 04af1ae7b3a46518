package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.query.ExaminerQueryCompiler;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryFixture;
import org.priorart.query.QueryParser;

/**
 * The compiled examiner queries highlight with the highlighter snippets use (offsets from the
 * postings): proximity marks its operands, truncation its expansions, phrases their words, and
 * filters and NOT clauses mark nothing.
 */
class TestHighlighting {

    private static String highlight(String query, String field, String id) throws Exception {
        LuceneEngine index = QueryFixture.index();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            ExaminerQuery parsed = QueryParser.parse(query);
            Query q = ExaminerQueryCompiler.compile(parsed, FieldWeights.DEFAULT,
                    ExaminerQueryCompiler.terms(parsed, searcher.getIndexReader(), TextLanguages.of(searcher.getIndexReader())), null);
            TopDocs top = searcher.search(index.blocks().patentsMatching(
                    new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(q, org.apache.lucene.search.BooleanClause.Occur.MUST)
                            .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.ID, id)),
                                    org.apache.lucene.search.BooleanClause.Occur.FILTER)
                            .build()), 1);
            assertEquals(1, top.scoreDocs.length, query);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher,
                            Analyzers.get(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX))
                    .withFormatter(new DefaultPassageFormatter("[", "]", "...", false))
                    .build();
            Map<String, String[]> byField = highlighter.highlightFields(new String[] {field}, q,
                    new int[] {top.scoreDocs[0].doc}, new int[] {1});
            return byField.get(field)[0];
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void proximityTruncationAndPhrasesMarkWhatMatched() throws Exception {
        assertEquals("An electrode comprising an [anode] of porous [silicon].",
                highlight("anode W/3 silicon", IndexFields.CLAIMS, "US9000001"));
        assertEquals("A [battery] [charger] with a colour display.",
                highlight("batter* W/1 charg*", IndexFields.ABSTRACT, "US9000007"));
        assertEquals("The cell is [recharged] by a [discharge] circuit of a different color.",
                highlight("*charg* AND CPC=H01M OR *charg* NOT widget", IndexFields.ABSTRACT, "US9000008"));
        assertEquals("The batteries were [charged overnight].",
                highlight("\"charged overnight\" NOT charger", IndexFields.ABSTRACT, "US9000006"));
        // the passage is the sentence that holds both
        String with = highlight("graphite WITH anode", IndexFields.ABSTRACT, "US9000003");
        assertFalse(with.contains("nickel"), with);
        assertEquals("The [anode] contains [graphite].", with.strip());
    }
}
