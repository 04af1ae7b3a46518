package org.priorart.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.priorart.engine.EngineView;
import org.junit.jupiter.api.Test;
import org.priorart.analysis.AnalysisLanguage;

/** The free text handed to the semantic embedder, and the explanation shown by --explain-query. */
class TestExplainAndFreeText {

    private static String free(String query) throws QuerySyntaxException {
        return QueryParser.parse(query).freeText();
    }

    @Test
    void freeTextIsThePlainWordsAndPhrasesOutsideBibliographicCodes() throws QuerySyntaxException {
        assertEquals("lithium anode", free("CPC=H01M AND (lithium W/3 anode)"));
        assertEquals("lithium anode silicon", free("(lithium OR anode) W/3 silicon AND PD<2015 AND IPC=H01M4"));
        assertEquals("lithium ion battery", free("\"lithium ion\" battery"));
        assertEquals("solar panel", free("TI=solar AND AB=panel"));
        assertEquals("lithium", free("lithium NOT cobalt"));
        assertEquals("lithium", free("lithium AND PA=samsung AND IN=(kim W/1 lee)"));
        assertEquals("cell", free("(batter* OR cell) W/3 *charg*"));
        assertEquals("", free("CPC=H01M AND PD>=2010"));
        assertEquals("the of", free("the AND of"));
        assertEquals("lithium-ion", free("lithium-ion"));
    }

    @Test
    void theLanguageIsToldFromTheWordsScript() throws QuerySyntaxException {
        assertEquals(AnalysisLanguage.ENGLISH, QueryParser.parse("battery W/3 cell").language());
        assertEquals(AnalysisLanguage.KOREAN, QueryParser.parse("리튬 전지 AND CPC=H01M").language());
        assertEquals(AnalysisLanguage.JAPANESE, QueryParser.parse("リチウムイオン電池 W/3 負極").language());
        assertEquals(AnalysisLanguage.CHINESE, QueryParser.parse("电池 WITH 充电").language());
    }

    @Test
    void theExplanationShowsTheTreeAndWhatEachNodeMatches() throws QuerySyntaxException {
        String e = QueryParser.parse("(batter* OR cell) W/3 (anode NEAR/5 silicon) AND CPC=H01M4/38 AND PD<2015-01-01").explain();
        assertTrue(e.contains("canonical:  AND(W/3(OR(batter*, cell), NEAR/5(anode, silicon)), CPC=H01M4/38, PD<2015-01-01)"), e);
        assertTrue(e.contains("free text:  cell anode silicon"), e);
        assertTrue(e.contains("terms side by side are joined by AND"), e);
        String[] lines = e.split("\n");
        assertTrue(e.contains("\nAND                     all of these\n"), e);
        assertTrue(e.contains("\n  W/3                   the second after the first, at most 2 words between"), e);
        assertTrue(e.contains("\n      cell              word: stem \"cell\"\n"), e);
        assertTrue(e.contains("\n      anode             word: stem \"anod\"\n"), e);
        assertTrue(e.contains("\n      batter*           truncation of the words as written: =batter*\n"), e);
        assertTrue(e.contains("\n  CPC=H01M4/38          filter: CPC symbols starting with \"H01M4/38\"\n"), e);
        assertTrue(e.contains("\n  PD<2015-01-01         filter: publication date on or before 2014-12-31"), e);
        assertTrue(lines.length >= 15);
        String names = QueryParser.parse("PA=(acme W/1 energy) NOT the", QueryOptions.DEFAULT.withDefaultOperator(DefaultOperator.OR)).explain();
        assertTrue(names.contains("terms side by side are joined by OR"), names);
        assertTrue(names.contains("in the applicant names (a filter)"), names);
        assertTrue(names.contains("stop word: ignored, except as a proximity operand"), names);
    }

    @Test
    void withAnIndexTheExplanationListsExpansionsAndTheLuceneQuery() throws Exception {
        try (EngineView view = QueryFixture.index().view()) {
            String e = view.explain(QueryParser.parse("colo$1r W/3 display AND co*"));
            assertTrue(e.contains("truncation of the words as written: =colo$1r; "), e);
            assertTrue(e.contains("color, colour"), e);
            assertTrue(e.contains("truncation 'co*' expands to more than 500 words: add letters"), e);
            assertTrue(e.contains("lucene:     (not built: truncation 'co*' expands to more than 500 words"), e);
            String ok = view.explain(QueryParser.parse("colo$1r W/3 display"));
            assertTrue(ok.contains("lucene:     (title:MAXGAPS/2(ORDERED("), ok);
        }
    }
}
