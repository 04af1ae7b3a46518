package org.priorart.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.search.signals.Feedback;

/** Sessions on disk: they read back equal after a restart, belong to their owner, and export safely. */
class TestSessionStore {

    @TempDir
    Path tmp;

    private static Tag tag(String number, Category c, String note) {
        return new Tag(number, c, note, "1-3", "A title, with \"quotes\"", LocalDate.of(2008, 5, 20), null);
    }

    @Test
    void sessionsSurviveARestartAndBelongToTheirOwner() throws Exception {
        Path dir = tmp.resolve("sessions");
        SessionStore store = SessionStore.open(dir);
        SearchSession s = store.create("key1", "US 17/123,456");
        store.tag("key1", s.id(), tag("US7900001B2", Category.X, "anode, col. 3"));
        store.tag("key1", s.id(), tag("EP2400001A1", Category.A, ""));
        store.tag("key1", s.id(), tag("US 7,900,001", Category.Y, "changed")); // the same document
        store.record("key1", s.id(), new RecordedSearch("battery W/3 anode", null, "keyword", null, null, List.of("H01M"),
                null, null, LocalDate.of(2010, 1, 15), "effective", false), 42, "eq");
        SearchSession before = store.get("key1", s.id()).orElseThrow();
        assertEquals(2, before.tags().size());
        assertEquals(Category.Y, before.tags().get(0).category(), "a second tag changes the first, in place");
        assertTrue(store.get("key2", s.id()).isEmpty(), "another key's session is not found");
        assertTrue(store.tag("key2", s.id(), tag("US7900001B2", Category.X, "")).isEmpty());

        SessionStore reopened = SessionStore.open(dir);
        assertEquals(before, reopened.get("key1", s.id()).orElseThrow());
        assertEquals(List.of(before.summary()), reopened.list("key1").stream().map(SearchSession::summary).toList());
        assertTrue(reopened.untag("key1", s.id(), "EP2400001A1").isPresent());
        assertTrue(reopened.delete("key1", s.id()));
        assertFalse(Files.exists(dir.resolve(s.id() + ".json")));
        assertTrue(SessionStore.open(dir).list("key1").isEmpty());
    }

    @Test
    void aSearchRankedTowardFeedbackKeepsItAfterARestart() throws Exception {
        // Regression: the history dropped a search's feedback, so a rerun ranked without the X/Y documents.
        Path dir = tmp.resolve("sessions");
        SessionStore store = SessionStore.open(dir);
        SearchSession s = store.create("key1", null);
        Feedback liked = new Feedback(List.of("US7900001B2", "EP2400001A1"), List.of("US20100280001A1"));
        RecordedSearch hybrid = new RecordedSearch(null, "anode", "hybrid", 0.5, "zscore", null, null, null, null, null,
                false).withFeedback(liked);
        store.record("key1", s.id(), hybrid, 7, "eq");
        store.record("key1", s.id(), hybrid.withFeedback(Feedback.NONE), 7, "eq");

        List<HistoryEntry> h = SessionStore.open(dir).get("key1", s.id()).orElseThrow().history();
        assertEquals(liked, h.get(0).search().feedback());
        assertNull(h.get(1).search().feedback(), "no feedback is none, not an empty one");
        String onDisk = Files.readString(dir.resolve(s.id() + ".json"));
        assertTrue(onDisk.contains("\"negative\":[\"US20100280001A1\"]") || onDisk.contains("\"negative\" : [ \"US20100280001A1\" ]"),
                onDisk);
        assertFalse(onDisk.contains("\"empty\""), "only the documents are stored: " + onDisk);
    }

    @Test
    void aSearchsSignalGroupsKeepAfterARestartAndASessionWrittenBeforeThemReads() throws Exception {
        // Regression: the history dropped the signal groups a hybrid search fused, so a rerun fused all of them.
        Path dir = tmp.resolve("sessions");
        SessionStore store = SessionStore.open(dir);
        SearchSession s = store.create("key1", null);
        RecordedSearch hybrid = new RecordedSearch(null, "anode", "hybrid", 0.5, "rrf", null, null, null, null, null, false);
        store.record("key1", s.id(), hybrid.withSignals("keyword,semantic"), 7, "eq");
        store.record("key1", s.id(), hybrid, 7, "eq");
        List<HistoryEntry> h = SessionStore.open(dir).get("key1", s.id()).orElseThrow().history();
        assertEquals("keyword,semantic", h.get(0).search().signals());
        assertNull(h.get(1).search().signals(), "the default signals are none recorded");
        String onDisk = Files.readString(dir.resolve(s.id() + ".json"));
        assertEquals(1, onDisk.split("\"signals\"", -1).length - 1, "only the search that chose its signals names them: " + onDisk);

        // A search as sessions kept it before feedback and signals were recorded reads as the default.
        RecordedSearch old = FileSessionStorage.JSON.readValue("{\"text\": \"anode\", \"mode\": \"hybrid\", "
                + "\"semantic_weight\": 0.5, \"fusion\": \"zscore\", \"cpc\": [\"H01M\"], \"group_families\": false}",
                RecordedSearch.class);
        assertEquals(new RecordedSearch(null, "anode", "hybrid", 0.5, "zscore", List.of("H01M"), null, null, null, null, false),
                old);
        assertNull(old.signals());
        assertNull(old.feedback());
        String written = FileSessionStorage.JSON.writeValueAsString(old);
        assertFalse(written.contains("signals") || written.contains("feedback"), "new JSON stays as small: " + written);
        assertEquals(old, FileSessionStorage.JSON.readValue(written, RecordedSearch.class));
    }

    @Test
    void aSearchsRrfKAndDepthKeepAfterARestartAndASessionWrittenBeforeThemReads() throws Exception {
        // Regression: the history dropped the rrf k and depth a hybrid search fused with, so a rerun took the defaults.
        Path dir = tmp.resolve("sessions");
        SessionStore store = SessionStore.open(dir);
        SearchSession s = store.create("key1", null);
        RecordedSearch hybrid = new RecordedSearch(null, "anode", "hybrid", 0.5, "rrf", null, null, null, null, null, false);
        store.record("key1", s.id(), hybrid.withRrfKAndDepth(20, 50).withSignals("keyword,semantic"), 7, "eq");
        store.record("key1", s.id(), hybrid.withRrfKAndDepth(null, 300), 7, "eq");
        store.record("key1", s.id(), hybrid, 7, "eq");
        List<HistoryEntry> h = SessionStore.open(dir).get("key1", s.id()).orElseThrow().history();
        assertEquals(20, h.get(0).search().rrfK());
        assertEquals(50, h.get(0).search().depth());
        assertEquals("keyword,semantic", h.get(0).search().signals(), "kept beside the signals");
        assertNull(h.get(1).search().rrfK(), "the default k is none recorded");
        assertEquals(300, h.get(1).search().depth());
        assertNull(h.get(2).search().depth());
        String onDisk = Files.readString(dir.resolve(s.id() + ".json"));
        assertEquals(1, onDisk.split("\"rrf_k\"", -1).length - 1, "only the search that chose its k names it: " + onDisk);
        assertEquals(2, onDisk.split("\"depth\"", -1).length - 1, onDisk);
        // The saved query of a set and a search among citations keep them too.
        RecordedSearch kept = h.get(0).search().toSave("anode").among("the citations of US7900001B2");
        assertEquals(20, kept.rrfK());
        assertEquals(50, kept.depth());

        // A search as sessions kept it before the rrf k and depth were recorded reads as the defaults.
        RecordedSearch old = FileSessionStorage.JSON.readValue("{\"text\": \"anode\", \"mode\": \"hybrid\", "
                + "\"semantic_weight\": 0.5, \"fusion\": \"rrf\", \"cpc\": [], \"signals\": \"keyword,semantic\"}",
                RecordedSearch.class);
        assertEquals(new RecordedSearch(null, "anode", "hybrid", 0.5, "rrf", List.of(), null, null, null, null, null)
                .withSignals("keyword,semantic"), old);
        assertNull(old.rrfK());
        assertNull(old.depth());
        String written = FileSessionStorage.JSON.writeValueAsString(old);
        assertFalse(written.contains("rrf_k") || written.contains("depth"), "new JSON stays as small: " + written);
        assertEquals(old, FileSessionStorage.JSON.readValue(written, RecordedSearch.class));
    }

    @Test
    void theStrategyCsvSaysWhatRankedEachSearchDefused() throws Exception {
        // Regression: the strategy had no fusion, signals or feedback: a search ranked "more like my X/Y" read as a plain one.
        SessionStore store = SessionStore.open(tmp.resolve("s"));
        SearchSession s = store.create("k", null);
        RecordedSearch hybrid = new RecordedSearch(null, "anode", "hybrid", 0.5, "minmax", null, null, null, null, null, false);
        store.record("k", s.id(), hybrid.withFeedback(new Feedback(List.of("US7900001B2", "EP2400001A1"),
                List.of("US20100280001A1"))).withSignals("semantic,feedback").withRrfKAndDepth(20, 50), 7, "eq");
        // Recorded values are checked when searched, but a session file is data: formulas in it are defused too.
        store.record("k", s.id(), hybrid.withFeedback(new Feedback(List.of("US1;=cmd|' /C calc'!A0"), List.of()))
                .withSignals("=1+2"), 3, "gte");
        String[] rows = SessionCsv.strategy(store.get("k", s.id()).orElseThrow()).split("\r\n");
        assertTrue(rows[0].endsWith(",hits,fusion,signals,feedback,rrf_k,depth"), rows[0]);
        assertTrue(rows[1].endsWith(",7,minmax,\"semantic,feedback\",\"more like US7900001B2, EP2400001A1; "
                + "less like US20100280001A1\",20,50"), rows[1]);
        assertTrue(rows[2].endsWith(",>=3,minmax,'=1+2,\"more like US1;'=cmd|' /C calc'!A0\",,"), rows[2]);
        // The report's words for the same columns.
        RecordedSearch first = store.get("k", s.id()).orElseThrow().history().get(0).search();
        assertEquals("fusion minmax, semantic weight 0.5, rrf k 20, depth 50", RankingWords.fusion(first));
        assertEquals("fusion minmax, semantic weight 0.5", RankingWords.fusion(hybrid));
        assertEquals("", RankingWords.fusion(new RecordedSearch("anode", null, "keyword", null, null, null, null, null, null,
                null, false)));
    }

    @Test
    void anUnreadableFileIsSetAsideNotFatal() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("sessions"));
        Files.writeString(dir.resolve("0123456789abcdef.json"), "{not json");
        SessionStore store = SessionStore.open(dir);
        assertTrue(store.list("anonymous").isEmpty());
        assertTrue(Files.exists(dir.resolve("0123456789abcdef.json.unreadable")));
    }

    @Test
    void theHistoryKeepsTheLastSearchesAndTheirNumbers() throws Exception {
        SessionStore store = SessionStore.open(tmp.resolve("s"));
        SearchSession s = store.create("k", null);
        RecordedSearch q = new RecordedSearch(null, "anode", "keyword", null, null, null, null, null, null, null, null);
        for (int i = 0; i < SessionStore.MAX_HISTORY + 5; i++) {
            store.record("k", s.id(), q, i, "eq");
        }
        List<HistoryEntry> h = store.get("k", s.id()).orElseThrow().history();
        assertEquals(SessionStore.MAX_HISTORY, h.size());
        assertEquals(6, h.get(0).number());
        assertEquals(SessionStore.MAX_HISTORY + 5, store.get("k", s.id()).orElseThrow().summary().searches());
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertEquals("plain", SessionCsv.field("plain"));
        assertEquals("\"a, b\"", SessionCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", SessionCsv.field("say \"hi\""));
        assertEquals("'=HYPERLINK(\"x\")", SessionCsv.field("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", SessionCsv.field("+1"));
        assertEquals("'@SUM(A1)", SessionCsv.field("@SUM(A1)"));
        assertEquals("\"line\nbreak\"", SessionCsv.field("line\nbreak"));
    }

    /**
     * A spreadsheet whose locale separates lists by semicolons (German, French Excel) opens a CSV file
     * split at semicolons and takes quotes in mid-cell as text: a note {@code x;=cmd|...} became a cell
     * {@code =cmd|...} there, and so did a line after a break; such starts are defused too.
     */
    @Test
    void csvDefusesFormulasWhereASemicolonSpreadsheetStartsACell() {
        String note = "see col. 3;=cmd|' /C calc'!A0;";
        String field = SessionCsv.field(note);
        assertEquals("\"see col. 3;'=cmd|' /C calc'!A0;\"", field);
        for (String cell : ("X,US1," + field + ",2026").split("[;\n]")) {
            assertFalse(!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0, "a cell starts a formula: " + cell);
        }
        assertEquals("\"first\n'@SUM(A1)\"", SessionCsv.field("first\n@SUM(A1)"));
        assertEquals("\"a;b\"", SessionCsv.field("a;b")); // quoted, for spreadsheets that honour the quotes
        assertEquals("\"x - y; z\"", SessionCsv.field("x - y; z")); // a minus inside a cell is no formula
    }
}
