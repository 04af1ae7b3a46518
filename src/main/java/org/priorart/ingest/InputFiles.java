package org.priorart.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands command-line paths into readable sources: a directory into its files (recursively, in name
 * order), a .zip into its entries, a .gz into its decompressed content. Nested archives are opened
 * too: a .gz inside a .zip (weekly USPTO bulk files), and a .zip inside a .zip (DOCDB bulk files,
 * the EP publication server's archives), whose XML files are read one after another as one source.
 * The page images and PDFs that EPO archives hold beside the XML are no patent text and are passed over.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Lists the sources behind the given paths.
     *
     * @throws IOException naming the path when it does not exist or cannot be listed
     */
    public static List<InputSource> expand(List<Path> paths) throws IOException {
        List<InputSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                        addFile(file, sources);
                    }
                }
            } else {
                addFile(path, sources);
            }
        }
        return sources;
    }

    private static void addFile(Path file, List<InputSource> sources) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return;
        }
        long size = Files.size(file);
        if (name.endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                zip.stream().filter(e -> !e.isDirectory() && !isImage(e.getName())).sorted(Comparator.comparing(ZipEntry::getName))
                        .forEach(entry -> sources.add(entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")
                                ? nestedZip(file, entry) : zipEntry(file, entry)));
            } catch (java.util.zip.ZipException e) {
                throw new IOException(file + ": not a readable zip archive (" + e.getMessage() + ")", e);
            }
            return;
        }
        sources.add(new InputSource(file.toString(), size,
                counter -> maybeGunzip(name, InputSource.counting(Files.newInputStream(file), counter))));
    }

    private static InputSource zipEntry(Path archive, ZipEntry entry) {
        String entryName = entry.getName();
        String lower = entryName.toLowerCase(Locale.ROOT);
        return new InputSource(archive + "!" + entryName, entry.getSize(), counter -> {
            ZipFile zip = new ZipFile(archive.toFile());
            // Counted after inflating the entry, so its size is the uncompressed size.
            InputStream in = InputSource.counting(zip.getInputStream(zip.getEntry(entryName)), counter);
            return maybeGunzip(lower, new FilterInputStream(in) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            });
        });
    }

    /** Page images, drawings and PDFs: what EPO archives hold beside the XML. */
    private static boolean isImage(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".tif") || n.endsWith(".tiff") || n.endsWith(".pdf") || n.endsWith(".png") || n.endsWith(".jpg")
                || n.endsWith(".jpeg") || n.endsWith(".gif") || n.endsWith(".bmp");
    }

    /**
     * A .zip inside a .zip: its XML files read one after another as one stream (the EPO readers cut
     * records out of it wherever they stand), streamed, never unpacked to disk or held whole.
     */
    private static InputSource nestedZip(Path archive, ZipEntry entry) {
        String entryName = entry.getName();
        return new InputSource(archive + "!" + entryName, entry.getSize(), counter -> {
            ZipFile zip = new ZipFile(archive.toFile());
            InputStream outer = InputSource.counting(zip.getInputStream(zip.getEntry(entryName)), counter);
            java.util.zip.ZipInputStream inner = new java.util.zip.ZipInputStream(new BufferedInputStream(outer, 1 << 16));
            InputStream xml = new java.io.SequenceInputStream(new java.util.Enumeration<InputStream>() {
                private ZipEntry next = nextXml();

                private ZipEntry nextXml() {
                    try {
                        ZipEntry e;
                        while ((e = inner.getNextEntry()) != null) {
                            String n = e.getName().toLowerCase(Locale.ROOT);
                            if (!e.isDirectory() && (n.endsWith(".xml") || n.endsWith(".sgm") || n.endsWith(".sgml"))) {
                                return e;
                            }
                        }
                        return null;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(archive + "!" + entryName + ": not a readable zip archive", e);
                    }
                }

                @Override
                public boolean hasMoreElements() {
                    return next != null;
                }

                @Override
                public InputStream nextElement() {
                    next = null;
                    // the current entry of the inner archive, up to its end; closing it must not close the archive
                    InputStream current = new FilterInputStream(inner) {
                        @Override
                        public void close() {
                        }
                    };
                    return new java.io.SequenceInputStream(current, new java.io.ByteArrayInputStream(new byte[] {'\n'})) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            next = nextXml();
                        }
                    };
                }
            });
            return new BufferedInputStream(new FilterInputStream(xml) {
                @Override
                public void close() throws IOException {
                    try {
                        inner.close();
                    } finally {
                        zip.close();
                    }
                }
            }, 1 << 16);
        });
    }

    private static InputStream maybeGunzip(String lowerName, InputStream raw) throws IOException {
        InputStream buffered = new BufferedInputStream(raw, 1 << 16);
        if (lowerName.endsWith(".gz") || lowerName.endsWith(".gzip")) {
            try {
                return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
            } catch (IOException e) {
                buffered.close();
                throw new IOException("not a readable gzip file (" + e.getMessage() + ")", e);
            }
        }
        return buffered;
    }
}
