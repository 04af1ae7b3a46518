package org.priorart.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.priorart.error.UserInputException;
import org.priorart.patent.PublicationNumber;
import org.priorart.server.session.SessionStorage.Stored;

/**
 * The search sessions of a server: in memory, and kept through a {@link SessionStorage} (by default
 * {@link FileSessionStorage}, a folder in the index directory). Every change is written before it
 * is answered. A session that cannot be read is set aside and reported, not fatal: searching must
 * not depend on it.
 *
 * <p>Thread-safe: changes are serialized (they are few and small; searches never wait on them).
 */
public final class SessionStore {

    /** Sessions per owner at most. */
    public static final int MAX_SESSIONS = 1000;
    /** Tagged citations per session at most. */
    public static final int MAX_TAGS = 1000;
    /** Searches kept per session; beyond, the oldest are dropped (their numbers are not reused). */
    public static final int MAX_HISTORY = 1000;
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_CLAIMS = 200;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStorage storage;
    private final Map<String, Stored> sessions = new LinkedHashMap<>();

    private SessionStore(SessionStorage storage) {
        this.storage = storage;
    }

    /** Opens the store in this folder (created on the first write), reading the sessions in it. */
    public static SessionStore open(Path dir) {
        return open(new FileSessionStorage(dir));
    }

    /** Opens the store on this storage, reading the sessions in it. */
    public static SessionStore open(SessionStorage storage) {
        SessionStore store = new SessionStore(storage);
        store.load();
        return store;
    }

    public SessionStorage storage() {
        return storage;
    }

    private void load() {
        try {
            for (Stored s : storage.readAll()) {
                sessions.put(s.session().id(), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sessions in " + storage.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The owner's sessions, the most recently changed first. */
    public synchronized List<SearchSession> list(String owner) {
        return sessions.values().stream().filter(s -> s.owner().equals(owner)).map(Stored::session)
                .sorted(Comparator.comparing(SearchSession::updated).reversed()).toList();
    }

    /** The owner's session with that id; empty for another owner's (their ids are not to be probed). */
    public synchronized Optional<SearchSession> get(String owner, String id) {
        Stored s = id == null ? null : sessions.get(id);
        return s == null || !s.owner().equals(owner) ? Optional.empty() : Optional.of(s.session());
    }

    /** A new, empty session. */
    public synchronized SearchSession create(String owner, String name) throws IOException {
        if (list(owner).size() >= MAX_SESSIONS) {
            throw new UserInputException("at most " + MAX_SESSIONS + " sessions per key; delete old ones first");
        }
        String id;
        do {
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            id = HexFormat.of().formatHex(b);
        } while (sessions.containsKey(id));
        Instant now = now();
        String n = name == null || name.isBlank() ? "Search " + now.toString().substring(0, 16).replace('T', ' ') : name.strip();
        SearchSession s = new SearchSession(id, limited("name", n, MAX_NAME), now, now, List.of(), List.of());
        save(owner, s);
        return s;
    }

    /** Deletes a session; false when the owner has none with that id. */
    public synchronized boolean delete(String owner, String id) throws IOException {
        if (get(owner, id).isEmpty()) {
            return false;
        }
        storage.delete(id);
        sessions.remove(id);
        return true;
    }

    /**
     * Tags a citation, or changes its tag (keeping its place in the list).
     *
     * @return the tag, or empty when the owner has no such session
     */
    public synchronized Optional<Tag> tag(String owner, String id, Tag tag) throws IOException {
        Optional<SearchSession> found = get(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SearchSession s = found.get();
        Tag t = new Tag(tag.publicationNumber(), tag.category(), limited("note", orEmpty(tag.note()), MAX_NOTE),
                limited("claims", orEmpty(tag.claims()), MAX_CLAIMS), tag.title(), tag.publicationDate(), now(),
                tag.categories(), tag.warning());
        List<Tag> tags = new ArrayList<>(s.tags());
        int at = indexOf(tags, tag.publicationNumber());
        if (at >= 0) {
            tags.set(at, t);
        } else {
            if (tags.size() >= MAX_TAGS) {
                throw new UserInputException("at most " + MAX_TAGS + " citations per session");
            }
            tags.add(t);
        }
        save(owner, s.with(t.taggedAt(), tags, s.history()));
        return Optional.of(t);
    }

    /**
     * Removes a citation's tag.
     *
     * @return the session, or empty when there is no such session or no such tag in it
     */
    public synchronized Optional<SearchSession> untag(String owner, String id, String publicationNumber) throws IOException {
        Optional<SearchSession> found = get(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SearchSession s = found.get();
        List<Tag> tags = new ArrayList<>(s.tags());
        int at = indexOf(tags, publicationNumber);
        if (at < 0) {
            return Optional.empty();
        }
        tags.remove(at);
        SearchSession changed = s.with(now(), tags, s.history());
        save(owner, changed);
        return Optional.of(changed);
    }

    /**
     * Records a search in the session's history, numbered after the last one.
     *
     * @return the entry, or empty when the owner has no such session
     */
    public synchronized Optional<HistoryEntry> record(String owner, String id, RecordedSearch search, long hits,
                                                     String relation) throws IOException {
        return record(owner, id, search, hits, relation, null, null);
    }

    /**
     * Records a search with the mode that ranked it and, for a Boolean set, its definition.
     *
     * @return the entry (its number is the set's), or empty when the owner has no such session
     */
    public synchronized Optional<HistoryEntry> record(String owner, String id, RecordedSearch search, long hits,
                                                     String relation, String ranked, String definition) throws IOException {
        Optional<SearchSession> found = get(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SearchSession s = found.get();
        List<HistoryEntry> history = new ArrayList<>(s.history());
        int number = history.isEmpty() ? 1 : history.get(history.size() - 1).number() + 1;
        HistoryEntry entry = new HistoryEntry(number, now(), search, hits, relation, ranked, definition);
        history.add(entry);
        while (history.size() > MAX_HISTORY) {
            history.remove(0);
        }
        save(owner, s.with(entry.at(), s.tags(), history));
        return Optional.of(entry);
    }

    private static int indexOf(List<Tag> tags, String publicationNumber) {
        String key = PublicationNumber.parse(publicationNumber).key();
        for (int i = 0; i < tags.size(); i++) {
            if (PublicationNumber.parse(tags.get(i).publicationNumber()).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Changes a session as a whole (its case, saved queries, chart): the change is given the session
     * and the time, and returns the new session.
     *
     * @return the changed session, or empty when the owner has no such session
     */
    public synchronized Optional<SearchSession> update(String owner, String id,
                                                       java.util.function.BiFunction<SearchSession, Instant, SearchSession> change)
            throws IOException {
        Optional<SearchSession> found = get(owner, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SearchSession changed = change.apply(found.get(), now());
        save(owner, changed);
        return Optional.of(changed);
    }

    private void save(String owner, SearchSession s) throws IOException {
        Stored stored = new Stored(owner, s);
        storage.write(stored);
        sessions.put(s.id(), stored);
    }

    /** Whether a string has the form of a session id. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static String limited(String what, String value, int max) {
        if (value.length() > max) {
            throw new UserInputException(what, what + " is " + value.length() + " characters long; at most " + max);
        }
        return value;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Millisecond precision: what the JSON keeps, so a session reads back equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
