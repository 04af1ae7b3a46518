package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EngineReads;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/**
 * The embedded index holds each language's terms as that language's chain makes them (the search
 * tests show the documents are found; here, what the index holds), and knows which languages it
 * has text in.
 */
class TestLanguageTerms {

    @TempDir
    static Path tmp;
    static Path languages;
    static Path cjk;

    @BeforeAll
    static void build() throws IOException {
        languages = ingest("languages", Path.of("src/test/resources/languages/patents.jsonl"));
        cjk = ingest("cjk", Path.of("src/test/resources/cjk/cjk-patents.jsonl"));
    }

    private static Path ingest(String name, Path input) throws IOException {
        Path index = tmp.resolve(name);
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(input)));
        }
        return index;
    }

    @Test
    void indexTermsAreThoseOfEachLanguagesChain() throws IOException {
        try (var dir = FSDirectory.open(LuceneEngine.luceneDir(languages)); DirectoryReader reader = DirectoryReader.open(dir)) {
            TermsEnum titles = MultiTerms.getTerms(reader, IndexFields.TITLE).iterator();
            for (String term : List.of("ข้าว", "=ข้าว", "=máy", "may", "schraubverschluss", "=schraubverschlusssystem",
                    "system", "=systeme", "pagpapatuyo", "ering")) {
                assertTrue(titles.seekExact(new BytesRef(term)), term + " is a title term");
            }
            assertEquals(Set.of(AnalysisLanguage.ENGLISH, AnalysisLanguage.THAI, AnalysisLanguage.INDONESIAN,
                    AnalysisLanguage.VIETNAMESE, AnalysisLanguage.GERMAN, AnalysisLanguage.FRENCH, AnalysisLanguage.FILIPINO),
                    TextLanguages.of(reader));
        }
    }

    @Test
    void indexTermsAreWordsOfEachLanguagesAnalyzerNotCharacters() throws IOException {
        try (var dir = FSDirectory.open(LuceneEngine.luceneDir(cjk)); DirectoryReader reader = DirectoryReader.open(dir)) {
            var terms = MultiTerms.getTerms(reader, IndexFields.ABSTRACT).iterator();
            // nori: the particle of 전지를 is split off; kuromoji: 釣り針 is one word; smartcn: 灰尘 is one word
            for (String word : List.of("전지", "釣り針", "灰尘", "=灰尘")) {
                assertTrue(terms.seekExact(new BytesRef(word)), word + " is an index term");
            }
            assertTrue(!terms.seekExact(new BytesRef("전지를")), "the particle is not part of the term");
        }
        try (LuceneEngine patents = LuceneEngine.openReadOnly(cjk)) {
            assertNotNull(EngineReads.get(patents, "CN105123456A"));
            assertNull(EngineReads.get(patents, "CN999"));
        }
    }
}
