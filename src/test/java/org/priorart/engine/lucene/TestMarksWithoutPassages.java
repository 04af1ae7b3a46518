package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.config.FieldWeights;
import org.priorart.index.EmbeddingProgress;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.search.SearchService;

/**
 * Issue 11: an index reset by an earlier version ('embed --reset' dropped every passage and kept
 * every mark) is repaired by the next embedding run. The broken state is made here as the old
 * version made it, in Lucene itself.
 */
class TestMarksWithoutPassages {

    private static final Path SIMILAR = Path.of("src/test/resources/similar/prior-art-dates.jsonl");
    private static final Path CJK = Path.of("src/test/resources/cjk/cjk-patents.jsonl");

    @TempDir
    Path tmp;

    private static void ingest(LuceneEngine index, Path... inputs) throws IOException {
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(inputs)));
    }

    /** An index reset by an earlier version (every passage dropped, the marks kept) is repaired by the next run. */
    @Test
    void patentsMarkedEmbeddedWithoutPassagesAreEmbeddedAgain() throws Exception {
        Path dir = tmp.resolve("index");
        try (LuceneEngine index = LuceneEngine.openWritable(dir)) {
            ingest(index, SIMILAR, CJK);
            EmbeddingStage stage = new EmbeddingStage(index, EmbeddedIndex.models(), EmbeddingProgress.NONE);
            stage.claimIndex(false);
            stage.run(new AtomicBoolean());
            // What 'embed --reset' did before issue 11: drop every passage, keep every mark.
            index.writer().deleteDocuments(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PASSAGE)));
            index.commit();
            index.refresh();
            SearchService search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
            assertEquals(0, search.coverage().passagesEmbedded());

            assertEquals(8, stage.claimIndex(false), "every marked patent lost its passages");
            index.refresh();
            assertEquals(0, search.coverage().patentsEmbedded(), "no mark is left without its passages");
            EmbeddingStage.Summary again = stage.run(new AtomicBoolean());
            assertEquals(8, again.patents());
            assertEquals(again.passages(), again.cacheHits(), "the vectors come from the cache");
            assertEquals(1.0, search.coverage().share(), 1e-9);
            assertTrue(search.coverage().complete());
            assertEquals(0, stage.claimIndex(false), "nothing to repair once embedded");
        }
    }
}
