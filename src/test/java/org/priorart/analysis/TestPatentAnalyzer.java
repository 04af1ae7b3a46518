package org.priorart.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPatentAnalyzer {

    private static PatentAnalyzer analyzer(AnalysisLanguage l, PatentAnalyzer.Mode m) {
        return Analyzers.get(l, m);
    }

    @Test
    void englishIndexWritesStemAndExactFormAtOnePosition() {
        List<String> terms = AnalysisTestSupport.termsWithPositions(
                analyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX), "The Batteries charged");
        assertEquals(List.of("=the@0", "=batteries@1", "batteri@1", "=charged@2", "charg@2", "\u0001p@3"), terms);
    }

    @Test
    void englishQueryGivesStemsWithoutStopWords() {
        assertEquals(List.of("batteri", "charg"),
                AnalysisTestSupport.terms(analyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.QUERY), "the batteries are charged"));
    }

    @Test
    void exactModeKeepsSurfaceFormsAndStopWords() {
        assertEquals(List.of("=the", "=batteries", "=are", "=charged"),
                AnalysisTestSupport.terms(analyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.EXACT), "the Batteries are charged"));
    }

    @Test
    void sentenceMarksBetweenSentencesButNotAfterAbbreviations() {
        List<String> terms = AnalysisTestSupport.terms(analyzer(AnalysisLanguage.ENGLISH, PatentAnalyzer.Mode.INDEX),
                "See U.S. Pat. No. 5,123,456 and FIG. 2 for the anode. The cathode is shown e.g. in FIG. 3. Done");
        long sentences = terms.stream().filter(BoundaryMarks.SENTENCE::equals).count();
        assertEquals(2, sentences, terms.toString());
        int anode = terms.indexOf("=anode");
        assertEquals(BoundaryMarks.SENTENCE, terms.get(anode + 2));
        assertEquals(BoundaryMarks.PARAGRAPH, terms.get(terms.size() - 1));
    }

    @Test
    void japaneseUsesKuromojiWithBaseForms() {
        List<String> terms = AnalysisTestSupport.terms(analyzer(AnalysisLanguage.JAPANESE, PatentAnalyzer.Mode.INDEX),
                "リチウムイオン電池を充電した。負極は炭素である。");
        assertTrue(terms.contains("電池"), terms.toString());
        assertTrue(terms.contains("=電池"), terms.toString());
        assertTrue(terms.contains("充電"), terms.toString());
        assertTrue(terms.contains(BoundaryMarks.SENTENCE), terms.toString());
        assertFalse(terms.contains("を"), "particles are dropped: " + terms);
    }

    @Test
    void koreanUsesNori() {
        List<String> terms = AnalysisTestSupport.terms(analyzer(AnalysisLanguage.KOREAN, PatentAnalyzer.Mode.QUERY),
                "리튬 이온 전지를 충전하는 방법");
        assertTrue(terms.contains("전지"), terms.toString());
        assertTrue(terms.contains("충전"), terms.toString());
        assertFalse(terms.contains("를"), terms.toString());
    }

    @Test
    void chineseUsesSmartcnWordSegmentation() {
        List<String> terms = AnalysisTestSupport.terms(analyzer(AnalysisLanguage.CHINESE, PatentAnalyzer.Mode.INDEX),
                "一种锂离子电池的充电方法。负极材料为石墨。");
        assertTrue(terms.contains("电池"), terms.toString());
        assertTrue(terms.contains("=电池"), terms.toString());
        assertTrue(terms.contains(BoundaryMarks.SENTENCE), terms.toString());
        assertFalse(terms.contains("。"), terms.toString());
    }

    @Test
    void detectorTellsScriptsApart() {
        assertEquals(AnalysisLanguage.KOREAN, LanguageDetector.detect("리튬 이온 전지를 충전하는 방법"));
        assertEquals(AnalysisLanguage.JAPANESE, LanguageDetector.detect("リチウムイオン電池を充電した"));
        assertEquals(AnalysisLanguage.CHINESE, LanguageDetector.detect("一种锂离子电池的充电方法"));
        assertEquals(AnalysisLanguage.ENGLISH, LanguageDetector.detect("A lithium ion battery (锂电池) charger"));
        assertEquals(AnalysisLanguage.JAPANESE, LanguageDetector.resolve("ja", "no script here"));
    }
}
