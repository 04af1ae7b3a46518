package org.priorart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.bench.QuerySets;
import org.priorart.bench.growth.GrowthBenchmark;
import org.priorart.bench.growth.GrowthSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code priorart bench growth}: indexing rate, size and latency as a generated collection grows. */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = {"Growth: generated patents (real abstracts' sentences recombined within a CPC subclass) indexed "
                + "keyword-only into the embedded engine and, with --cluster, into OpenSearch, step by step: docs/s, bytes per "
                + "patent, keyword p50/p95 at each size (same queries, both backends). Then passage vectors derived from real "
                + "ones (plus noise, renormalized) into the embedded engine's int8 HNSW: build time, bytes per vector on disk and "
                + "in RAM, kNN p50/p95 and recall@10 against exact. Ends with how latency grows and where one machine stops "
                + "being enough.",
                "Works in scratch indices (temporary directories under --work, cluster indices named growth-bench-...), "
                        + "deleted afterwards."})
final class BenchGrowthCommand implements Callable<Integer> {

    @Option(names = "--sizes", defaultValue = "10000,100000,1000000", split = ",", paramLabel = "N[,N...]",
            description = "Patent counts of the keyword side, ascending; 0 skips it (default 10000,100000,1000000).")
    List<Long> sizes;

    @Option(names = "--vectors", defaultValue = "10000,100000,1000000", split = ",", paramLabel = "N[,N...]",
            description = "Passage-vector counts of the nearest-neighbour side, ascending; 0 skips it (default 10000,100000,1000000).")
    List<Long> vectors;

    @Option(names = "--cluster", paramLabel = "URL[,URL...]", description = "An OpenSearch cluster to measure beside the embedded engine.")
    String cluster;

    @Option(names = "--source", paramLabel = "PATH",
            description = "Real abstracts with CPC codes (JSONL(.gz)) to recombine (default: the demo corpus's 10k abstracts).")
    Path source;

    @Option(names = "--index", paramLabel = "DIR",
            description = "An embedded index with passage vectors to derive from (copied first; default: embed real abstracts here).")
    Path index;

    @Option(names = "--real", defaultValue = "20000", paramLabel = "N", description = "Real vectors to derive from (default 20000; "
            + "without --index each is an abstract embedded here, about 25 a second on 2 cores).")
    int real;

    @Option(names = "--queries", defaultValue = "100", paramLabel = "N", description = "Keyword queries (paper title + abstract; default 100).")
    int queries;

    @Option(names = "--knn-queries", defaultValue = "100", paramLabel = "N", description = "Nearest-neighbour queries (default 100).")
    int knnQueries;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N", description = "Queries run before timing at each step (default 10).")
    int warmup;

    @Option(names = "--seed", defaultValue = "13", paramLabel = "N", description = "Generator seed (default 13).")
    long seed;

    @Option(names = "--noise", defaultValue = "0.3", paramLabel = "X",
            description = "Length of the noise added to a real unit vector (default 0.3: cosine ~0.96 to it).")
    double noise;

    @Option(names = "--per-patent", defaultValue = "4", paramLabel = "N", description = "Passages per vector patent (default 4).")
    int perPatent;

    @Option(names = "--budget-ms", defaultValue = "1000", paramLabel = "MS",
            description = "The p95 a search may take before one machine counts as not enough (default 1000).")
    double budget;

    @Option(names = "--ingester", description = "Write through the product's ingester (idempotent: a content-hash look-up per patent, "
            + "a round trip each on a cluster) instead of the engines' own bulk write of new patents.")
    boolean ingester;

    @Option(names = "--together", description = "Ingest into both backends at once, each on a thread of its own (faster on a "
            + "loaded machine; each step's docs/s is then measured under the other's load).")
    boolean together;

    @Option(names = "--threads", paramLabel = "N", description = "Writer threads of the ingester and of the vector side (default: $PRIORART_INGEST_THREADS or cores - 1).")
    Integer threads;

    @Option(names = "--until", paramLabel = "HH:MM",
            description = "Leave out the steps predicted (from the rate of the step before) to end after this time (UTC, today).")
    String until;

    @Option(names = "--work", paramLabel = "DIR", description = "Where generated files and scratch indices go (default: the temp dir).")
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PriorArtConfig config = PriorArtConfig.fromEnvironment().withIngestThreads(threads);
        Path dir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(dir);
        GrowthSettings settings = new GrowthSettings(sizes, vectors, queries, knnQueries, warmup, seed, noise, perPatent, real,
                budget, ingester, Math.max(1, config.ingestThreads()), together, dir, deadline());
        Path in = source != null ? source : config.demoAbstracts();
        List<String> texts = QuerySets.topics("papers", config.demoDataDir().resolveSibling("eval").resolve("paper-queries-sample.jsonl"),
                n -> null).texts();
        try (VectorModels models = settings.vectorSizes().isEmpty() ? null : Services.models(config, config.embedThreads())) {
            new GrowthBenchmark(spec.commandLine().getOut(), settings).run(in,
                    cluster == null ? null : config.cluster().with("opensearch", cluster), config.fieldWeights(), texts, models, index);
        }
        return 0;
    }

    private java.time.Instant deadline() {
        if (until == null) {
            return null;
        }
        try {
            return java.time.LocalDate.now(java.time.ZoneOffset.UTC).atTime(java.time.LocalTime.parse(until))
                    .toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.priorart.error.UserInputException("--until: expected a time of day HH:MM (UTC), was '" + until + "'");
        }
    }
}
