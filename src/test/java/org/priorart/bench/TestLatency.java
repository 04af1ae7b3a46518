package org.priorart.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorart.bench.opensearch.RankedKey;
import org.priorart.search.SearchService;

/** The figures the latency benchmark prints, and the agreement of two rankings. */
class TestLatency {

    @Test
    void percentilesAreNearestRankAndTheMeanIsTheMean() {
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = 100 - i; // 100 .. 1, unsorted on purpose
        }
        Latency l = Latency.of(ms);
        assertEquals(100, l.count());
        assertEquals(50, l.p50());
        assertEquals(95, l.p95());
        assertEquals(50.5, l.mean(), 1e-9);
        assertEquals(100, ms[0], "the samples are left as they were");
        Latency one = Latency.of(new double[] {7});
        assertEquals(7, one.p50());
        assertEquals(7, one.p95());
        assertTrue(Double.isNaN(Latency.of(new double[0]).mean()));
    }

    @Test
    void embeddingIsAddedAndTakenOffPerQuery() {
        assertArrayEquals(new double[] {11, 22}, Latency.plus(new double[] {10, 20}, new double[] {1, 2}));
        assertArrayEquals(new double[] {9, 18}, Latency.minus(new double[] {10, 20}, new double[] {1, 2}));
    }

    @Test
    void overlapCountsCommonKeysAmongTheFirstK() {
        List<SearchService.RankedKey> pa = List.of(key("A"), key("B"), key("C"), key("D"));
        List<RankedKey> os = List.of(new RankedKey("B", 1), new RankedKey("X", 1), new RankedKey("A", 1), new RankedKey("D", 1));
        assertEquals(0.5, LatencyBenchmark.overlap(pa, os, 2), 1e-9, "A, B against B, X");
        assertEquals(0.75, LatencyBenchmark.overlap(pa, os, 4), 1e-9);
        assertEquals(1.0, LatencyBenchmark.overlap(List.of(), List.of(), 10), 1e-9, "two empty rankings agree");
    }

    private static SearchService.RankedKey key(String k) {
        return new SearchService.RankedKey(k, 1);
    }
}
