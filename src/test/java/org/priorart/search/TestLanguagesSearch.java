package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EngineReads;
import org.priorart.config.FieldWeights;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.patent.PatentDocument;

/**
 * Thai, Indonesian, Vietnamese, German, French and Filipino documents are indexed by their own
 * chains and found by queries in their language; a document's translations are searchable in theirs;
 * LA= filters by language and each hit says its language.
 */
class TestLanguagesSearch {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        index = tmp.resolve("index");
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(Path.of("src/test/resources/languages/patents.jsonl"))));
        }
    }

    private static List<SearchHit> hits(SearchRequest request) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            return new SearchService(patents, FieldWeights.DEFAULT).search(request).hits();
        }
    }

    private static List<String> found(SearchRequest request) throws IOException {
        return hits(request).stream().map(SearchHit::publicationNumber).toList();
    }

    @Test
    void eachLanguageIsFoundByAQueryInThatLanguage() throws IOException {
        assertEquals(List.of("TH1801001234A"), found(SearchRequest.of("เครื่องอบแห้งข้าว", 5)));
        assertEquals(List.of("ID201901234A"), found(SearchRequest.of("pengeringan gabah dengan tenaga surya", 5)),
                "the Indonesian document's language was detected, and the query's");
        assertEquals("VN20123A", found(SearchRequest.of("máy sấy lúa", 5)).get(0));
        // free text ranks by any of its words: the Filipino abstract has "may" too, but ranks below
        assertEquals("VN20123A", found(SearchRequest.of("may say lua", 5)).get(0), "plain words typed without marks");
        assertEquals(List.of("PH12019500123A1"), found(SearchRequest.of("pagpapatuyo ng palay", 5)));
        assertEquals(List.of("FR3012345A1", "EP9000001B1"), found(SearchRequest.of("systèmes de fermeture à vis avec aimant", 5)),
                "the French document, and the English one by its French translation");
        List<String> german = found(SearchRequest.of("Schraubverschlüsse mit Magneten für Behälter", 5));
        assertEquals(Set.of("DE102019001234A1", "EP9000001B1"), Set.copyOf(german), "plural and singular meet: " + german);
    }


    @Test
    void laFiltersByTheDocumentsLanguageAndAnalyzesTheWordsInIt() throws IOException {
        assertEquals(List.of("DE102019001234A1"), found(SearchRequest.query("LA=de AND Magnet", 5)));
        // one German word, too short to tell: LA=de says how to read it (the English chain would not stem it so)
        assertEquals(List.of("DE102019001234A1"), found(SearchRequest.query("Schraubverschlüsse AND LA=de", 5)));
        assertEquals(List.of("FR3012345A1"), found(SearchRequest.query("LA=fr", 5)));
    }

    @Test
    void hitsSayTheirLanguageAndWhereATranslationMatched() throws IOException {
        List<SearchHit> hits = hits(SearchRequest.query("TI=(Schraubverschlusssystem)", 5));
        assertEquals(1, hits.size(), hits.toString());
        SearchHit ep = hits.get(0);
        assertEquals("EP9000001B1", ep.publicationNumber());
        assertEquals("en", ep.language());
        assertEquals("Screw-type closure system with magnetic feature", ep.title(), "the hit shows the document's own title");
        assertEquals("title (de)", ep.snippet().location());
        assertEquals("de", hits(SearchRequest.query("LA=de", 5)).get(0).language());
        assertEquals("id", hits(SearchRequest.of("pengering gabah", 5)).get(0).language(), "a detected language is said too");
    }

    @Test
    void translationsAreStoredOnceAndReadBackWhole() throws IOException {
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
            PatentDocument ep = EngineReads.get(patents, "EP9000001B1");
            assertEquals("Screw-type closure system with magnetic feature", ep.title());
            assertEquals(1, ep.claims().size());
            assertEquals(List.of("de", "fr"), ep.translations().stream().map(t -> t.language()).toList());
            assertEquals("Schraubverschlusssystem mit magnetischem Merkmal", ep.translation("de").title());
            assertTrue(ep.translation("fr").claims().get(0).text().startsWith("Système de fermeture"), ep.translation("fr").toString());
        }
    }
}
