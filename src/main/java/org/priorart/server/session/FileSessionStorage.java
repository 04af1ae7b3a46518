package org.priorart.server.session;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.priorart.search.Json;
import org.priorart.server.PrivateFiles;
import org.priorart.state.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions as files, for one server: one JSON file per session ({@code <id>.json}, holding its owner
 * and the session) in one folder, by default {@code sessions/} in the index directory, readable by the
 * server's user only (examiners' notes on pending applications: mode 600, the folder 700, see
 * {@link PrivateFiles}). The files are read once, when opened, and kept in memory with a version
 * counted per write (this server is their only writer). Each write goes to a temporary file moved
 * over the old one, so a crash leaves the old or the new session, never half. A file that cannot be
 * read is set aside ({@code .unreadable}) and reported.
 */
public final class FileSessionStorage implements SessionStorage {

    private static final Logger LOG = LoggerFactory.getLogger(FileSessionStorage.class);
    static final ObjectMapper JSON = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;
    private final Map<String, Versioned> sessions = new LinkedHashMap<>();
    private long writes;

    private FileSessionStorage(Path dir) {
        this.dir = dir;
    }

    /** The sessions in this folder (created on the first write), read now. */
    public static FileSessionStorage open(Path dir) throws IOException {
        FileSessionStorage storage = new FileSessionStorage(dir);
        storage.load();
        return storage;
    }

    public Path dir() {
        return dir;
    }

    private void load() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(PrivateFiles.ownerOnlyFolder(dir), "*.json")) {
            for (Path f : files) {
                try {
                    PrivateFiles.ownerOnly(f); // written world-readable by an older version
                    Stored s = JSON.readValue(f.toFile(), Stored.class);
                    if (s.owner() == null || s.session() == null || !SessionStore.isId(s.session().id())) {
                        throw new IOException("not a session file");
                    }
                    sessions.put(s.session().id(), new Versioned(s, next()));
                } catch (IOException e) {
                    LOG.error("Session file {} cannot be read ({}); set aside as .unreadable", f, e.getMessage());
                    Files.move(f, f.resolveSibling(f.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public synchronized Optional<Versioned> read(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized List<Stored> list(String owner, int max) {
        return sessions.values().stream().map(Versioned::stored).filter(s -> s.owner().equals(owner)).limit(max).toList();
    }

    @Override
    public synchronized int count(String owner) {
        return (int) sessions.values().stream().filter(s -> s.stored().owner().equals(owner)).count();
    }

    @Override
    public synchronized boolean create(Stored stored) throws IOException {
        if (sessions.containsKey(stored.session().id())) {
            return false;
        }
        write(stored);
        return true;
    }

    @Override
    public synchronized boolean replace(Stored stored, Version expected) throws IOException {
        Versioned current = sessions.get(stored.session().id());
        if (current == null || !current.version().equals(expected)) {
            return false;
        }
        write(stored);
        return true;
    }

    private void write(Stored stored) throws IOException {
        PrivateFiles.ownerOnlyFolder(dir);
        String id = stored.session().id();
        Path target = file(id);
        Path tmp = PrivateFiles.createOwnerOnly(target.resolveSibling(id + ".json.tmp"));
        JSON.writeValue(tmp.toFile(), stored);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        sessions.put(id, new Versioned(stored, next()));
    }

    @Override
    public synchronized void delete(String id) throws IOException {
        Files.deleteIfExists(file(id));
        sessions.remove(id);
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    private Version next() {
        return new Version(++writes, 0);
    }

    private Path file(String id) {
        if (!SessionStore.isId(id)) {
            throw new IllegalArgumentException("not a session id"); // never a path from client input
        }
        return dir.resolve(id + ".json");
    }
}
