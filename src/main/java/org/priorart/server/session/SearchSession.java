package org.priorart.server.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.priorart.server.casework.CaseFile;
import org.priorart.server.chart.SavedChart;

/**
 * A search session: the tagged citations and the search history of one examination, and (when
 * declared) the case it belongs to, its saved queries and its claim chart.
 *
 * @param id       a random identifier (16 hexadecimal digits)
 * @param name     what the examiner called it (e.g. the application number)
 * @param created  when it was made
 * @param updated  when it last changed
 * @param tags     the tagged citations, in the order first tagged
 * @param history  the searches, oldest first (at most {@link SessionStore#MAX_HISTORY} and the session at most
 *                 {@link org.priorart.config.SessionLimits#MAX_SESSION_BYTES}, the oldest dropped);
 *                 in a case, its numbered result sets
 * @param caseFile the application under examination, or null (a session without a case)
 * @param saved    the saved queries
 * @param chart    the claim chart, or null
 */
public record SearchSession(String id, String name, Instant created, Instant updated, List<Tag> tags,
                            List<HistoryEntry> history, @JsonProperty("case") CaseFile caseFile, List<SavedQuery> saved,
                            SavedChart chart) {

    public SearchSession {
        tags = tags == null ? List.of() : List.copyOf(tags);
        history = history == null ? List.of() : List.copyOf(history);
        saved = saved == null ? List.of() : List.copyOf(saved);
    }

    public SearchSession(String id, String name, Instant created, Instant updated, List<Tag> tags, List<HistoryEntry> history) {
        this(id, name, created, updated, tags, history, null, List.of(), null);
    }

    /** A session in a list: its counts, not its content. */
    public record Summary(String id, String name, Instant created, Instant updated, int tags, int searches, String caseNumber) {
    }

    public Summary summary() {
        int searches = history.isEmpty() ? 0 : history.get(history.size() - 1).number();
        return new Summary(id, name, created, updated, tags.size(), searches, caseFile == null ? null : caseFile.number());
    }

    /** This session with other tags and history, at this time (the rest kept). */
    public SearchSession with(Instant at, List<Tag> newTags, List<HistoryEntry> newHistory) {
        return new SearchSession(id, name, created, at, newTags, newHistory, caseFile, saved, chart);
    }

    public SearchSession withCase(Instant at, CaseFile c) {
        return new SearchSession(id, name, created, at, tags, history, c, saved, chart);
    }

    public SearchSession withSaved(Instant at, List<SavedQuery> s) {
        return new SearchSession(id, name, created, at, tags, history, caseFile, s, chart);
    }

    public SearchSession withChart(Instant at, SavedChart c) {
        return new SearchSession(id, name, created, at, tags, history, caseFile, saved, c);
    }
}
