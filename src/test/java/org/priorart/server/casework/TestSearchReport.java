package org.priorart.server.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.priorart.server.session.HistoryEntry;
import org.priorart.server.session.RecordedSearch;

/** The search report's strategy says how each set was ranked in the words of the strategy CSV. */
class TestSearchReport {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static HistoryEntry entry(RecordedSearch search, String ranked) {
        return new HistoryEntry(1, AT, search, 7, "eq", ranked, null);
    }

    @Test
    void theRankedColumnNamesTheModeAndItsFusion() {
        // Regression: it said the mode only, so two sets fused otherwise read alike (the CSV told them apart).
        RecordedSearch hybrid = new RecordedSearch(null, "anode", "hybrid", 0.3, "rrf", null, null, null, null, null, false);
        assertEquals("hybrid (fusion rrf, semantic weight 0.3)", SearchReport.ranked(entry(hybrid, "hybrid")));
        assertEquals("hybrid (fusion rrf, semantic weight 0.3, rrf k 20, depth 50)",
                SearchReport.ranked(entry(hybrid.withRrfKAndDepth(20, 50), null)));
        assertEquals("hybrid (fusion rrf, semantic weight 0.3) → ranked keyword", SearchReport.ranked(entry(hybrid, "keyword")),
                "a hybrid search that fell back says so, as the page's history row does");
        RecordedSearch keyword = new RecordedSearch("anode", null, "keyword", null, null, null, null, null, null, null, false);
        assertEquals("keyword", SearchReport.ranked(entry(keyword, "keyword")));
    }
}
