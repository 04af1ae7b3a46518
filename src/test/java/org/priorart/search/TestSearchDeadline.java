package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DemoIndex;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * A search past its deadline stops where it is and fails, in keyword scoring, in the proximity
 * clauses of an examiner query, in snippets and in the document view; within its deadline it ranks
 * exactly as without one.
 */
class TestSearchDeadline {

    /**
     * Seven chained NEAR/99 of the most frequent words of the descriptions: within every query limit
     * (382 clauses), and minutes of work on the demo corpus's 200 full texts (each operator minimizes
     * thousands of positions per description).
     */
    static final String SLOW = "DE=(the NEAR99 of NEAR99 the NEAR99 of NEAR99 the NEAR99 of NEAR99 the NEAR99 of)";
    private static final Duration DEADLINE = Duration.ofMillis(300);
    /** Generous, against a loaded machine: a stop comes milliseconds past the deadline. */
    private static final long BOUND_MILLIS = 3000;

    private static LuceneEngine index;
    private static SearchService search;

    @BeforeAll
    static void open() {
        index = DemoIndex.open();
        search = new SearchService(index, FieldWeights.DEFAULT);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Runs the work under a deadline of {@link #DEADLINE}; asserts it stopped with a timeout within the bound. */
    private static void stopsInTime(SearchDeadline.Work<IOException> work) {
        stopsInTime(DEADLINE, work);
    }

    private static void stopsInTime(Duration deadline, SearchDeadline.Work<IOException> work) {
        long start = System.nanoTime();
        SearchTimeoutException e = assertThrows(SearchTimeoutException.class, () -> SearchDeadline.after(deadline).run(work));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < deadline.toMillis() + BOUND_MILLIS, "stopped only after " + millis + " ms");
        assertTrue(e.getMessage().contains("deadline of " + deadline.toMillis() + " ms"), e.getMessage());
    }

    @Test
    void aKeywordSearchPastItsDeadlineStops() {
        stopsInTime(() -> search.search(SearchRequest.query(SLOW, 10)));
        stopsInTime(() -> search.search(SearchRequest.query(SLOW, 10).withoutSnippets()));
        stopsInTime(() -> search.ranking(SearchRequest.query(SLOW, 100).withoutSnippets()));
        // hybrid without models ranks by keyword on the ranking pool: that thread stops too
        stopsInTime(() -> search.search(SearchRequest.query(SLOW, 10).withMode(SearchMode.HYBRID)));
    }

    @Test
    void theDocumentViewPastItsDeadlineStops() throws IOException {
        // The longest description among the matches (not whichever ranks first: the demo index is shared
        // with other tests, and a short description may be marked within the deadline).
        String number = null;
        long longest = -1;
        for (var hit : search.search(SearchRequest.query("DE=(the W/1 invention)", 20)).hits()) {
            long length = search.get(hit.publicationNumber()).description().stream().mapToLong(p -> p.text().length()).sum();
            if (length > longest) {
                longest = length;
                number = hit.publicationNumber();
            }
        }
        String longestDocument = number;
        long start = System.nanoTime();
        search.highlights(longestDocument, SLOW, null);
        long unbounded = (System.nanoTime() - start) / 1_000_000;
        // The view's work is one document's, which the query limits bound to a few hundred ms here and
        // less on a faster machine (CI once marked it within 300 ms): the deadline is a fifth of it.
        Duration deadline = Duration.ofMillis(Math.max(1, unbounded / 5));
        stopsInTime(deadline, () -> search.highlights(longestDocument, SLOW, null));
    }

    @Test
    void aDeadlineThatHasPassedAnswersNothing() {
        // a cheap search, but its time is up: Lucene's partial result must not pass for the answer
        assertThrows(SearchTimeoutException.class, () -> SearchDeadline.after(Duration.ZERO)
                .run(() -> search.search(SearchRequest.of("battery", 10))));
    }

    @Test
    void withinItsDeadlineASearchRanksAsWithoutOne() throws IOException {
        for (String query : List.of("DE=(the NEAR3 battery) OR (lithium W/2 ion)", "(charg* OR cell) WITH electrode",
                "battery SAME anode")) {
            SearchRequest request = SearchRequest.query(query, 20);
            SearchResult without = search.search(request);
            List<SearchResult> with = new ArrayList<>();
            SearchDeadline.after(Duration.ofMinutes(5)).run(() -> with.add(search.search(request)));
            assertFalse(without.hits().isEmpty(), query);
            assertEquals(without.totalHits(), with.get(0).totalHits(), query);
            assertEquals(without.hits().size(), with.get(0).hits().size(), query);
            for (int i = 0; i < without.hits().size(); i++) {
                SearchHit a = without.hits().get(i);
                SearchHit b = with.get(0).hits().get(i);
                assertEquals(a.publicationNumber(), b.publicationNumber(), query);
                assertEquals(a.score(), b.score(), query);
                assertEquals(a.snippet(), b.snippet(), query);
            }
        }
    }

    @Test
    void theDeadlineIsTheThreadsOnlyWhileItsWorkRuns() throws IOException {
        assertSame(SearchDeadline.NONE, SearchDeadline.current());
        SearchDeadline deadline = SearchDeadline.after(Duration.ofMinutes(1));
        SearchDeadline[] seen = new SearchDeadline[1];
        deadline.run(() -> seen[0] = SearchDeadline.current());
        assertSame(deadline, seen[0]);
        assertSame(SearchDeadline.NONE, SearchDeadline.current());
        assertFalse(SearchDeadline.NONE.passed());
        assertNotNull(search.search(SearchRequest.of("battery", 1)), "no deadline: a search runs to its end");
    }
}
