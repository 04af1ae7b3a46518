package org.priorart.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.priorart.config.ClusterSettings;
import org.priorart.engine.opensearch.ClusterNode;
import org.priorart.engine.opensearch.ClusterSharedState;
import org.priorart.error.ConcurrentChangeException;

/**
 * Two writers of the same sessions (two stores on one folder's storage; two servers' stores on one
 * cluster): a change that meets the other's is applied again to the session as the other left it,
 * so nothing is lost; one that meets another change at every try gives up without writing; and
 * history numbers stay unique when both record at once. The cluster cases run against the node
 * named by {@code PRIORART_TEST_OPENSEARCH} (skipped without one).
 */
class TestSessionConflicts {

    @TempDir
    Path tmp;

    /** Two stores on the same sessions. */
    private record Writers(SessionStore one, SessionStore two, AutoCloseable cleanup) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }

    private Writers writers(String kind) throws Exception {
        if (kind.equals("file")) {
            FileSessionStorage storage = FileSessionStorage.open(tmp.resolve("sessions"));
            return new Writers(SessionStore.open(storage), SessionStore.open(storage), () -> { });
        }
        ClusterSettings settings = ClusterNode.fresh("state-conflicts");
        ClusterSharedState a = ClusterSharedState.open(settings);
        ClusterSharedState b = ClusterSharedState.open(settings);
        return new Writers(SessionStore.open(new SharedSessionStorage(a.sessions())),
                SessionStore.open(new SharedSessionStorage(b.sessions())), () -> {
                    a.close();
                    b.close();
                    ClusterNode.drop(settings);
                });
    }

    private static Tag tag(String number) {
        return new Tag(number, Category.X, "", "", null, LocalDate.of(2008, 5, 20), null);
    }

    private static RecordedSearch search(String query) {
        return new RecordedSearch(query, null, "keyword", null, null, List.of(), null, null, null, null, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "cluster"})
    void aChangeThatMeetsAnotherIsAppliedAgainToWhatTheOtherLeft(String kind) throws Exception {
        try (Writers w = writers(kind)) {
            String id = w.one().create("alice", "two tabs").id();
            AtomicInteger applied = new AtomicInteger();
            SearchSession changed = w.one().update("alice", id, (s, at) -> {
                if (applied.incrementAndGet() == 1) {
                    // the other writer tags between this change's read and its write
                    assertTrue(uncheckedTag(w.two(), id, "US7900001B2"));
                }
                List<Tag> tags = new ArrayList<>(s.tags());
                tags.add(new Tag("EP2400001A1", Category.A, "", "", null, null, at));
                return s.with(at, tags, s.history());
            }).orElseThrow();
            assertEquals(2, applied.get(), "the change met the other's write and was applied again");
            assertEquals(List.of("US7900001B2", "EP2400001A1"), changed.tags().stream().map(Tag::publicationNumber).toList());
            assertEquals(changed, w.two().get("alice", id).orElseThrow(), "both writers read the same session");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "cluster"})
    void aChangeThatMeetsAnotherAtEveryTryGivesUpWithoutWriting(String kind) throws Exception {
        try (Writers w = writers(kind)) {
            String id = w.one().create("alice", "busy").id();
            AtomicInteger applied = new AtomicInteger();
            ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, () -> w.one().update("alice", id, (s, at) -> {
                // the other writer records a search between each read of this change and its write
                uncheckedRecord(w.two(), id, "other " + applied.incrementAndGet());
                List<Tag> tags = new ArrayList<>(s.tags());
                tags.add(new Tag("EP2400001A1", Category.A, "", "", null, null, at));
                return s.with(at, tags, s.history());
            }));
            assertTrue(e.getMessage().contains(id), e.getMessage());
            assertEquals(SessionStore.MAX_ATTEMPTS, applied.get(), "a bounded number of tries");
            SearchSession after = w.one().get("alice", id).orElseThrow();
            assertTrue(after.tags().isEmpty(), "the change that gave up wrote nothing");
            assertEquals(SessionStore.MAX_ATTEMPTS, after.history().size(), "the other writer's changes are all kept");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "cluster"})
    void twoWritersTaggingAndRecordingAtOnceLoseNothingAndNumberEverySearchOnce(String kind) throws Exception {
        int each = 12;
        try (Writers w = writers(kind)) {
            String id = w.one().create("alice", "busy case").id();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<Integer>>> runs = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    SessionStore store = writer == 0 ? w.one() : w.two();
                    int from = writer * each;
                    Callable<List<Integer>> run = () -> {
                        List<Integer> numbers = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            store.tag("alice", id, tag("US79" + String.format("%05d", from + i) + "B2")).orElseThrow();
                            numbers.add(store.record("alice", id, search("q" + (from + i)), i, "eq").orElseThrow().number());
                        }
                        return numbers;
                    };
                    runs.add(pool.submit(run));
                }
                List<Integer> numbers = new ArrayList<>();
                for (Future<List<Integer>> f : runs) {
                    numbers.addAll(f.get());
                }
                SearchSession s = w.two().get("alice", id).orElseThrow();
                assertEquals(2 * each, s.tags().size(), "every tag of both writers is kept");
                assertEquals(2 * each, s.history().size());
                List<Integer> sorted = numbers.stream().sorted().toList();
                assertEquals(IntStream.rangeClosed(1, 2 * each).boxed().toList(), sorted,
                        "each search got its own number: " + numbers);
                assertEquals(sorted, s.history().stream().map(HistoryEntry::number).toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void uncheckedRecord(SessionStore store, String id, String query) {
        try {
            store.record("alice", id, search(query), 1, "eq").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean uncheckedTag(SessionStore store, String id, String number) {
        try {
            return store.tag("alice", id, tag(number)).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
