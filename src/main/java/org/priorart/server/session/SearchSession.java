package org.priorart.server.session;

import java.time.Instant;
import java.util.List;

/**
 * A search session: the tagged citations and the search history of one examination.
 *
 * @param id      a random identifier (16 hexadecimal digits)
 * @param name    what the examiner called it (e.g. the application number)
 * @param created when it was made
 * @param updated when it last changed
 * @param tags    the tagged citations, in the order first tagged
 * @param history the searches, oldest first (at most {@link SessionStore#MAX_HISTORY}, the oldest dropped)
 */
public record SearchSession(String id, String name, Instant created, Instant updated, List<Tag> tags,
                            List<HistoryEntry> history) {

    public SearchSession {
        tags = tags == null ? List.of() : List.copyOf(tags);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A session in a list: its counts, not its content. */
    public record Summary(String id, String name, Instant created, Instant updated, int tags, int searches) {
    }

    public Summary summary() {
        int searches = history.isEmpty() ? 0 : history.get(history.size() - 1).number();
        return new Summary(id, name, created, updated, tags.size(), searches);
    }
}
