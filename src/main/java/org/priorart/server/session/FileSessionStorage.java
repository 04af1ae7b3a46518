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
import java.util.ArrayList;
import java.util.List;
import org.priorart.search.Json;
import org.priorart.server.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions as files: one JSON file per session ({@code <id>.json}, holding its owner and the
 * session) in one folder, by default {@code sessions/} in the index directory, readable by the
 * server's user only (examiners' notes on pending applications: mode 600, the folder 700, see
 * {@link PrivateFiles}). Each write goes to a temporary file moved over the old one, so a crash
 * leaves the old or the new session, never half. A file that cannot be read is set aside
 * ({@code .unreadable}) and reported.
 */
public final class FileSessionStorage implements SessionStorage {

    private static final Logger LOG = LoggerFactory.getLogger(FileSessionStorage.class);
    static final ObjectMapper JSON = Json.mapper().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;

    public FileSessionStorage(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public List<Stored> readAll() throws IOException {
        List<Stored> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(PrivateFiles.ownerOnlyFolder(dir), "*.json")) {
            for (Path f : files) {
                try {
                    PrivateFiles.ownerOnly(f); // written world-readable by an older version
                    Stored s = JSON.readValue(f.toFile(), Stored.class);
                    if (s.owner() == null || s.session() == null || !SessionStore.isId(s.session().id())) {
                        throw new IOException("not a session file");
                    }
                    out.add(s);
                } catch (IOException e) {
                    LOG.error("Session file {} cannot be read ({}); set aside as .unreadable", f, e.getMessage());
                    Files.move(f, f.resolveSibling(f.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return out;
    }

    @Override
    public void write(Stored stored) throws IOException {
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
    }

    @Override
    public void delete(String id) throws IOException {
        Files.deleteIfExists(file(id));
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    private Path file(String id) {
        if (!SessionStore.isId(id)) {
            throw new IllegalArgumentException("not a session id"); // never a path from client input
        }
        return dir.resolve(id + ".json");
    }
}
