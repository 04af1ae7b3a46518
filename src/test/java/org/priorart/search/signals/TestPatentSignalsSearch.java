package org.priorart.search.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EmbeddedIndex;
import org.priorart.SignalFixtures;
import org.priorart.config.FieldWeights;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.error.UserInputException;
import org.priorart.search.FamilyCitations;
import org.priorart.search.Fusion;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;

/**
 * The patent signals through a real similar-documents search on an embedded index of made-up
 * documents (src/test/resources/signals, its README says who cites what): each signal's value, the
 * explanation adding up, and the rule that the query's and its family's citations are never read.
 */
class TestPatentSignalsSearch {

    static final String QUERY = "US20150000001A1";

    @TempDir
    static Path tmp;
    static LuceneEngine engine;
    static SearchService service;

    @BeforeAll
    static void build() throws Exception {
        engine = LuceneEngine.openReadOnly(SignalFixtures.index(tmp.resolve("index")));
        service = new SearchService(engine, FieldWeights.DEFAULT, EmbeddedIndex.models());
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SimilarRequest similar(Signals signals) {
        return new SimilarRequest(QUERY, 20, 0, SearchFilters.NONE, false, SearchMode.HYBRID, Fusion.DEFAULT, false,
                PriorArtRule.EFFECTIVE, signals);
    }

    /** Per hit, per signal: the raw value (0 for a missing one). */
    private static Map<String, Map<String, Double>> raw(SearchResult r) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (SearchHit h : r.hits()) {
            Map<String, Double> m = new HashMap<>();
            h.explanation().signals().forEach(p -> m.put(p.name(), p.raw() == null ? 0 : p.raw()));
            out.put(h.publicationNumber(), m);
        }
        return out;
    }

    @Test
    void everySignalTakesPartAndTheContributionsAddUpToTheScore() throws IOException {
        SearchResult r = service.similar(similar(Signals.DEFAULT));
        assertTrue(r.hits().size() >= 7, "the family and the later document are excluded, the rest found: " + r.hits().size());
        for (SearchHit h : r.hits()) {
            List<SignalPart> parts = h.explanation().signals();
            assertEquals(List.of("keyword", "semantic", "ipc_subclass", "ipc_group", "ipc_subgroup", "ipc_graded", "applicant", "inventor",
                    "cit_direct", "cit_cocite", "cit_coupling", "e_doc", "recent_lt5y"),
                    parts.stream().map(SignalPart::name).toList());
            double sum = parts.stream().mapToDouble(SignalPart::contribution).sum();
            assertEquals(h.explanation().fusedScore(), sum, 1e-9, h.publicationNumber());
            parts.forEach(p -> assertEquals(p.weight() * p.normalized(), p.contribution(), 1e-12));
        }
        assertTrue(r.hits().get(0).explanation().fusion().contains("weights " + FusionWeights.DEFAULT.version()),
                r.hits().get(0).explanation().fusion());
    }

    @Test
    void classificationNamesAndDatesAreReadFromTheCandidateAgainstTheQueryPatent() throws IOException {
        Map<String, Map<String, Double>> raw = raw(service.similar(similar(Signals.DEFAULT)));
        Map<String, Double> same = raw.get("US8000001B2");
        assertEquals(1.0, same.get("applicant"), "'ACME BATTERIES INC.' is 'Acme Batteries Inc.'");
        assertEquals(0.5, same.get("ipc_subgroup"), 1e-12, "H01M10/05 of {H01M10/05, H01M4/36}");
        assertEquals(0.5, same.get("ipc_group"), 1e-12);
        assertEquals(1.0, same.get("ipc_subclass"), 1e-12);
        assertEquals(0.75, same.get("ipc_graded"), 1e-12, "H01M10/05 found whole (1), H01M4/36 only its subclass (0.5)");
        assertEquals(0.0, same.get("inventor"));
        assertEquals(1.0, raw.get("US8000002B2").get("inventor"), "'DOE, JANE' is 'Doe, Jane'");
        assertEquals(0.0, raw.get("US8000002B2").get("ipc_subgroup"));
        assertEquals(1.0, raw.get("US20140000006A1").get("e_doc"), "filed before the priority date, published after it");
        assertEquals(1.0, raw.get("US20140000006A1").get("recent_lt5y"));
        assertEquals(0.0, raw.get("US8000003B2").get("e_doc"));
        assertEquals(0.0, raw.get("US8000003B2").get("recent_lt5y"), "published 2005, nine years before");
    }

    @Test
    void theCitationGraphLinksCandidatesButNeverReadsTheQueryOrItsFamily() throws IOException {
        Map<String, Map<String, Double>> raw = raw(service.similar(similar(Signals.DEFAULT)));
        assertTrue(raw.get("US8000003B2").get("cit_direct") > 0, "it cites US8000001B2, a top candidate");
        assertTrue(raw.get("US8000005B2").get("cit_cocite") > 0, "US8000004B2 cites it together with US8000001B2");
        // the answer key: cited only by the query (US8000009B2) and its family member (US8000010B2),
        // both of which also cite US8000001B2: reading them would make these co-cited with it
        for (String answer : List.of("US8000009B2", "US8000010B2")) {
            for (String s : List.of("cit_direct", "cit_cocite", "cit_coupling")) {
                assertEquals(0.0, raw.get(answer).get(s), answer + " " + s);
            }
        }
    }

    @Test
    void theTwoTextSignalsAloneRankAsTheTwoSignalFusion() throws IOException {
        SearchResult two = service.similar(similar(Signals.of(SignalGroup.TEXT)));
        for (SearchHit h : two.hits()) {
            assertEquals(List.of("keyword", "semantic"), h.explanation().signals().stream().map(SignalPart::name).toList());
            assertEquals(h.explanation().keywordPart() + h.explanation().semanticPart(), h.explanation().fusedScore(), 1e-12);
            assertTrue(h.explanation().fusion().startsWith("hybrid z-score semantic weight 0.50"), h.explanation().fusion());
        }
    }

    @Test
    void feedbackRaisesWhatIsLikeTheTaggedDocuments() throws IOException {
        Signals tagged = Signals.of(java.util.Set.of(SignalGroup.KEYWORD, SignalGroup.SEMANTIC, SignalGroup.FEEDBACK)).withFeedback(new Feedback(List.of("US8000005B2"), List.of()));
        Map<String, Map<String, Double>> raw = raw(service.similar(similar(tagged)));
        assertTrue(raw.get("US8000004B2").get("feedback") >= 1, "it cites the tagged document: " + raw.get("US8000004B2"));
        assertEquals(0.0, raw.get("US8000002B2").get("feedback"), "nothing in common with it");
        UserInputException e = assertThrows(UserInputException.class, () -> service.similar(similar(
                Signals.DEFAULT.withFeedback(new Feedback(List.of("US1234567B2"), List.of())))));
        assertTrue(e.getMessage().contains("US1234567B2"), e.getMessage());
    }

    @Test
    void theTaggedDocumentsStoredVectorsAreReadThroughTheSeam() throws Exception {
        try (org.priorart.engine.EngineView view = engine.view()) {
            Map<String, List<float[]>> v = view.passageVectors(List.of("US8000005", "US9999999"), EmbeddedIndex.models()
                    .forLanguage("en").name());
            assertEquals(java.util.Set.of("US8000005"), v.keySet(), "an unknown key is left out");
            float[] own = v.get("US8000005").get(0);
            // its own passage vector finds it first, at cosine 1 (up to the index's quantization)
            org.priorart.engine.Ranking near = view.rankNearest(new org.priorart.engine.NearestQuery(
                    EmbeddedIndex.models().forLanguage("en"), own, SearchFilters.NONE, null, 3));
            assertEquals("US8000005", near.entries().get(0).key());
            assertEquals(1.0, near.entries().get(0).score(), 0.01);
            assertTrue(view.passageVectors(List.of("US8000005"), "no-such-model").isEmpty(), "no vectors of another model");
        }
    }

    @Test
    void feedbackInMeaningIsTheCosineToTheTaggedDocumentsCentroid() throws IOException {
        FusionWeights withVector = new FusionWeights("test", Map.of(Signal.KEYWORD, 0.5, Signal.SEMANTIC, 0.5,
                Signal.FEEDBACK, 1.0, Signal.FEEDBACK_VECTOR, 1.0));
        Signals tagged = Signals.of(java.util.Set.of(SignalGroup.KEYWORD, SignalGroup.SEMANTIC, SignalGroup.FEEDBACK))
                .withFeedback(new Feedback(List.of("US8000005B2"), List.of())).withWeights(withVector);
        SearchResult r = service.similar(similar(tagged));
        Map<String, Map<String, Double>> raw = raw(r);
        assertEquals(1.0, raw.get("US8000005B2").get("feedback_vector"), 0.01, "the tagged document is its own centroid");
        for (SearchHit h : r.hits()) {
            assertTrue(h.explanation().signals().stream().anyMatch(p -> p.name().equals("feedback_vector")), h.publicationNumber());
            if (!h.publicationNumber().equals("US8000005B2")) {
                assertTrue(raw.get(h.publicationNumber()).get("feedback_vector") < 0.999, h.publicationNumber());
            }
        }
        // weighed 0 (the weights of v1), it takes no part and its second search is not run
        Signals off = tagged.withWeights(new FusionWeights("off", Map.of(Signal.KEYWORD, 0.5, Signal.SEMANTIC, 0.5,
                Signal.FEEDBACK, 1.0)));
        for (SearchHit h : service.similar(similar(off)).hits()) {
            assertTrue(h.explanation().signals().stream().noneMatch(p -> p.name().equals("feedback_vector")));
        }
    }

    @Test
    void theFamilyCitationsListWhatWasCitedAgainstEachMember() throws IOException {
        FamilyCitations f = service.familyCitations(QUERY);
        assertEquals(List.of(QUERY, "EP3000001A1"), f.members());
        Map<String, FamilyCitations.Cited> byNumber = new HashMap<>();
        f.cited().forEach(c -> byNumber.put(c.number(), c));
        assertEquals(java.util.Set.of("US8000009B2", "US8000010B2", "US8000001B2"), byNumber.keySet());
        assertEquals(3, f.cited().size(), "one entry per cited document");
        FamilyCitations.Cited twice = byNumber.get("US8000001B2");
        assertEquals(2, twice.citing().size(), "cited by both members");
        FamilyCitations.Citing ep = twice.citing().stream().filter(c -> c.member().equals("EP3000001A1")).findFirst().orElseThrow();
        assertEquals("EP", ep.office());
        assertEquals("X", ep.category());
        assertEquals("US", byNumber.get("US8000009B2").citing().get(0).office(), "no office given: the member's own");
        assertEquals(null, service.familyCitations("US9999999B2"));
    }

    @Test
    void simulatedFeedbackScoresTheResidualRankingsWithoutTheTaggedDocuments() throws IOException {
        org.priorart.eval.ServiceTopicSearcher searcher = new org.priorart.eval.ServiceTopicSearcher(service, true,
                Fusion.DEFAULT, PriorArtRule.EFFECTIVE, Signals.DEFAULT);
        org.priorart.eval.Topic topic = org.priorart.eval.Topic.ofPatent("q1", QUERY);
        String mode = org.priorart.eval.ServiceTopicSearcher.variant(SearchMode.HYBRID, SignalGroup.TEXT);
        org.priorart.eval.Run base = new org.priorart.eval.Run(mode, Map.of("q1", searcher.search(topic, mode, 100)));
        String first = base.ranking("q1").get(0).docId();
        String second = base.ranking("q1").get(1).docId();
        // relevant too, but never found: what is left to find after the tagging
        String unfound = "US9999999";
        org.priorart.eval.Qrels qrels = new org.priorart.eval.Qrels(Map.of("q1", Map.of(first, 1, unfound, 1, second, 0)));
        org.priorart.eval.FeedbackSimulation.Outcome o = org.priorart.eval.FeedbackSimulation.run(searcher, List.of(topic), base,
                mode, 100, qrels, 1, false);
        assertEquals(1, o.topics());
        assertEquals(1, o.withTags(), "the first hit is relevant: tagged");
        assertEquals(Map.of(unfound, 1, second, 0), o.residual().judgments("q1"), "the tagged document leaves the judgments");
        for (org.priorart.eval.Run r : List.of(o.withoutFeedback(), o.withFeedback())) {
            assertTrue(r.ranking("q1").stream().noneMatch(d -> d.docId().equals(first)), r.name() + " without the tagged document");
            assertTrue(r.ranking("q1").stream().anyMatch(d -> d.docId().equals(second)), r.name());
        }
        assertEquals(base.ranking("q1").size() - 1, o.withoutFeedback().ranking("q1").size());
        // nothing relevant left after tagging: the topic is dropped
        org.priorart.eval.Qrels onlyFirst = new org.priorart.eval.Qrels(Map.of("q1", Map.of(first, 1)));
        assertEquals(0, org.priorart.eval.FeedbackSimulation.run(searcher, List.of(topic), base, mode, 100, onlyFirst, 1, false)
                .topics());
    }
}
