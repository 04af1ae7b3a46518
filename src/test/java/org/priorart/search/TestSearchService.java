package org.priorart.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.engine.Snippet;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.FieldMatches;
import org.priorart.DemoIndex;
import org.priorart.config.SearchCounts;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.patent.PatentDocument;

/** Known queries on the demo corpus (data/corpus) return the documents they must. */
class TestSearchService {

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

    private static List<String> top(String query, int n) throws IOException {
        return search.search(SearchRequest.of(query, n)).hits().stream().map(SearchHit::publicationNumber).toList();
    }

    @Test
    void anAbstractFindsItsOwnPatentFirst() throws IOException {
        PatentDocument hook = search.get("US6836996");
        assertEquals("US6836996", top(hook.abstractText(), 1).get(0));
    }

    @Test
    void aPastedClaimMarksItsWordsNotItsBoilerplate() throws IOException {
        String claim = "1. A flexible battery comprising at least one anode made from a silicon alloy, wherein the anode "
                + "is stretchable and which has a plurality of cuts.";
        SearchResult r = search.search(SearchRequest.of(claim, 10).withMode(SearchMode.KEYWORD));
        List<String> boilerplate = List.of("a", "at", "least", "one", "from", "comprising", "wherein", "which", "has",
                "plurality", "of", "is", "and", "the", "1");
        java.util.Set<String> marked = new java.util.TreeSet<>();
        for (SearchHit h : r.hits()) {
            assertNotNull(h.snippet(), "every hit shows why it matched: " + h.publicationNumber());
            for (Snippet.Range range : h.snippet().highlights()) {
                marked.add(h.snippet().text().substring(range.start(), range.end()).toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(marked.stream().noneMatch(boilerplate::contains), "boilerplate marked: " + marked);
        assertTrue(marked.containsAll(List.of("battery", "anode", "stretchable")), "the claim's own words: " + marked);
        // The document view marks the same way.
        List<FieldMatches> inDocument = search.highlights("US20170250447", null, claim);
        PatentDocument doc = search.get("US20170250447");
        java.util.Set<String> docMarks = new java.util.TreeSet<>();
        for (FieldMatches m : inDocument) {
            String value = switch (m.field()) {
                case "title" -> doc.title();
                case "abstract" -> doc.abstractText();
                case "claims" -> doc.claims().get(m.valueIndex()).text();
                default -> doc.description().get(m.valueIndex()).text();
            };
            m.highlights().forEach(range -> docMarks.add(value.substring(range.start(), range.end()).toLowerCase(Locale.ROOT)));
        }
        assertTrue(docMarks.contains("stretchable") && docMarks.stream().noneMatch(boilerplate::contains), "in the document: " + docMarks);
    }

    @Test
    void wordsFindTheFullTextApplication() throws IOException {
        assertEquals("US20170250447", top("stretchable battery folded cut", 3).get(0));
    }

    @Test
    void papersFindThePatentsTheirAuthorsFiled() throws IOException {
        Map<String, String> qrels = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("data/eval/paper-qrels-sample.trec"))) {
            String[] f = line.split("\\s+");
            qrels.put(f[0], f[2]);
        }
        int found = 0;
        int asked = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of("data/eval/paper-queries-sample.jsonl"))) {
            String line;
            while ((line = r.readLine()) != null && asked < 40) {
                JsonNode q = Json.mapper().readTree(line);
                asked++;
                if (top(q.path("title").asText() + " " + q.path("abstract").asText(), 10).contains(qrels.get(q.path("id").asText()))) {
                    found++;
                }
            }
        }
        // BM25 finds the paired patent in the top 10 for ~99% of papers (see README, Ranking)
        assertTrue(found >= 38, found + " of " + asked);
    }

    @Test
    void snippetsMarkTheQueryWordsInTheBestPassage() throws IOException {
        SearchHit hit = search.search(SearchRequest.of("stretchable battery", 1)).hits().get(0);
        Snippet s = hit.snippet();
        assertNotNull(s);
        assertFalse(s.highlights().isEmpty());
        for (Snippet.Range r : s.highlights()) {
            String word = s.text().substring(r.start(), r.end()).toLowerCase(Locale.ROOT);
            assertTrue(word.startsWith("stretchab") || word.startsWith("batter"), word);
        }
        assertTrue(s.location().matches("abstract|title|claim \\d+|description paragraph \\d+"), s.location());
    }

    @Test
    void cpcPrefixFilterKeepsOnlyThatPartOfTheHierarchy() throws IOException {
        SearchResult r = search.search(SearchRequest.text("container lid", 50).withFilters(new SearchFilters(List.of("B65D"), null, null)));
        assertFalse(r.hits().isEmpty());
        for (SearchHit h : r.hits()) {
            assertTrue(h.cpc().stream().anyMatch(c -> c.startsWith("B65D")), h.publicationNumber() + " " + h.cpc());
        }
        SearchResult group = search.search(SearchRequest.text("container lid", 50).withFilters(new SearchFilters(List.of("B65D 43"), null, null)));
        for (SearchHit h : group.hits()) {
            assertTrue(h.cpc().stream().anyMatch(c -> c.startsWith("B65D43/")), h.publicationNumber() + " " + h.cpc());
        }
        assertTrue(group.totalHits() < r.totalHits());
    }

    /**
     * An examiner query is counted exactly up to 10,000 (set sizes build a strategy); free text
     * alone, which matches most of the collection by some word, only up to 1,000: its count says
     * nothing, and counting further would keep Lucene from skipping what cannot rank.
     */
    @Test
    void freeTextIsCountedToAThousandAndAnExaminerQueryToTenThousand() throws IOException {
        String pasted = "A battery with an electrode, a separator and an electrolyte, wherein the device "
                + "has a housing, a lid and a circuit for the method of charging the cell";
        SearchResult free = search.search(SearchRequest.text(pasted, 10).withoutSnippets());
        assertFalse(free.totalIsExact(), "a lower bound: more documents match");
        assertTrue(free.totalHits() >= SearchCounts.RANKED_EXACT_UP_TO && free.totalHits() < SearchCounts.EXACT_UP_TO,
                "counted to the bound (Lucene stops a little past it): " + free.totalHits());
        SearchResult examiner = search.search(SearchRequest.query("battery OR device OR method OR housing", 10).withoutSnippets());
        assertTrue(examiner.totalIsExact(), "an examiner query is counted exactly: " + examiner.totalHits());
        assertTrue(examiner.totalHits() > SearchCounts.RANKED_EXACT_UP_TO, "past the free-text bound: " + examiner.totalHits());
    }

    @Test
    void dateFilterKeepsEarlierPublicationsOnly() throws IOException {
        LocalDate cutoff = LocalDate.of(2008, 1, 1);
        SearchResult r = search.search(SearchRequest.text("battery", 100).withFilters(new SearchFilters(List.of(), cutoff, null)));
        assertFalse(r.hits().isEmpty());
        r.hits().forEach(h -> assertTrue(h.publicationDate().isBefore(cutoff), h.publicationNumber()));
        SearchResult later = search.search(SearchRequest.text("battery", 100).withFilters(new SearchFilters(List.of(), null, cutoff)));
        later.hits().forEach(h -> assertFalse(h.publicationDate() != null && h.publicationDate().isBefore(cutoff)));
    }

    @Test
    void pagingContinuesTheSameRanking() throws IOException {
        List<String> first20 = top("lithium battery electrode", 20);
        SearchResult second = search.search(SearchRequest.text("lithium battery electrode", 10).withPage(10, 10));
        assertEquals(first20.subList(10, 20), second.hits().stream().map(SearchHit::publicationNumber).toList());
        assertEquals(11, second.hits().get(0).rank());
    }

    @Test
    void anExaminerQueryFiltersAndRanksAndItsErrorsSayWhere() throws IOException {
        SearchResult r = search.search(SearchRequest.query("stretchable W/3 batter* AND TI=(stretchable)", 5));
        assertEquals("US20170250447", r.hits().get(0).publicationNumber());
        SearchResult cpc = search.search(SearchRequest.query("container AND CPC=B65D AND PD<2010-01-01", 50));
        assertFalse(cpc.hits().isEmpty());
        for (SearchHit h : cpc.hits()) {
            assertTrue(h.cpc().stream().anyMatch(c -> c.startsWith("B65D")));
            assertTrue(h.publicationDate().isBefore(LocalDate.of(2010, 1, 1)));
        }
        // query and text together: the query filters, the text ranks
        SearchResult both = search.search(new SearchRequest("CPC=B65D", "container with a hinged lid", 10, 0,
                SearchFilters.NONE, true, SearchMode.KEYWORD, Fusion.DEFAULT, false));
        both.hits().forEach(h -> assertTrue(h.cpc().stream().anyMatch(c -> c.startsWith("B65D"))));
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> search.search(SearchRequest.query("(battery AND anode", 5)));
        assertEquals(18, e.position(), e.getMessage());
    }

    @Test
    void stopWordsOnlyGivesNoHitsNotAnError() throws IOException {
        assertEquals(0, search.search(SearchRequest.of("the of and", 10)).hits().size());
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(" ", 10)).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("x", 0)).getMessage().contains("size"));
        // from + size past Integer.MAX_VALUE must not wrap around to a small number and pass
        Paging.BadPageException deep = assertThrows(Paging.BadPageException.class,
                () -> SearchRequest.of("x", 10).withPage(Integer.MAX_VALUE - 7, 10));
        assertEquals("from", deep.parameter());
        assertEquals("from + size must be at most 10000, was 2147483650: narrow the search rather than paging deeper",
                deep.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SearchFilters(List.of("batteries"), null, null)).getMessage().contains("'batteries'"));
    }
}
