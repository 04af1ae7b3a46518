package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;

/** Checks of what the embedded engine holds on disk, read with Lucene itself (for the pipeline's tests). */
public final class IndexChecks {

    private IndexChecks() {
    }

    /** Ingests the inputs into the embedded index at the path, with two writer threads. */
    public static IngestSummary ingest(Path index, IngestProgress progress, Path... inputs) throws IOException {
        try (LuceneEngine patents = LuceneEngine.openWritable(index)) {
            return new Ingester(patents, Optional.empty(), 2, progress).ingest(InputFiles.expand(List.of(inputs)));
        }
    }

    /** The number of patents, after checking that no publication number is indexed twice. */
    public static int distinctIdsAndNoDoubles(Path index) throws IOException {
        try (var dir = FSDirectory.open(LuceneEngine.luceneDir(index)); DirectoryReader reader = DirectoryReader.open(dir)) {
            Terms ids = MultiTerms.getTerms(reader, IndexFields.ID);
            if (ids == null) {
                return 0;
            }
            TermsEnum te = ids.iterator();
            int distinct = 0;
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            while (te.next() != null) {
                var postings = org.apache.lucene.index.MultiTerms.getTermPostingsEnum(reader, IndexFields.ID, te.term());
                int liveDocs = 0;
                for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        liveDocs++;
                    }
                }
                assertTrue(liveDocs <= 1, te.term().utf8ToString() + " is indexed " + liveDocs + " times");
                distinct += liveDocs;
            }
            assertEquals(distinct, reader.numDocs(), "every live document is a patent with an id");
            return distinct;
        }
    }

}
