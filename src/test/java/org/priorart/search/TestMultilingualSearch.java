package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.config.FieldWeights;
import org.priorart.index.IndexFields;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.index.PatentIndex;
import org.priorart.ingest.InputFiles;

/** Korean, Japanese and Chinese documents are analyzed by nori, kuromoji and smartcn. */
class TestMultilingualSearch {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        index = tmp.resolve("index");
        try (PatentIndex patents = PatentIndex.openWritable(index)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(Path.of("src/test/resources/cjk/cjk-patents.jsonl"))));
        }
    }

    private static String first(String query) throws IOException {
        try (PatentIndex patents = PatentIndex.openReadOnly(index)) {
            var hits = new SearchService(patents, FieldWeights.DEFAULT).search(SearchRequest.of(query, 3)).hits();
            return hits.isEmpty() ? null : hits.get(0).publicationNumber();
        }
    }

    @Test
    void eachLanguageIsFoundByAQueryInThatLanguage() throws IOException {
        assertEquals("KR1020150012345A", first("전지 충전"));
        assertEquals("JP2016123456A", first("おもり 釣り針"));
        assertEquals("CN105123456A", first("太阳能电池板 清洁装置"));
    }

    @Test
    void indexTermsAreWordsOfEachLanguagesAnalyzerNotCharacters() throws IOException {
        try (var dir = FSDirectory.open(PatentIndex.luceneDir(index)); DirectoryReader reader = DirectoryReader.open(dir)) {
            var terms = MultiTerms.getTerms(reader, IndexFields.ABSTRACT).iterator();
            // nori: the particle of 전지를 is split off; kuromoji: 釣り針 is one word; smartcn: 灰尘 is one word
            for (String word : List.of("전지", "釣り針", "灰尘", "=灰尘")) {
                assertTrue(terms.seekExact(new BytesRef(word)), word + " is an index term");
            }
            assertTrue(!terms.seekExact(new BytesRef("전지를")), "the particle is not part of the term");
        }
        try (PatentIndex patents = PatentIndex.openReadOnly(index)) {
            assertNotNull(patents.get("CN105123456A"));
            assertNull(patents.get("CN999"));
        }
    }
}
