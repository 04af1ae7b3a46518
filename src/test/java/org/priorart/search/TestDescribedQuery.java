package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.FieldMatches;
import org.priorart.DescribedIndex;
import org.priorart.EmbeddedIndex;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * Issue 11, item 9: a description typed as the examiner query finds its paraphrase in semantic and
 * hybrid mode (it ranks as free text and filters nothing), while keyword mode keeps its Boolean
 * meaning and an examiner query with operators keeps its own in every mode.
 */
class TestDescribedQuery {

    private static LuceneEngine index;
    private static SearchService search;

    @BeforeAll
    static void open() throws Exception {
        index = DescribedIndex.open();
        search = new SearchService(index, FieldWeights.DEFAULT, EmbeddedIndex.models());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchResult run(String query, String text, SearchMode mode) throws IOException {
        return search.search(new SearchRequest(query, text, 10, 0, SearchFilters.NONE, true, mode, Fusion.DEFAULT, false));
    }

    private static List<String> numbers(SearchResult r) {
        return r.hits().stream().map(SearchHit::publicationNumber).toList();
    }

    @Test
    void theDescriptionFindsItsParaphraseFirstInSemanticAndHybridMode() throws IOException {
        for (SearchMode mode : List.of(SearchMode.SEMANTIC, SearchMode.HYBRID)) {
            SearchResult r = run(DescribedIndex.QUERY, null, mode);
            assertFalse(r.hits().isEmpty(), mode + ": the query filtered everything out");
            assertEquals(DescribedIndex.PARAPHRASE, numbers(r).get(0), mode + ": " + numbers(r));
            assertEquals(5, r.hits().size(), "nothing filtered: " + numbers(r));
            assertTrue(r.notes().stream().anyMatch(n -> n.contains("ranks as free text and filters nothing")), r.notes().toString());
            // exactly as the same words given as the free text rank
            assertEquals(numbers(run(null, DescribedIndex.QUERY, mode)), numbers(r), mode.toString());
        }
    }

    @Test
    void keywordModeKeepsItsBooleanMeaning() throws IOException {
        SearchResult r = run(DescribedIndex.QUERY, null, SearchMode.KEYWORD);
        assertEquals(0, r.totalHits(), "no document holds every word: " + numbers(r));
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("free text")), r.notes().toString());
        assertEquals(List.of(DescribedIndex.PARAPHRASE), numbers(run("lithium silicon anode", null, SearchMode.KEYWORD)));
    }

    @Test
    void anExaminerQueryWithOperatorsKeepsItsMeaningInEveryMode() throws IOException {
        for (SearchMode mode : SearchMode.values()) {
            // an operator in capitals: the query filters the semantic candidates, as before
            assertEquals(List.of(), numbers(run("power storage unit AND Si negative pole", null, mode)), mode.toString());
            assertEquals(List.of(DescribedIndex.PARAPHRASE), numbers(run("lithium AND (silicon NEAR/3 anode)", null, mode)),
                    mode.toString());
            assertEquals(List.of(DescribedIndex.PARAPHRASE), numbers(run("\"solid electrolyte\" rechargeable", null, mode)),
                    mode.toString());
        }
    }

    @Test
    void aDescriptionWithATextIsFreeTextBesideIt() throws IOException {
        SearchResult r = run(DescribedIndex.QUERY, "a capacitor with a solid electrolyte", SearchMode.HYBRID);
        assertEquals(5, r.hits().size(), "nothing filtered: " + numbers(r));
        assertTrue(numbers(r).subList(0, 2).contains(DescribedIndex.PARAPHRASE), numbers(r).toString());
    }

    @Test
    void aDescriptionThatIsNoValidExaminerQueryStillSearchesAndMarks() throws IOException {
        // read as an examiner query this is "battery WITH OR ...": a syntax error in keyword mode
        String prose = "a battery with or without a liquid electrolyte";
        SearchResult r = run(prose, null, SearchMode.SEMANTIC);
        assertFalse(r.hits().isEmpty());
        List<FieldMatches> marks = search.highlights(DescribedIndex.PARAPHRASE, prose, null);
        assertFalse(marks.isEmpty(), "the document view marks the description's words");
    }
}
