package org.priorart.engine.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DemoIndex;
import org.priorart.config.FieldWeights;
import org.priorart.engine.FieldMatches;
import org.priorart.engine.Snippet;
import org.priorart.engine.lucene.query.ExaminerQueryCompiler;
import org.priorart.engine.lucene.query.FreeTextQueries;
import org.priorart.query.ExaminerQuery;
import org.priorart.search.SearchService;

/**
 * Snippets of plain-term queries are made from each field's terms, not from Weight.matches(): the
 * faster way must choose the same passages and mark the same words, on the demo corpus (abstracts
 * and full texts with claims and descriptions).
 */
class TestSnippetHighlighter {

    private static LuceneEngine index;

    @BeforeAll
    static void open() {
        index = DemoIndex.open();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void plainTermQueriesGetTheSameSnippetsWithoutWeightMatches() throws IOException {
        List<String> texts = List.of(
                "lithium ion battery with a silicon anode",
                "A method of compressing video frames using motion estimation between reference frames",
                "wireless sensor network node that harvests energy from vibration",
                "antibody binding to a tumor antigen for cancer therapy",
                "semiconductor device with a gate electrode and a dielectric layer",
                "the the of and", // stop words only: no query at all
                "neural network training with a loss function and gradient descent on a GPU");
        FreeTextQueries builder = new FreeTextQueries(FieldWeights.DEFAULT);
        IndexSearcher searcher = index.searchers().acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            int compared = 0;
            int same = 0;
            for (String text : texts) {
                Query q = builder.build(text, reader, TextLanguages.of(reader));
                if (q == null) {
                    continue;
                }
                assertTrue(SnippetHighlighter.termsOnly(q), "free text is plain terms: " + text);
                int[] docs = Arrays.stream(searcher.search(q, 20).scoreDocs).mapToInt(d -> d.doc).toArray();
                boolean[] matched = new boolean[docs.length];
                Arrays.fill(matched, true);
                Snippet[] fast = SnippetHighlighter.bestSnippets(searcher, q, docs, FieldWeights.DEFAULT.asMap(), matched, false);
                Snippet[] exact = SnippetHighlighter.bestSnippets(searcher, q, docs, FieldWeights.DEFAULT.asMap(), matched, true);
                for (int i = 0; i < docs.length; i++) {
                    assertEquals(exact[i] == null, fast[i] == null, "a snippet for the same documents");
                    if (fast[i] == null) {
                        continue;
                    }
                    // The passage may be another one of similar score (the two ways weigh repeated
                    // words a little differently), but it marks exactly what the search matched there.
                    assertEquals(marksOf(searcher, q, docs[i], fast[i]), fast[i].highlights(), "'" + text + "' in " + fast[i]);
                    same += fast[i].equals(exact[i]) ? 1 : 0;
                    compared++;
                }
            }
            assertTrue(compared >= 100, "compared " + compared + " documents");
            assertTrue(same >= compared * 0.8, "the same passage for most documents: " + same + " of " + compared);
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** Every match of the query in the snippet's stretch of its field value, as Weight.matches() finds them. */
    private static List<Snippet.Range> marksOf(IndexSearcher searcher, Query q, int doc, Snippet snippet) throws IOException {
        String value = searcher.storedFields().document(doc).getValues(snippet.field())[snippet.valueIndex()];
        int at = value.indexOf(snippet.text());
        assertTrue(at >= 0, "the snippet is a stretch of its value: " + snippet);
        List<Snippet.Range> marks = new ArrayList<>();
        for (FieldMatches m : SnippetHighlighter.allMatches(searcher, q, doc, List.of(snippet.field()))) {
            if (m.valueIndex() != snippet.valueIndex()) {
                continue;
            }
            for (Snippet.Range r : m.highlights()) {
                if (r.start() >= at && r.end() <= at + snippet.text().length()) {
                    marks.add(new Snippet.Range(r.start() - at, r.end() - at));
                }
            }
        }
        return marks;
    }

    private static boolean termsOnly(String examinerQuery) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            ExaminerQuery parsed = SearchService.parse(examinerQuery);
            IndexReader reader = searcher.getIndexReader();
            return SnippetHighlighter.termsOnly(ExaminerQueryCompiler.compile(parsed, FieldWeights.DEFAULT,
                    ExaminerQueryCompiler.terms(parsed, reader, TextLanguages.of(reader)), null));
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void phrasesTruncationAndProximityKeepWeightMatches() throws Exception {
        assertTrue(termsOnly("battery AND anode NOT cathode"));
        assertFalse(termsOnly("\"silicon anode\""));
        assertFalse(termsOnly("batter*"));
        assertFalse(termsOnly("battery W/3 anode"));
        assertFalse(termsOnly("battery SAME anode"));
    }
}
