package org.priorart.server.auth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.priorart.server.PrivateFiles;
import org.priorart.server.auth.KeysJson.KeyList;

/**
 * The keys in one JSON file (by default {@code api-keys.json} in the index directory, mode 600). The
 * command line writes it under a lock, replacing it atomically (never half written), while servers
 * read it: a server looks at the file's time stamp and size at most once a second and reads it again
 * when they changed.
 */
public final class FileKeyStorage implements KeyStorage {

    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final Path file;

    public FileKeyStorage(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Snapshot readIfChanged(String stamp) throws IOException {
        if (!Files.exists(file)) {
            return new Snapshot(List.of(), null, "is missing", false);
        }
        String now = Files.getLastModifiedTime(file) + "/" + Files.size(file);
        if (now.equals(stamp)) {
            return null;
        }
        String text = Files.readString(file);
        if (text.isBlank()) {
            return new Snapshot(List.of(), now, "is empty", false);
        }
        return new Snapshot(KeysJson.JSON.readValue(text, KeyList.class).keys(), now, null, false);
    }

    private List<ApiKey> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        return text.isBlank() ? List.of() : KeysJson.JSON.readValue(text, KeyList.class).keys();
    }

    /** Read, change, write under an exclusive lock, replacing the file atomically (never half written). */
    @Override
    public void update(Consumer<List<ApiKey>> change) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(file.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            List<ApiKey> keys = new ArrayList<>(read());
            change.accept(keys);
            Path tmp = Files.createTempFile(dir, ".api-keys", ".tmp");
            try {
                PrivateFiles.ownerOnly(tmp);
                Files.writeString(tmp, KeysJson.JSON.writeValueAsString(new KeyList(1, null, keys)), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    @Override
    public Duration recheck() {
        return RECHECK;
    }

    @Override
    public String describe() {
        return "the keys file " + file;
    }
}
