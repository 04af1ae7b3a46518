package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DemoIndex;
import org.priorart.config.FieldWeights;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;

/** The keyword mode on the demo corpus: text topics, patent topics and the self-exclusion. */
class TestServiceTopicSearcher {

    private static LuceneEngine index;
    private static SearchService service;
    private static ServiceTopicSearcher searcher;

    @BeforeAll
    static void open() {
        index = DemoIndex.open();
        service = new SearchService(index, FieldWeights.DEFAULT);
        searcher = new ServiceTopicSearcher(service);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> ids(List<RankedDoc> docs) {
        return docs.stream().map(RankedDoc::docId).toList();
    }

    /** The plain search service ranking of a text, as normalized ids. */
    private static List<String> plain(String text, int n) throws IOException {
        return service.search(SearchRequest.of(text, n).withoutSnippets()).hits().stream()
                .map(h -> DocIds.normalize(h.publicationNumber())).toList();
    }

    @Test
    void aTextTopicIsTheSearchServiceRanking() throws IOException {
        String text = "stretchable battery folded cut";
        List<RankedDoc> docs = searcher.search(Topic.ofText("q1", text), "keyword", 5);
        assertEquals(plain(text, 5), ids(docs));
        assertEquals("US20170250447", docs.get(0).docId());
        for (int i = 1; i < docs.size(); i++) {
            assertTrue(docs.get(i - 1).score() >= docs.get(i).score());
        }
    }

    @Test
    void aPatentTopicIsTheSimilarSearchOfItsDocument() throws IOException {
        PatentDocument doc = service.get("US20190198391");
        List<RankedDoc> docs = searcher.search(Topic.ofPatent("p1", "US 2019/0198391 A1"), "keyword", 20);
        List<String> similar = service.similar(SimilarRequest.of("US20190198391", 20).withoutSnippets()
                .withRule(org.priorart.engine.PriorArtRule.EFFECTIVE)).hits().stream().map(h -> DocIds.normalize(h.publicationNumber())).toList();
        assertEquals(similar, ids(docs));
        assertFalse(ids(docs).contains("US20190198391"), "never itself");
        assertFalse(docs.isEmpty());
        for (String id : ids(docs)) {
            PatentDocument hit = service.get(id);
            boolean publishedBefore = hit.publicationDate() != null && hit.publicationDate().isBefore(doc.effectiveDate());
            boolean filedBefore = hit.effectiveDate() != null && hit.effectiveDate().isBefore(doc.effectiveDate());
            assertTrue(publishedBefore || filedBefore, id + " is prior art by date");
        }
    }

    @Test
    void aPatentTopicRankingHasNoDoubles() throws IOException {
        List<RankedDoc> docs = searcher.search(Topic.ofPatent("p1", "US20190198391"), "keyword", SearchRequest.MAX_SIZE);
        assertTrue(docs.size() > 100 && docs.size() <= SearchRequest.MAX_SIZE, "" + docs.size());
        assertFalse(ids(docs).contains("US20190198391"));
        assertEquals(docs.size(), ids(docs).stream().distinct().count());
    }

    @Test
    void aTopicNamedAfterAPatentDoesNotFindThatPatent() throws IOException {
        // the CPC set's shape: the id is a patent, the text its abstract, which finds the patent first
        String abstractText = service.get("US6836996").abstractText();
        assertEquals("US6836996", plain(abstractText, 1).get(0));
        List<RankedDoc> docs = searcher.search(Topic.ofText("US6836996", abstractText), "keyword", 10);
        assertEquals(plain(abstractText, 11).subList(1, 11), ids(docs));
    }

    @Test
    void aPatentMissingFromTheIndex() throws IOException {
        TopicException e = assertThrows(TopicException.class,
                () -> searcher.search(Topic.ofPatent("x1", "US1234"), "keyword", 10));
        assertEquals("topic x1: US1234 is not in the index", e.getMessage());
        // with text, the text is searched instead
        List<RankedDoc> docs = searcher.search(new Topic("x2", "stretchable battery", "US1234"), "keyword", 3);
        assertEquals("US20170250447", docs.get(0).docId());
    }

    @Test
    void modesThatDoNotExistNameTheAvailableOnes() {
        assertEquals(List.of("keyword"), searcher.modes());
        UnknownModeException planned = assertThrows(UnknownModeException.class,
                () -> searcher.search(Topic.ofText("q", "battery"), "semantic", 10));
        assertEquals("mode 'semantic' needs embedding models and an index with passage vectors ('./priorart embed'); "
                + "available modes: keyword", planned.getMessage());
        UnknownModeException unknown = assertThrows(UnknownModeException.class, () -> searcher.checkMode("bm42"));
        assertEquals("unknown mode 'bm42'; available modes: keyword", unknown.getMessage());
    }
}
