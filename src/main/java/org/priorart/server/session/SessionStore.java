package org.priorart.server.session;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.priorart.config.SessionLimits;
import org.priorart.error.ConcurrentChangeException;
import org.priorart.error.UserInputException;
import org.priorart.patent.PublicationNumber;
import org.priorart.server.session.SessionStorage.Stored;
import org.priorart.server.session.SessionStorage.Versioned;

/**
 * The search sessions of a server, and their rules (owners, limits, numbering), kept through a
 * {@link SessionStorage}: a folder in the index directory ({@link FileSessionStorage}), or a store
 * several servers share ({@link SharedSessionStorage}). Every change is written before it is answered.
 *
 * <p>Every change reads the session as stored, applies the change to it and writes it on condition
 * that it is still at the version read (optimistic concurrency); when another writer changed it
 * meanwhile (another server, another tab), it reads again and applies the change again, up to
 * {@link #MAX_ATTEMPTS} times, after which it gives up with a {@link ConcurrentChangeException}
 * (nothing written; the API's 409). So no tag is lost and every history entry gets a number of its
 * own, however many servers write. Changes to one session through this store are taken in turn, so
 * they conflict only with other servers' changes. Reads go to the storage every time: no copy here
 * that another server's write would leave stale (the file storage, the only writer of its folder,
 * keeps its sessions in memory).
 *
 * <p>A session that cannot be read is set aside and reported, not fatal: searching must not depend on it.
 */
public final class SessionStore {

    /** Sessions per owner at most (servers creating sessions for one owner at the same moment may pass it by a few). */
    public static final int MAX_SESSIONS = 1000;
    /** Tagged citations per session at most. */
    public static final int MAX_TAGS = 1000;
    /**
     * Searches kept per session; beyond, the oldest are dropped (their numbers are not reused), as they are
     * beyond {@link SessionLimits#MAX_SESSION_BYTES}.
     */
    public static final int MAX_HISTORY = 1000;
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_CLAIMS = 200;
    /**
     * Tries of one change that meets other writers' changes. Changes through one server are taken in
     * turn, so a conflict needs another server writing the same session at that moment; with random
     * pauses that grow between tries (up to {@link #MAX_PAUSE_MILLIS}), 25 tries (about a second at
     * most) outlast a few busy servers. Ten were too few for two clients that write one session
     * without a pause through two servers: one of them lost all ten tries in a CI run.
     */
    public static final int MAX_ATTEMPTS = 25;
    private static final int MAX_PAUSE_MILLIS = 50;
    /** Locks of the changes through this store, striped by session id (a lock per session is not needed). */
    private static final int LOCKS = 64;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStorage storage;
    private final ReentrantLock[] locks = new ReentrantLock[LOCKS];
    /**
     * The bytes of each owner's sessions as stored, by session id: read once per owner (at its first
     * change through this store), then kept up to date by this store's writes. With several servers,
     * each counts what it read and wrote (another's writes since are not seen): the limit holds per server.
     */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Long>> ownerBytes = new ConcurrentHashMap<>();

    private final long maxSessionBytes;
    private final long maxOwnerBytes;

    private SessionStore(SessionStorage storage, long maxSessionBytes, long maxOwnerBytes) {
        this.storage = storage;
        this.maxSessionBytes = maxSessionBytes;
        this.maxOwnerBytes = maxOwnerBytes;
        for (int i = 0; i < LOCKS; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Opens the store in this folder (created on the first write), reading the sessions in it. */
    public static SessionStore open(Path dir) {
        try {
            return open(FileSessionStorage.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sessions in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store on this storage. */
    public static SessionStore open(SessionStorage storage) {
        return new SessionStore(storage, SessionLimits.MAX_SESSION_BYTES, SessionLimits.MAX_OWNER_BYTES);
    }

    /** Opens the store on this storage with other size limits than {@link SessionLimits}' (for tests at a small scale). */
    static SessionStore open(SessionStorage storage, long maxSessionBytes, long maxOwnerBytes) {
        return new SessionStore(storage, maxSessionBytes, maxOwnerBytes);
    }

    public SessionStorage storage() {
        return storage;
    }

    /** The owner's sessions, the most recently changed first. */
    public List<SearchSession> list(String owner) {
        try {
            return storage.list(owner, MAX_SESSIONS).stream().map(Stored::session)
                    .sorted(Comparator.comparing(SearchSession::updated).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sessions in " + storage.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The owner's session with that id; empty for another owner's (their ids are not to be probed). */
    public Optional<SearchSession> get(String owner, String id) {
        try {
            return read(owner, id).map(v -> v.stored().session());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a session in " + storage.describe() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Versioned> read(String owner, String id) throws IOException {
        if (!isId(id)) {
            return Optional.empty();
        }
        Optional<Versioned> v = storage.read(id);
        return v.isPresent() && v.get().stored().owner().equals(owner) ? v : Optional.empty();
    }

    /** A new, empty session. */
    public SearchSession create(String owner, String name) throws IOException {
        if (storage.count(owner) >= MAX_SESSIONS) {
            throw new UserInputException("at most " + MAX_SESSIONS + " sessions per key; delete old ones first");
        }
        Instant now = now();
        String n = name == null || name.isBlank() ? "Search " + now.toString().substring(0, 16).replace('T', ' ') : name.strip();
        String checked = limited("name", n, MAX_NAME);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            SearchSession s = new SearchSession(HexFormat.of().formatHex(b), checked, now, now, List.of(), List.of());
            if (storage.create(new Stored(owner, s))) { // false: the id is taken (2^64 of them: hardly ever)
                sizes(owner).put(s.id(), jsonBytes(new Stored(owner, s)));
                return s;
            }
        }
        throw new IllegalStateException("no free session id in " + MAX_ATTEMPTS + " random tries");
    }

    /** Deletes a session; false when the owner has none with that id. */
    public boolean delete(String owner, String id) throws IOException {
        if (read(owner, id).isEmpty()) {
            return false;
        }
        storage.delete(id); // owners never change: no version needed; a change racing it then finds no session
        sizes(owner).remove(id);
        return true;
    }

    /**
     * Tags a citation, or changes its tag (keeping its place in the list).
     *
     * @return the tag, or empty when the owner has no such session
     */
    public Optional<Tag> tag(String owner, String id, Tag tag) throws IOException {
        String note = limited("note", orEmpty(tag.note()), MAX_NOTE);
        String claims = limited("claims", orEmpty(tag.claims()), MAX_CLAIMS);
        return change(owner, id, (s, at) -> {
            Tag t = new Tag(tag.publicationNumber(), tag.category(), note, claims, tag.title(), tag.publicationDate(), at,
                    tag.categories(), tag.warning());
            List<Tag> tags = new ArrayList<>(s.tags());
            int i = indexOf(tags, tag.publicationNumber());
            if (i >= 0) {
                tags.set(i, t);
            } else {
                if (tags.size() >= MAX_TAGS) {
                    throw new UserInputException("at most " + MAX_TAGS + " citations per session");
                }
                tags.add(t);
            }
            return new Changed<>(s.with(at, tags, s.history()), t);
        });
    }

    /**
     * Removes a citation's tag.
     *
     * @return the session, or empty when there is no such session or no such tag in it
     */
    public Optional<SearchSession> untag(String owner, String id, String publicationNumber) throws IOException {
        return change(owner, id, (s, at) -> {
            List<Tag> tags = new ArrayList<>(s.tags());
            int i = indexOf(tags, publicationNumber);
            if (i < 0) {
                return null;
            }
            tags.remove(i);
            SearchSession changed = s.with(at, tags, s.history());
            return new Changed<>(changed, changed);
        });
    }

    /**
     * Records a search in the session's history, numbered after the last one.
     *
     * @return the entry, or empty when the owner has no such session
     */
    public Optional<HistoryEntry> record(String owner, String id, RecordedSearch search, long hits,
                                         String relation) throws IOException {
        return record(owner, id, search, hits, relation, null, null);
    }

    /**
     * Records a search with the mode that ranked it and, for a Boolean set, its definition. Its number
     * follows the last one as stored when it is written: unique however many servers record at once.
     *
     * @return the entry (its number is the set's), or empty when the owner has no such session
     */
    public Optional<HistoryEntry> record(String owner, String id, RecordedSearch search, long hits,
                                         String relation, String ranked, String definition) throws IOException {
        return change(owner, id, (s, at) -> {
            List<HistoryEntry> history = new ArrayList<>(s.history());
            int number = history.isEmpty() ? 1 : history.get(history.size() - 1).number() + 1;
            HistoryEntry entry = new HistoryEntry(number, at, search, hits, relation, ranked, definition);
            history.add(entry);
            while (history.size() > MAX_HISTORY) {
                history.remove(0);
            }
            return new Changed<>(s.with(at, s.tags(), history), entry);
        });
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
     * as stored and the time, and returns the new session. It is given the session again when another
     * writer changed it meanwhile, so it must make the new session from the one it is given.
     *
     * @return the changed session, or empty when the owner has no such session
     */
    public Optional<SearchSession> update(String owner, String id, BiFunction<SearchSession, Instant, SearchSession> change)
            throws IOException {
        return change(owner, id, (s, at) -> {
            SearchSession changed = change.apply(s, at);
            return new Changed<>(changed, changed);
        });
    }

    /** A change's outcome: the session to write and what to answer. */
    private record Changed<T>(SearchSession session, T answer) {
    }

    /** A change of a session as stored; null when there is nothing to change (the answer is then empty). */
    @FunctionalInterface
    private interface Change<T> {
        Changed<T> apply(SearchSession current, Instant at);
    }

    /** Reads, changes, writes on condition of the version read; again on a conflict (see the class comment). */
    private <T> Optional<T> change(String owner, String id, Change<T> change) throws IOException {
        if (!isId(id)) {
            return Optional.empty();
        }
        ReentrantLock lock = locks[Math.floorMod(id.hashCode(), LOCKS)];
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Optional<Versioned> current = read(owner, id);
                if (current.isEmpty()) {
                    return Optional.empty(); // none, another owner's, or deleted meanwhile
                }
                Changed<T> changed = change.apply(current.get().stored().session(), now());
                if (changed == null) {
                    return Optional.empty();
                }
                Fitted f = fitted(owner, changed.session());
                SearchSession fitted = f.session();
                long bytes = f.bytes();
                ConcurrentHashMap<String, Long> sizes = sizes(owner);
                long before = sizes.getOrDefault(id, 0L);
                long total = sizes.values().stream().mapToLong(Long::longValue).sum() - before + bytes;
                if (bytes > before && total > maxOwnerBytes) {
                    throw new UserInputException("the sessions of this key would take " + total + " bytes; at most "
                            + maxOwnerBytes + " are kept per key: delete the sessions no longer needed");
                }
                if (storage.replace(new Stored(owner, fitted), current.get().version())) {
                    sizes.put(id, bytes);
                    // a change that answers its session answers it as written (its history maybe shortened)
                    @SuppressWarnings("unchecked")
                    T answer = changed.answer() == changed.session() ? (T) fitted : changed.answer();
                    return Optional.of(answer);
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw new ConcurrentChangeException("the session " + id + " was changed by others at each of "
                            + MAX_ATTEMPTS + " tries to change it; nothing was changed: try again");
                }
                pause(attempt);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The owner's sessions' bytes by id (read from the storage the first time). */
    private ConcurrentHashMap<String, Long> sizes(String owner) throws IOException {
        ConcurrentHashMap<String, Long> sizes = ownerBytes.get(owner);
        if (sizes == null) {
            ConcurrentHashMap<String, Long> read = new ConcurrentHashMap<>();
            for (Stored st : storage.list(owner, MAX_SESSIONS)) {
                read.put(st.session().id(), jsonBytes(st));
            }
            sizes = java.util.Objects.requireNonNullElse(ownerBytes.putIfAbsent(owner, read), read);
        }
        return sizes;
    }

    /**
     * The session within {@link SessionLimits#MAX_SESSION_BYTES} as stored: the oldest searches of its
     * history dropped as needed (as beyond {@link #MAX_HISTORY}; the newest is kept), or refused when it
     * passes the limit even so (its tags, case, saved queries and chart alone).
     */
    private Fitted fitted(String owner, SearchSession s) {
        long size = jsonBytes(new Stored(owner, s));
        if (size <= maxSessionBytes) {
            return new Fitted(s, size);
        }
        List<HistoryEntry> history = s.history();
        int drop = 0;
        while (size > maxSessionBytes && drop < history.size() - 1) {
            size -= jsonBytes(history.get(drop)) + 1; // and its comma
            drop++;
        }
        if (size > maxSessionBytes) {
            throw new UserInputException("the session would take " + size + " bytes; at most "
                    + maxSessionBytes + " are kept per session: start a new session, or remove tags, "
                    + "saved queries or the claim chart");
        }
        return new Fitted(s.with(s.updated(), s.tags(), history.subList(drop, history.size())), size);
    }

    /** A session as it will be stored, and its bytes. */
    record Fitted(SearchSession session, long bytes) {
    }

    /** The bytes of a value as stored (the storages keep the JSON of the session files). */
    private static long jsonBytes(Object value) {
        ByteCount count = new ByteCount();
        try {
            FileSessionStorage.JSON.writeValue(count, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // counting writes nowhere: not an I/O failure
        }
        return count.bytes;
    }

    /** Counts the bytes written to it, keeps none. */
    private static final class ByteCount extends java.io.OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** A random pause that grows with the tries, so that writers who met do not meet again. */
    private static void pause(int attempt) throws InterruptedIOException {
        int bound = Math.min(MAX_PAUSE_MILLIS, 2 << attempt);
        try {
            Thread.sleep(1 + RANDOM.nextInt(bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while changing a session");
        }
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
