package org.priorart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Where the real data of the repository is, for tests: the demo corpus in data/corpus. */
public final class TestData {

    public static final Path CORPUS = Path.of("data", "corpus");
    public static final Path TEN_K = CORPUS.resolve("uspto-10k-abstracts.jsonl.gz");
    public static final Path PAP2PAT = CORPUS.resolve("pap2pat-sample.jsonl.gz");

    private TestData() {
    }

    /** The first {@code n} lines of a gzipped JSONL file. */
    public static List<String> lines(Path gz, int n) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < n && (line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
