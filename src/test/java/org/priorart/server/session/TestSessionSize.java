package org.priorart.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.config.SessionLimits;
import org.priorart.error.UserInputException;
import org.priorart.server.casework.CaseFile;

/**
 * A session does not grow without bound: searches recorded with the longest queries and texts the
 * API takes made a session of about 40 MB in 1,000 searches (the history's count limit), each change
 * rewriting all of it. Beyond {@link SessionLimits#MAX_SESSION_BYTES} the oldest searches go, as
 * beyond the count limit; what passes it without history is refused.
 */
class TestSessionSize {

    @TempDir
    Path tmp;

    /** A search as long as the API accepts: 20,000 characters of query and of text. */
    private static RecordedSearch longest(int n) {
        String query = (n + " battery ").repeat(2000).substring(0, 20_000);
        String text = (n + " silicon anode ").repeat(2000).substring(0, 20_000);
        return new RecordedSearch(query, text, "hybrid", 0.5, "rrf", List.of(), null, null, null, null, false);
    }

    @Test
    void theOldestSearchesGoWhenTheSessionPassesItsSize() throws Exception {
        SessionStore store = SessionStore.open(tmp.resolve("sessions"));
        SearchSession s = store.create("owner", "big");
        int searches = (int) (SessionLimits.MAX_SESSION_BYTES / 40_000) + 50; // well past the bytes, under the count
        assertTrue(searches < SessionStore.MAX_HISTORY);
        HistoryEntry last = null;
        for (int i = 1; i <= searches; i++) {
            last = store.record("owner", s.id(), longest(i), i, "eq").orElseThrow();
        }
        assertEquals(searches, last.number()); // numbers go on; none reused
        SearchSession stored = store.get("owner", s.id()).orElseThrow();
        assertTrue(stored.history().size() < searches, "the oldest searches were dropped");
        assertEquals(searches, stored.history().get(stored.history().size() - 1).number(), "the newest is kept");
        long file = Files.size(tmp.resolve("sessions").resolve(s.id() + ".json"));
        assertTrue(file <= SessionLimits.MAX_SESSION_BYTES, "the session file holds " + file + " bytes");
        assertTrue(file > SessionLimits.MAX_SESSION_BYTES - 100_000, "no more dropped than needed: " + file);
        // and the store opened again reads it as written
        assertEquals(stored.history(), SessionStore.open(tmp.resolve("sessions")).get("owner", s.id()).orElseThrow().history());
    }

    @Test
    void whatPassesTheSizeWithoutHistoryIsRefusedAndNothingIsWritten() throws Exception {
        SessionStore store = SessionStore.open(tmp.resolve("sessions"));
        SearchSession s = store.create("owner", "case");
        store.record("owner", s.id(), longest(1), 1, "eq");
        String claim = "a claim ".repeat(2500); // 20,000 characters, as the case endpoint accepts
        List<String> claims = java.util.Collections.nCopies((int) (SessionLimits.MAX_SESSION_BYTES / claim.length()) + 10, claim);
        CaseFile huge = new CaseFile("US16000001", null, null, null, claims, List.of(), null, null, null);
        UserInputException e = assertThrows(UserInputException.class,
                () -> store.update("owner", s.id(), (current, at) -> current.withCase(at, huge)));
        assertTrue(e.getMessage().contains("at most " + SessionLimits.MAX_SESSION_BYTES), e.getMessage());
        SearchSession stored = store.get("owner", s.id()).orElseThrow();
        assertEquals(null, stored.caseFile());
        assertEquals(1, stored.history().size());
    }

    /**
     * A key's sessions together have a limit too: the file storage keeps them in memory, and 1,000
     * sessions at the size limit each would hold 8 GB. A change that grows a session past the key's
     * limit is refused, nothing written; another key is not affected, and deleting a session makes room.
     * (At a small scale: sessions of 200 KB at most, 1 MB per key.)
     */
    @Test
    void aKeysSessionsTogetherStopGrowingAtTheKeysLimitAndDeletingMakesRoom() throws Exception {
        long perOwner = 1_000_000;
        SessionStore store = SessionStore.open(FileSessionStorage.open(tmp.resolve("sessions")), 200_000, perOwner);
        RecordedSearch search = longest(1); // about 40 KB: four per session
        List<SearchSession> made = new java.util.ArrayList<>();
        UserInputException refused = null;
        fill:
        for (int i = 0; i < 100; i++) {
            SearchSession s = store.create("owner", "s" + i);
            made.add(s);
            for (int j = 0; j < 4; j++) {
                try {
                    store.record("owner", s.id(), search, j, "eq");
                } catch (UserInputException e) {
                    refused = e;
                    break fill;
                }
            }
        }
        assertTrue(refused != null, "the key's sessions grew past " + perOwner + " bytes");
        assertTrue(refused.getMessage().contains("at most " + perOwner), refused.getMessage());
        assertTrue(made.size() > 5 && made.size() < 8, made.size() + " sessions");
        long stored;
        try (var files = Files.list(tmp.resolve("sessions"))) {
            stored = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(stored <= perOwner && stored > perOwner - 50_000, "stored " + stored);
        SearchSession other = store.create("other", "another key");
        assertTrue(store.record("other", other.id(), search, 1, "eq").isPresent());
        // the store opened again counts what is stored
        SessionStore again = SessionStore.open(FileSessionStorage.open(tmp.resolve("sessions")), 200_000, perOwner);
        SearchSession last = made.get(made.size() - 1);
        int before = again.get("owner", last.id()).orElseThrow().history().size();
        assertThrows(UserInputException.class, () -> again.record("owner", last.id(), search, 1, "eq"));
        assertTrue(again.delete("owner", made.get(0).id()));
        again.record("owner", last.id(), search, 1, "eq");
        assertEquals(before + 1, again.get("owner", last.id()).orElseThrow().history().size());
    }
}
