package org.priorart.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.priorart.server.auth.KeyStorage.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys, kept through a {@link KeyStorage}: one file ({@link FileKeyStorage}, by default
 * {@code api-keys.json} in the index directory) or, in cluster mode, a store the servers share
 * ({@link SharedKeyStorage}).
 *
 * <p>A key reads {@code pa_<id>_<secret>}: the id finds the entry, the secret (256 random bits) is
 * checked against the entry's salted SHA-256. The storage never holds a key, so a copy of it gives no
 * access; a fast hash is enough because the secret is random, not a password to guess. The key is
 * shown once, by {@link #create}, and never logged.
 *
 * <p>The command line writes the keys while servers read them: a server looks for a change at most
 * once per {@link KeyStorage#recheck()} (a second for a file, half a second in a cluster), so a new or
 * revoked key counts within a second, without a restart.
 *
 * <p>Keys fail closed: once a key was active (or the storage says keys are required), keys stay
 * {@linkplain #keysRequired() required} for the life of this store. Keys that then go missing, are
 * emptied, cannot be read or have no active key left mean "no key is valid" (logged as an error),
 * never "no key is needed". A server on a shared store that cannot be read when it starts
 * ({@link #serving}) cannot know whether keys were made: it requires them.
 */
public final class KeyStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyStore.class);
    private static final String PREFIX = "pa_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** An unknown key id looks at the storage sooner (a key just created works at once), but not more often. */
    private static final long UNKNOWN_ID_CHECK_NANOS = 100_000_000L;

    /** A key just created: the secret is only ever here. */
    public record Created(ApiKey key, String secret) {
    }

    /** The keys as last read, by id, with the storage's stamp and problem (see {@link Snapshot}). */
    private record Loaded(Map<String, ApiKey> byId, String stamp, String problem, boolean required) {
        static final Loaded NONE = new Loaded(Map.of(), null, "is not read yet", false);

        static Loaded of(Snapshot s) {
            return new Loaded(s.keys().stream().collect(Collectors.toMap(ApiKey::id, Function.identity(), (a, b) -> b)),
                    s.stamp(), s.problem(), s.required());
        }

        boolean anyActive() {
            return byId.values().stream().anyMatch(ApiKey::active);
        }
    }

    private final KeyStorage storage;
    private final long recheckNanos;
    private volatile Loaded loaded = Loaded.NONE;
    /** Whether keys are required from now on (see {@link #keysRequired}). */
    private volatile boolean required;
    private volatile long lastCheck;
    private volatile long lastUnknownCheck = System.nanoTime() - UNKNOWN_ID_CHECK_NANOS;

    private KeyStore(KeyStorage storage) {
        this.storage = storage;
        this.recheckNanos = storage.recheck().toNanos();
    }

    /** The store of the keys in that file (which need not exist yet); throws when it cannot be read. */
    public static KeyStore at(Path file) throws IOException {
        return open(new FileKeyStorage(file));
    }

    /** The store of the keys in this storage; throws when they cannot be read (the command line then stops). */
    public static KeyStore open(KeyStorage storage) throws IOException {
        KeyStore store = new KeyStore(storage);
        store.reload(false);
        store.lastCheck = System.nanoTime();
        return store;
    }

    /**
     * The store of a server on a shared storage: one that cannot be read now holds no valid key and
     * makes keys required (logged), rather than stopping the server or opening it to everyone.
     */
    public static KeyStore serving(KeyStorage storage) {
        KeyStore store = new KeyStore(storage);
        try {
            store.reload(false);
        } catch (IOException | RuntimeException e) {
            store.required = true; // keys may exist where we cannot see them: never keyless on a guess
            store.unreadable(e);
        }
        store.lastCheck = System.nanoTime();
        return store;
    }

    /** Where the keys are, for messages. */
    public String describe() {
        return storage.describe();
    }

    /** Creates a key; the secret in the result is shown to the user once and stored nowhere. */
    public Created create(String name, Role role, Integer ratePerMinute, Long dailyQuota) throws IOException {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("a key name is 1-64 letters, digits and . _ @ -, was '" + name + "'");
        }
        if (ratePerMinute != null && ratePerMinute < 0 || dailyQuota != null && dailyQuota < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0: unlimited)");
        }
        Created[] created = new Created[1];
        update(keys -> {
            if (keys.stream().anyMatch(k -> k.active() && k.name().equals(name))) {
                throw new IllegalArgumentException("an active key named '" + name + "' exists; revoke it first or choose another name");
            }
            String id;
            do {
                id = HexFormat.of().formatHex(randomBytes(6));
            } while (find(keys, id) != null);
            String secret = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
            byte[] salt = randomBytes(16);
            ApiKey key = new ApiKey(id, name, role, Base64.getEncoder().encodeToString(salt), hash(salt, secret),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), null, ratePerMinute, dailyQuota);
            keys.add(key);
            created[0] = new Created(key, secret);
        });
        return created[0];
    }

    /** Revokes the active key with that id or name; returns it. */
    public ApiKey revoke(String idOrName) throws IOException {
        ApiKey[] revoked = new ApiKey[1];
        update(keys -> {
            for (int i = 0; i < keys.size(); i++) {
                ApiKey k = keys.get(i);
                if (k.active() && (k.id().equals(idOrName) || k.name().equals(idOrName))) {
                    revoked[0] = k.revokedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
                    keys.set(i, revoked[0]);
                    return;
                }
            }
            throw new IllegalArgumentException("no active key with id or name '" + idOrName + "'");
        });
        return revoked[0];
    }

    /** All keys, active and revoked, in the order they were created. */
    public List<ApiKey> list() throws IOException {
        return storage.readIfChanged(null).keys();
    }

    /** Whether any key is active (a server with none may only serve its own machine). */
    public boolean hasActiveKeys() {
        return current().anyActive();
    }

    /**
     * Whether a key is required: true once any key was active since this store was opened (or the
     * storage said so), even when none is now (the last revoked, the keys deleted, emptied or
     * unreadable). Only a restart without keys makes a server keyless again; a key gone astray never does.
     */
    public boolean keysRequired() {
        current();
        return required;
    }

    /** The active key this text is, if it is one. Constant time in the secret. */
    public Optional<ApiKey> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        String id = presented.substring(PREFIX.length(), end);
        ApiKey key = current().byId().get(id);
        long now = System.nanoTime();
        if (key == null && now - lastUnknownCheck > UNKNOWN_ID_CHECK_NANOS) {
            lastUnknownCheck = now;
            lastCheck = now - recheckNanos - 1;
            key = current().byId().get(id);
        }
        if (key == null || !key.active()) {
            return Optional.empty();
        }
        byte[] expected = HexFormat.of().parseHex(key.hash());
        byte[] actual = HexFormat.of().parseHex(hash(Base64.getDecoder().decode(key.salt()), presented));
        return MessageDigest.isEqual(expected, actual) ? Optional.of(key) : Optional.empty();
    }

    /** The keys as last loaded, read again first when they changed (looked at most once per recheck). */
    private Loaded current() {
        long now = System.nanoTime();
        if (now - lastCheck > recheckNanos) {
            lastCheck = now;
            try {
                reload(true);
            } catch (IOException | RuntimeException e) {
                unreadable(e);
            }
        }
        return loaded;
    }

    /**
     * Keys that cannot be read hold no valid key: refusing every key is safe, keeping an old one is not
     * (it may be the one just revoked). The message never holds a key.
     */
    private void unreadable(Exception e) {
        use(new Loaded(Map.of(), null, "cannot be read: " + e.getMessage(), false), true);
    }

    /**
     * Reads the keys when they changed; throws when they cannot be read.
     *
     * @param report whether to log a change that leaves no valid key (a server's periodic check, not
     *               the command line's own write)
     */
    private void reload(boolean report) throws IOException {
        Snapshot s = storage.readIfChanged(loaded.stamp());
        if (s != null) {
            use(Loaded.of(s), report);
        }
    }

    /** Takes a new state of the keys; says so, as an error, when it leaves a store that needs keys without any. */
    private synchronized void use(Loaded next, boolean report) {
        Loaded before = loaded;
        loaded = next;
        if (next.required()) {
            required = true;
        }
        if (next.anyActive()) {
            required = true;
            return;
        }
        boolean changed = !Objects.equals(before.problem(), next.problem()) || !Objects.equals(before.stamp(), next.stamp())
                || before.anyActive();
        if (report && required && changed) {
            LOG.error("No API key is valid: {} {}. Keys were in use, so every request that needs a key is "
                    + "refused until one is created ('priorart keys create'); restart the server to serve without keys",
                    storage.describe(), next.problem() != null ? next.problem() : "has no active key");
        }
    }

    /** Read, change, write as one step (see {@link KeyStorage#update}), then read again. */
    private void update(java.util.function.Consumer<List<ApiKey>> change) throws IOException {
        storage.update(change);
        lastCheck = System.nanoTime();
        reload(false);
    }

    private static ApiKey find(List<ApiKey> keys, String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst().orElse(null);
    }

    static String hash(byte[] salt, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
