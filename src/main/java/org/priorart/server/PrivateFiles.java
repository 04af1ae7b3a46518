package org.priorart.server;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that only the server's user may read: the API keys and the examiners' search sessions (their
 * notes on pending applications). Mode 600 for files, 700 for their folders, where the file system
 * has POSIX modes; elsewhere the folder's own access rules apply.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Makes an existing file readable and writable by its owner only. */
    public static void ownerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Creates the folder (and its parents) when missing, and makes it the owner's only. */
    public static Path ownerOnlyFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Creates an empty file, private from its first byte on (an existing one is replaced). */
    public static Path createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        return POSIX ? Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createFile(file);
    }
}
