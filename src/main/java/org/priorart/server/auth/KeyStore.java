package org.priorart.server.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.priorart.server.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys, in one JSON file (by default {@code api-keys.json} in the index directory, mode 600).
 *
 * <p>A key reads {@code pa_<id>_<secret>}: the id finds the entry, the secret (256 random bits) is
 * checked against the entry's salted SHA-256. The file never holds a key, so a copy of it gives no
 * access; a fast hash is enough because the secret is random, not a password to guess. The key is
 * shown once, by {@link #create}, and never logged.
 *
 * <p>The command line writes the file (under a lock, replacing it atomically) while the server
 * reads it: the server looks at the file's time stamp at most once a second and reloads it, so a
 * new or revoked key counts within a second, without a restart.
 *
 * <p>Keys fail closed: once a key was active, keys stay {@linkplain #keysRequired() required} for
 * the life of this store. A keys file that then goes missing, is emptied, cannot be read or has no
 * active key left means "no key is valid" (logged as an error), never "no key is needed".
 */
public final class KeyStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyStore.class);
    private static final String PREFIX = "pa_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RELOAD_CHECK_NANOS = 1_000_000_000L;
    /** An unknown key id looks at the file sooner (a key just created works at once), but not more often. */
    private static final long UNKNOWN_ID_CHECK_NANOS = 100_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content. */
    private record KeyFile(int version, List<ApiKey> keys) {
    }

    /** A key just created: the secret is only ever here. */
    public record Created(ApiKey key, String secret) {
    }

    /**
     * The keys as last read, with the file's time stamp and size (to see a change), and what is wrong
     * with the file, if anything: "is missing", "is empty", "cannot be read: ...", or null.
     */
    private record Loaded(Map<String, ApiKey> byId, FileTime modified, long size, String problem) {
        static final Loaded MISSING = new Loaded(Map.of(), null, -1, "is missing");

        boolean anyActive() {
            return byId.values().stream().anyMatch(ApiKey::active);
        }

        boolean sameFile(FileTime otherModified, long otherSize) {
            return otherModified.equals(modified) && otherSize == size;
        }
    }

    private final Path file;
    private volatile Loaded loaded = Loaded.MISSING;
    /** Whether any load saw an active key: from then on keys are required (see {@link #keysRequired}). */
    private volatile boolean hadActiveKeys;
    private volatile long lastCheck;
    private volatile long lastUnknownCheck = System.nanoTime() - UNKNOWN_ID_CHECK_NANOS;

    private KeyStore(Path file) {
        this.file = file;
    }

    /** The store of the keys in that file (which need not exist yet). */
    public static KeyStore at(Path file) throws IOException {
        KeyStore store = new KeyStore(file);
        store.reload(false);
        return store;
    }

    public Path file() {
        return file;
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
        return read().keys();
    }

    /** Whether any key is active (a server with none may only serve its own machine). */
    public boolean hasActiveKeys() {
        return current().anyActive();
    }

    /**
     * Whether a key is required: true once any key was active since this store was opened, even when
     * none is now (the last revoked, the file deleted, emptied or unreadable). Only a restart without
     * keys makes a server keyless again; a key gone astray never does.
     */
    public boolean keysRequired() {
        current();
        return hadActiveKeys;
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
            lastCheck = 0;
            key = current().byId().get(id);
        }
        if (key == null || !key.active()) {
            return Optional.empty();
        }
        byte[] expected = HexFormat.of().parseHex(key.hash());
        byte[] actual = HexFormat.of().parseHex(hash(Base64.getDecoder().decode(key.salt()), presented));
        return MessageDigest.isEqual(expected, actual) ? Optional.of(key) : Optional.empty();
    }

    /** The keys as last loaded, reloaded first when the file changed (checked at most once a second). */
    private Loaded current() {
        long now = System.nanoTime();
        if (now - lastCheck > RELOAD_CHECK_NANOS) {
            lastCheck = now;
            try {
                reload(true);
            } catch (IOException | RuntimeException e) {
                // An unreadable file holds no valid key: refusing every key is safe, keeping an old one is not
                // (it may be the one just revoked). The message never holds a key.
                FileTime modified = modifiedOrNull();
                use(new Loaded(Map.of(), modified, modified == null ? -1 : sizeOrMinusOne(),
                        "cannot be read: " + e.getMessage()), true);
            }
        }
        return loaded;
    }

    /**
     * Reads the file when it changed; throws when it cannot be read (the command line then stops).
     *
     * @param report whether to log a change that leaves no valid key (a server's periodic check, not
     *               the command line's own write)
     */
    private void reload(boolean report) throws IOException {
        if (!Files.exists(file)) {
            use(Loaded.MISSING, report);
            return;
        }
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        if (loaded.modified() != null && loaded.sameFile(modified, size)) {
            return;
        }
        if (Files.readString(file).isBlank()) {
            use(new Loaded(Map.of(), modified, size, "is empty"), report);
            return;
        }
        Map<String, ApiKey> byId = read().keys().stream().collect(Collectors.toMap(ApiKey::id, Function.identity(), (a, b) -> b));
        use(new Loaded(byId, modified, size, null), report);
    }

    /** Takes a new state of the file; says so, as an error, when it leaves a store that needs keys without any. */
    private synchronized void use(Loaded next, boolean report) {
        Loaded before = loaded;
        loaded = next;
        if (next.anyActive()) {
            hadActiveKeys = true;
            return;
        }
        boolean changed = !Objects.equals(before.problem(), next.problem()) || !Objects.equals(before.modified(), next.modified())
                || before.anyActive();
        if (report && hadActiveKeys && changed) {
            LOG.error("No API key is valid: the keys file {} {}. Keys were in use, so every request that needs a key is "
                    + "refused until one is created ('priorart keys create'); restart the server to serve without keys",
                    file, next.problem() != null ? next.problem() : "has no active key");
        }
    }

    private FileTime modifiedOrNull() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private long sizeOrMinusOne() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private KeyFile read() throws IOException {
        if (!Files.exists(file)) {
            return new KeyFile(1, List.of());
        }
        String text = Files.readString(file);
        if (text.isBlank()) {
            return new KeyFile(1, List.of());
        }
        KeyFile f = JSON.readValue(text, new TypeReference<KeyFile>() { });
        return new KeyFile(f.version(), f.keys() == null ? List.of() : f.keys());
    }

    /** Read, change, write under an exclusive lock, replacing the file atomically (never half written). */
    private void update(java.util.function.Consumer<List<ApiKey>> change) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            List<ApiKey> keys = new ArrayList<>(read().keys());
            change.accept(keys);
            Path tmp = Files.createTempFile(dir, ".api-keys", ".tmp");
            try {
                PrivateFiles.ownerOnly(tmp);
                Files.writeString(tmp, JSON.writeValueAsString(new KeyFile(1, keys)), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        lastCheck = 0;
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
