package org.priorart.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.patent.PatentDocument;
import org.priorart.search.Fusion;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.Signals;

/**
 * What the patent signals cost a "find similar" (issue 14's latency goal: at most +20% at p50): the
 * hybrid search with all signals against the two text signals alone, on the same patents, 10 hits
 * with snippets. The signals apply only where the query is a patent, so text queries cannot show it.
 */
public final class SimilarLatencyBenchmark {

    /**
     * @param patents    patents searched with
     * @param two        keyword + semantic only
     * @param all        the default signals (classification, names, citations, dates as well)
     * @param twoSignals the most signals any hit of a two-signal search was fused from (2)
     * @param allSignals the most signals any hit of a default search was fused from (more than two, or
     *                   the benchmark measured nothing different)
     */
    public record Result(int patents, Latency two, Latency all, int twoSignals, int allSignals) {
    }

    private SimilarLatencyBenchmark() {
    }

    /**
     * Each query's first keyword hit is a patent of the index (one with a date to judge prior art
     * against); each patent is searched with both signal sets, which one first alternating from patent
     * to patent, so that drift of a shared machine falls on both alike.
     */
    public static Result measure(SearchService search, List<String> queries) throws IOException {
        Set<String> numbers = new LinkedHashSet<>();
        for (String q : queries) {
            SearchResult r = search.search(SearchRequest.of(q, 1));
            if (!r.hits().isEmpty()) {
                numbers.add(r.hits().get(0).publicationNumber());
            }
        }
        Signals two = Signals.of(Set.of(SignalGroup.KEYWORD, SignalGroup.SEMANTIC));
        List<String> patents = new ArrayList<>();
        int twoSignals = 0;
        int allSignals = 0;
        for (String n : numbers) { // warm-up
            PatentDocument doc = search.get(n);
            if (doc == null || doc.effectiveDate() == null) {
                continue; // no date: no prior art to look for
            }
            patents.add(n);
            allSignals = Math.max(allSignals, signalCount(search.similar(similar(n, Signals.DEFAULT))));
            twoSignals = Math.max(twoSignals, signalCount(search.similar(similar(n, two))));
        }
        double[] twoMs = new double[patents.size()];
        double[] allMs = new double[patents.size()];
        for (int i = 0; i < patents.size(); i++) {
            boolean twoFirst = i % 2 == 0;
            double first = time(search, similar(patents.get(i), twoFirst ? two : Signals.DEFAULT));
            double second = time(search, similar(patents.get(i), twoFirst ? Signals.DEFAULT : two));
            twoMs[i] = twoFirst ? first : second;
            allMs[i] = twoFirst ? second : first;
        }
        return new Result(patents.size(), Latency.of(twoMs), Latency.of(allMs), twoSignals, allSignals);
    }

    private static SimilarRequest similar(String number, Signals signals) {
        return new SimilarRequest(number, 10, 0, SearchFilters.NONE, true, SearchMode.HYBRID, Fusion.DEFAULT, false,
                PriorArtRule.EFFECTIVE, signals);
    }

    private static double time(SearchService search, SimilarRequest request) throws IOException {
        long t = System.nanoTime();
        search.similar(request);
        return (System.nanoTime() - t) / 1e6;
    }

    private static int signalCount(SearchResult r) {
        return r.hits().stream().map(SearchHit::explanation).filter(e -> e != null).mapToInt(e -> e.signals().size())
                .max().orElse(0);
    }
}
