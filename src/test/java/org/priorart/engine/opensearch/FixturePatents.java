package org.priorart.engine.opensearch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.priorart.TestData;
import org.priorart.engine.SearchEngine;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;

/**
 * Real patents of the repository's fixtures in one JSON-lines file, with their keys in file order:
 * the set-up of the tests that write the same patents into both engines and compare what they read.
 */
record FixturePatents(Path file, List<String> keys) {

    /** The first {@code pap2pat} full-text and {@code tenK} abstract patents, written to {@code dir}/patents.jsonl. */
    static FixturePatents write(Path dir, int pap2pat, int tenK) throws Exception {
        List<String> lines = new ArrayList<>(TestData.lines(TestData.PAP2PAT, pap2pat));
        lines.addAll(TestData.lines(TestData.TEN_K, tenK));
        Path file = dir.resolve("patents.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        JsonDocumentMapper json = new JsonDocumentMapper();
        List<String> keys = new ArrayList<>();
        for (String line : lines) {
            keys.add(json.fromJson(line).id());
        }
        return new FixturePatents(file, List.copyOf(keys));
    }

    /** Ingests {@code file} through the product's ingester (one thread) and makes it searchable. */
    static void ingest(SearchEngine engine, Path file) throws Exception {
        new Ingester(engine, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(file)));
        engine.refresh();
    }

    /** Ingests these patents into {@code engine}. */
    void ingestInto(SearchEngine engine) throws Exception {
        ingest(engine, file);
    }
}
