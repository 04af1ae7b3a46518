package org.priorart.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chains of German, French, Thai, Indonesian, Vietnamese and Filipino, and detection among them. */
class TestLanguageChains {

    private static List<String> index(AnalysisLanguage l, String text) {
        return AnalysisTestSupport.terms(Analyzers.get(l, PatentAnalyzer.Mode.INDEX), text);
    }

    private static List<String> query(AnalysisLanguage l, String text) {
        return AnalysisTestSupport.terms(Analyzers.get(l, PatentAnalyzer.Mode.QUERY), text);
    }

    private static List<String> exact(AnalysisLanguage l, String text) {
        return AnalysisTestSupport.terms(Analyzers.get(l, PatentAnalyzer.Mode.EXACT), text);
    }

    @Test
    void germanIsNormalizedAndLightlyStemmed() {
        List<String> terms = index(AnalysisLanguage.GERMAN, "Schraubverschlüsse mit magnetischem Merkmal für Behälter");
        assertTrue(terms.contains("=schraubverschlusse"), terms.toString());
        assertTrue(terms.contains("schraubverschluss"), "plural and singular meet: " + terms);
        assertTrue(terms.contains("magnetisch"), terms.toString());
        assertFalse(terms.contains("mit"), "stop words are not indexed as words: " + terms);
        assertTrue(terms.contains("=fur"), "the exact forms keep stop words, normalized: " + terms);
        assertFalse(terms.contains("fur"), "the normalized stop word list matches 'für': " + terms);
        assertEquals(List.of("schraubverschluss"), query(AnalysisLanguage.GERMAN, "Schraubverschluss"));
        assertEquals(List.of("=gehause"), exact(AnalysisLanguage.GERMAN, "Gehäuse"), "exact forms agree with the index");
    }

    @Test
    void frenchElidesFoldsAndStems() {
        List<String> terms = index(AnalysisLanguage.FRENCH, "Systèmes de fermeture à vis comprenant l'aimant");
        assertTrue(terms.contains("=systemes") && terms.contains("system"), terms.toString());
        assertTrue(terms.contains("=aimant") && !terms.contains("=l'aimant"), "elision: " + terms);
        assertFalse(terms.contains("de"), terms.toString());
        assertEquals(query(AnalysisLanguage.FRENCH, "système"), query(AnalysisLanguage.FRENCH, "systemes"),
                "accents and plural do not matter to plain words");
    }

    @Test
    void indonesianUsesLucenesStemmer() {
        List<String> terms = index(AnalysisLanguage.INDONESIAN, "Alat pengering gabah dengan pemanas");
        assertTrue(terms.contains("=pengering"), terms.toString());
        // Lucene's stemmer has no dictionary: it strips peng- and -an but cannot restore the k of "kering";
        // what matters is that the forms of one word meet
        assertTrue(terms.contains("ering"), "the prefix peng- is removed: " + terms);
        assertFalse(terms.contains("dengan"), "stop word: " + terms);
        assertEquals(List.of("ering"), query(AnalysisLanguage.INDONESIAN, "pengeringan"));
        assertEquals(query(AnalysisLanguage.INDONESIAN, "pemanas"), query(AnalysisLanguage.INDONESIAN, "pemanasan"));
    }

    @Test
    void vietnameseKeepsDiacriticsInExactFormsAndFoldsPlainWords() {
        List<String> terms = index(AnalysisLanguage.VIETNAMESE, "Máy sấy lúa");
        assertEquals(List.of("=máy", "may", "=sấy", "say", "=lúa", "lua", "\u0001p"), terms);
        assertEquals(List.of("may", "say"), query(AnalysisLanguage.VIETNAMESE, "máy sấy"));
        assertEquals(List.of("may", "say"), query(AnalysisLanguage.VIETNAMESE, "may say"), "typed without marks");
        assertEquals(List.of("=máy"), exact(AnalysisLanguage.VIETNAMESE, "máy"), "a quoted word keeps its marks");
    }

    @Test
    void filipinoIsTokenizedWithoutStemming() {
        List<String> terms = index(AnalysisLanguage.FILIPINO, "Makina sa pagpapatuyo ng palay");
        assertTrue(terms.containsAll(List.of("=makina", "makina", "pagpapatuyo", "palay", "ng")), terms.toString());
    }

    @Test
    void thaiIsSplitIntoWords() {
        List<String> terms = index(AnalysisLanguage.THAI, "เครื่องอบแห้งข้าว");
        assertTrue(terms.contains("เครื่อง"), terms.toString());
        assertTrue(terms.contains("ข้าว"), terms.toString());
        assertTrue(terms.contains("=ข้าว"), terms.toString());
        assertFalse(terms.contains("เครื่องอบแห้งข้าว"), "not one token for the whole text: " + terms);
    }

    @Test
    void scriptsAndVietnameseLettersNeedNoStatistics() {
        assertEquals(AnalysisLanguage.THAI, LanguageDetector.detect("เครื่องอบแห้งข้าว"));
        assertEquals(AnalysisLanguage.VIETNAMESE, LanguageDetector.detect("máy sấy lúa"));
        assertEquals(AnalysisLanguage.ENGLISH, LanguageDetector.detect("Verfahren zur Herstellung"),
                "without candidates, Latin text is English and no model is loaded");
    }

    @Test
    void latinLanguagesAreToldApartAmongCandidates() {
        Set<AnalysisLanguage> all = LanguageDetector.LATIN;
        assertEquals(AnalysisLanguage.GERMAN, LanguageDetector.detect("Verfahren zur Herstellung eines Schraubverschlusses", all));
        assertEquals(AnalysisLanguage.FRENCH, LanguageDetector.detect("procédé de fabrication d'un système de fermeture", all));
        assertEquals(AnalysisLanguage.INDONESIAN, LanguageDetector.detect("alat pengering gabah dengan pemanas", all));
        assertEquals(AnalysisLanguage.FILIPINO, LanguageDetector.detect("paraan ng paglilinis ng mga solar panel", all));
        assertEquals(AnalysisLanguage.ENGLISH, LanguageDetector.detect("a battery with a silicon anode", all));
        for (String shortEnglish : List.of("fuel cell membrane", "wind turbine", "silicon anode", "sensor", "composition")) {
            assertEquals(AnalysisLanguage.ENGLISH, LanguageDetector.detect(shortEnglish, all),
                    "too short to tell stays English: " + shortEnglish);
        }
        assertEquals(AnalysisLanguage.ENGLISH, LanguageDetector.detect("Verfahren zur Herstellung", Set.of(AnalysisLanguage.ENGLISH)),
                "German is not a candidate of an index without German text");
    }

    @Test
    void codesAndAliases() {
        assertEquals(AnalysisLanguage.FILIPINO, AnalysisLanguage.forCode("fil"));
        assertEquals(AnalysisLanguage.GERMAN, AnalysisLanguage.forCode("de-AT"));
        assertEquals(AnalysisLanguage.ENGLISH, AnalysisLanguage.forCode("es"), "no chain of its own: English");
        assertEquals(null, AnalysisLanguage.known("xx"));
    }
}
