package org.priorart.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Parallel batches with a scripted searcher: order, failures, timing and progress. */
class TestBatchSearch {

    /** Sleeps 20 ms per topic, fails topics named "bad*", records the threads it ran on. */
    static final class Scripted implements TopicSearcher {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger concurrent = new AtomicInteger();
        final AtomicInteger maxConcurrent = new AtomicInteger();

        @Override
        public List<String> modes() {
            return List.of("fake");
        }

        @Override
        public List<RankedDoc> search(Topic topic, String mode, int top) throws IOException {
            checkMode(mode);
            threads.add(Thread.currentThread().getName() + Thread.currentThread().threadId());
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                concurrent.decrementAndGet();
            }
            if (topic.id().startsWith("bad")) {
                throw new TopicException("topic " + topic.id() + ": cannot");
            }
            if (topic.id().equals("boom")) {
                throw new IllegalStateException("index broke");
            }
            return List.of(new RankedDoc(topic.id() + "-doc", top));
        }
    }

    private static List<Topic> topics(String... ids) {
        List<Topic> topics = new ArrayList<>();
        for (String id : ids) {
            topics.add(Topic.ofText(id, "text of " + id));
        }
        return topics;
    }

    @Test
    void searchesInParallelKeepingTopicOrderAndFailures() throws IOException {
        Scripted searcher = new Scripted();
        List<Integer> progress = new ArrayList<>();
        BatchProgress recording = new BatchProgress() {
            @Override
            public synchronized void topicDone(int done) {
                progress.add(done);
            }
        };
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(i == 7 ? "bad7" : "t" + i);
        }
        BatchResult result = new BatchSearch(searcher, 4, recording).run(topics(ids.toArray(String[]::new)), "fake", 5);
        List<String> expected = new ArrayList<>(ids);
        expected.remove("bad7");
        assertEquals(expected, List.copyOf(result.run().topics().keySet()));
        assertEquals(List.of(new RankedDoc("t3-doc", 5)), result.run().ranking("t3"));
        assertEquals(Map.of("bad7", "topic bad7: cannot"), result.failures());
        assertEquals("fake", result.run().name());
        // 40 topics of 20 ms: the searches add up to >= 0.8 s; 4 threads overlap them in the wall time
        assertTrue(result.searchNanosSum() >= 800_000_000L, "sum " + result.searchNanosSum());
        assertTrue(searcher.maxConcurrent.get() > 1, "ran in parallel");
        assertTrue(searcher.maxConcurrent.get() <= 4, "at most 4 at once");
        assertTrue(result.wallNanos() < result.searchNanosSum(), "wall " + result.wallNanos() + " < sum " + result.searchNanosSum());
        assertEquals(40, progress.size());
        assertEquals(40, progress.stream().mapToInt(Integer::intValue).max().getAsInt());
        assertEquals(4, result.threads());
        assertTrue(result.topicsPerSecond() > 0);
    }

    @Test
    void anUnknownModeFailsBeforeSearchingAndOtherErrorsStopTheBatch() {
        Scripted searcher = new Scripted();
        assertThrows(UnknownModeException.class, () -> new BatchSearch(searcher, 2, BatchProgress.NONE).run(topics("a"), "keyword", 5));
        assertEquals(0, searcher.threads.size());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BatchSearch(searcher, 2, BatchProgress.NONE).run(topics("a", "boom", "c"), "fake", 5));
        assertEquals("index broke", e.getMessage());
    }
}
