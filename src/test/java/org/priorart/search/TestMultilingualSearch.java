package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.config.FieldWeights;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;

/** Korean, Japanese and Chinese documents are analyzed by nori, kuromoji and smartcn. */
class TestMultilingualSearch {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws IOException {
        index = tmp.resolve("index");
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            new Ingester(patents, Optional.empty(), 1, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(Path.of("src/test/resources/cjk/cjk-patents.jsonl"))));
        }
    }

    private static String first(String query) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openReadOnly(index)) {
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

}
