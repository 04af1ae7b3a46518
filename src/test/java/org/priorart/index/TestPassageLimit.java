package org.priorart.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.EngineReads;
import org.priorart.EmbeddedIndex;
import org.priorart.TooManyClaims;
import org.priorart.config.FieldWeights;
import org.priorart.config.PassageLimits;
import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchService;

/**
 * Issue 11, item 10: a document with 10,000 independent claims queued 10,000 passages for the
 * embedding stage. Now its first {@link PassageLimits#MAX_PER_DOCUMENT} are embedded, with a warning
 * that names it and says how many were kept, and the semantic coverage still reaches 1.0.
 */
class TestPassageLimit {

    private static final Path SIMILAR = Path.of("src/test/resources/similar/prior-art-dates.jsonl");

    @TempDir
    Path tmp;

    @Test
    void aDocumentWithTenThousandClaimsIsEmbeddedUpToTheLimitWithAWarning() throws Exception {
        Path dir = tmp.resolve("index");
        Path many = Files.writeString(tmp.resolve("many.jsonl"), TooManyClaims.json() + "\n");
        RecordingProgress progress = new RecordingProgress();
        IngestSummary summary = TestIngester.ingest(dir, progress, many, SIMILAR);
        assertEquals(6, summary.indexed());

        assertEquals(1, progress.warnings.size(), progress.warnings.toString());
        String warning = progress.warnings.get(0);
        assertTrue(warning.contains("many.jsonl") && warning.contains(TooManyClaims.NUMBER), warning);
        assertTrue(warning.contains("has 10,001 passages to embed; only the first 100 are embedded"), warning);

        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            SearchService search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
            long similarPassages = search.coverage().passagesExpected() - PassageLimits.MAX_PER_DOCUMENT;
            assertTrue(similarPassages > 0 && similarPassages < 20, "the other five documents: " + similarPassages);

            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), EmbeddingProgress.NONE);
            stage.claimIndex(false);
            EmbeddingStage.Summary embedded = stage.run(new AtomicBoolean());
            assertEquals(PassageLimits.MAX_PER_DOCUMENT + similarPassages, embedded.passages());
            assertEquals(1.0, search.coverage().share(), 1e-9);
            assertTrue(search.coverage().complete());

            DocumentWriter writer = new DocumentWriter(index);
            PatentDocument doc = EngineReads.get(index, TooManyClaims.NUMBER);
            assertEquals(TooManyClaims.CLAIMS, doc.claims().size(), "every claim is kept and searchable by keyword");
            assertEquals(List.of(warning.substring(warning.indexOf(TooManyClaims.NUMBER + " has"))), writer.warnings(doc),
                    "the API's write path warns the same");
            assertEquals(List.of(), writer.warnings(EngineReads.get(index, "US7900001B2")));
        }
    }
}
