package org.priorart.bench.growth;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.priorart.bench.opensearch.OpenSearchClient;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.opensearch.ClusterEngine;
import org.priorart.index.ContentHash;
import org.priorart.index.IngestProgress;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchService;

/**
 * One backend's index as it grows: a scratch index (a temporary directory, or a cluster index named
 * {@code growth-bench-...}) filled step by step through the product's ingester, searched through the
 * product's search service, its size read after each step, and deleted at the end.
 */
final class GrowingIndex implements Closeable {

    private final String name;
    private final SearchEngine engine;
    private final SearchService service;
    private final Path dir;
    private final ClusterSettings cluster;

    private GrowingIndex(String name, SearchEngine engine, FieldWeights weights, Path dir, ClusterSettings cluster) {
        this.name = name;
        this.engine = engine;
        this.service = new SearchService(engine, weights);
        this.dir = dir;
        this.cluster = cluster;
    }

    /** An embedded index in a fresh temporary directory under {@code parent}. */
    static GrowingIndex embedded(Path parent, FieldWeights weights) throws IOException {
        Path dir = Files.createTempDirectory(parent, "growth-bench-");
        return new GrowingIndex("embedded", LuceneEngine.openWritable(dir), weights, dir, null);
    }

    /** A fresh index in the cluster, named {@code growth-bench-} and a random suffix. */
    static GrowingIndex cluster(ClusterSettings cluster, FieldWeights weights) throws IOException {
        ClusterSettings fresh = cluster.withIndex("growth-bench-" + UUID.randomUUID().toString().substring(0, 8));
        return new GrowingIndex("opensearch", ClusterEngine.openWritable(fresh), weights, null, fresh);
    }

    String name() {
        return name;
    }

    SearchService service() {
        return service;
    }

    /**
     * Adds the patents of a JSONL file and makes them searchable; the number refused.
     *
     * @param ingester through the product's ingester (idempotent: it looks each patent's content hash up
     *                 first, a round trip per patent on a cluster), else through the engine's own bulk
     *                 write of new patents ({@link SearchEngine#submit} with no look-up, batched into
     *                 {@code _bulk} on a cluster), as a first load into an empty index may
     */
    long add(Path file, int threads, boolean ingester) throws IOException {
        if (ingester) {
            IngestSummary s = new Ingester(engine, Optional.empty(), threads, IngestProgress.NONE)
                    .ingest(InputFiles.expand(List.of(file)));
            engine.refresh();
            return s.skipped();
        }
        JsonDocumentMapper mapper = new JsonDocumentMapper();
        LongAdder refused = new LongAdder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                PatentDocument doc;
                try {
                    doc = mapper.fromJson(line);
                } catch (JsonDocumentMapper.BadDocumentException e) {
                    throw new IllegalStateException(file + ", line " + n + ": a generated patent is bad: " + e.getMessage(), e);
                }
                engine.submit(doc, ContentHash.of(doc), false, e -> refused.increment());
            }
        }
        engine.commit();
        engine.refresh();
        return refused.sum();
    }

    /** The patents the index holds, as its engine counts them. */
    long patents() throws IOException {
        try (org.priorart.engine.EngineView view = engine.view()) {
            return view.patentCount();
        }
    }

    /**
     * The index's size: the embedded index's files on disk, or the store size of the cluster index's
     * primaries after a flush (what its node keeps on disk for it, replicas aside).
     */
    long bytes() throws IOException {
        if (dir != null) {
            return treeBytes(LuceneEngine.luceneDir(dir));
        }
        OpenSearchClient client = new OpenSearchClient(cluster.nodes().get(0));
        client.post("/" + cluster.index() + "/_flush", OpenSearchClient.json().createObjectNode());
        return client.get("/" + cluster.index() + "/_stats/store").path("_all").path("primaries").path("store")
                .path("size_in_bytes").asLong();
    }

    static long treeBytes(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            long sum = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try {
                    sum += Files.size(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a file a merge just deleted: not part of the index any more
                }
            }
            return sum;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (cluster != null) {
                ((ClusterEngine) engine).dropIndices();
            }
        } finally {
            engine.close();
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
