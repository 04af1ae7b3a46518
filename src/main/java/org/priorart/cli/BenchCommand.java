package org.priorart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.bench.IngestBenchmark;
import org.priorart.config.PriorArtConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code priorart bench}: benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures (ratios against a baseline in the same run).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Embed.class, BenchCommand.Search.class, BenchCommand.Api.class,
                BenchLatencyCommand.class, AttackCommand.class, BenchFaultsCommand.class, BenchClusterCommand.class,
                BenchGrowthCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput (docs/s, MB/s) against a bare Lucene loop over the same input (JSONL or EPO XML), per input.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
                description = "JSONL or EPO XML inputs, each measured on its own (default: the demo corpus files).")
        List<Path> inputs;

        @Option(names = "--ep", arity = "1..*", paramLabel = "PATH",
                description = "EP full-text XML files or folders: measured as one bulk file holding each of them --ep-copies times under numbers of their own.")
        List<Path> ep;

        @Option(names = "--ep-copies", defaultValue = "30", paramLabel = "N", description = "Copies of each EP document in the bulk file (default 30).")
        int epCopies;

        @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel PriorArt run (default: cores - 1).")
        Integer threads;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PriorArtConfig config = PriorArtConfig.fromEnvironment().withIngestThreads(threads);
            List<Path> in = new java.util.ArrayList<>(inputs != null ? inputs : ep != null ? List.of() : List.of(
                    config.demoAbstracts(),
                    config.demoDataDir().resolve("pap2pat-sample.jsonl.gz")));
            if (ep != null) {
                in.add(IngestBenchmark.epBulk(ep, epCopies));
            }
            new IngestBenchmark(spec.commandLine().getOut()).run(in, Math.max(1, config.ingestThreads()));
            return 0;
        }
    }

    /** Paper titles and abstracts of the bundled evaluation sample: realistic queries and passages. */
    static List<String> paperTexts(boolean titles, int limit) throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>();
        Path file = Path.of(System.getenv().getOrDefault("PRIORART_DEMO_DATA", "data/corpus")).resolveSibling("eval")
                .resolve("paper-queries-sample.jsonl");
        for (String line : java.nio.file.Files.readAllLines(file)) {
            var node = org.priorart.search.Json.mapper().readTree(line);
            texts.add(titles ? node.path("title").asText() : node.path("abstract").asText());
            if (texts.size() >= limit) {
                break;
            }
        }
        return texts;
    }

    @Command(name = "embed", mixinStandardHelpOptions = true,
            description = "Embedding throughput (passages/s) of PriorArt's embedder against a bare ONNX Runtime loop on the same texts.")
    static final class Embed implements Callable<Integer> {

        @Option(names = "--passages", defaultValue = "100", paramLabel = "N", description = "Number of passages (paper abstracts; default 100).")
        int passages;

        @Option(names = "--threads", paramLabel = "N", description = "ONNX Runtime threads (default: all cores).")
        Integer threads;

        @Option(names = "--model", paramLabel = "NAME", description = "Model (default: the manifest's default).")
        String model;

        @Option(names = "--batch", paramLabel = "N", description = "Texts per ONNX run (default: $PRIORART_EMBED_BATCH or 1).")
        Integer batch;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PriorArtConfig config = PriorArtConfig.fromEnvironment().withModel(model).withEmbedThreads(threads);
            var manifest = org.priorart.embed.ModelManifest.load(config.modelsDir());
            var spec0 = config.model() == null ? manifest.defaultModel() : manifest.get(config.model());
            new org.priorart.bench.EmbeddingBenchmark(spec.commandLine().getOut())
                    .run(manifest, spec0, paperTexts(false, passages), config.embedThreads(),
                            batch == null ? config.embedBatch() : batch);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Search latency per mode, query-embedding time and HNSW recall@10 on an embedded index.",
                    "p50/p95 of keyword, semantic and hybrid searches (10 hits with snippets), the query-embedding time alone, "
                            + "and HNSW recall@10 against exact search. Queries: paper titles of data/eval."})
    static final class Search implements Callable<Integer> {

        @Option(names = "--queries", defaultValue = "100", paramLabel = "N", description = "Number of queries (default 100).")
        int queries;

        @picocli.CommandLine.Mixin
        PriorArtCli.IndexOption index;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PriorArtConfig config = index.config();
            try (var patents = org.priorart.engine.lucene.LuceneEngine.openReadOnly(config.indexDir());
                 var models = Services.models(config, config.embedThreads())) {
                var service = new org.priorart.search.SearchService(patents, config.fieldWeights(), models);
                new org.priorart.bench.SearchBenchmark(spec.commandLine().getOut())
                        .run(patents, service, models, paperTexts(true, queries));
            }
            return 0;
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true,
            description = {"Load test of the API over loopback, against the search service in-process.",
                    "Requests/s and p50/p95/p99 per mode with N concurrent clients (and the same load on the search service in-process), "
                            + "and the API's overhead (p50 ratio) against the search service in-process on the same queries.",
                    "Starts a server on the index (read-only, no keys, 127.0.0.1) unless --url names a running one."})
    static final class Api implements Callable<Integer> {

        @Option(names = "--clients", defaultValue = "50", paramLabel = "N", description = "Concurrent clients (default 50).")
        int clients;

        @Option(names = "--duration", defaultValue = "60", paramLabel = "SECONDS", description = "Load per mode, in seconds (default 60).")
        int seconds;

        @Option(names = "--modes", defaultValue = "keyword,semantic,hybrid", split = ",", paramLabel = "MODES",
                description = "Modes to measure (default keyword,semantic,hybrid).")
        List<String> modes;

        @Option(names = "--queries", defaultValue = "100", paramLabel = "N", description = "Distinct queries (paper titles; default 100).")
        int queries;

        @Option(names = "--url", paramLabel = "URL", description = "A running server (e.g. http://127.0.0.1:8080) instead of one started here.")
        String url;

        @Option(names = "--key", paramLabel = "KEY", description = "API key for --url (default: $PRIORART_API_KEY; none for a server without keys).")
        String key;

        @picocli.CommandLine.Mixin
        PriorArtCli.IndexOption index;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<org.priorart.search.SearchMode> measured = modes.stream().map(org.priorart.search.SearchMode::parse).toList();
            boolean embeds = measured.stream().anyMatch(m -> m != org.priorart.search.SearchMode.KEYWORD);
            // The in-process server listens on loopback without keys; it takes as many requests at once as there are clients.
            PriorArtConfig config = index.config().withServer("127.0.0.1", 0).withApi(index.config().api()
                    .withMaxConcurrent(Math.max(clients, 1)).withMaxConcurrentPerClient(Math.max(clients, 1))
                    .withWorkersPerClient(Math.max(clients, 1))
                    .withRateLimits(0, 0).withKeysFile(
                            java.nio.file.Files.createTempFile("priorart-bench-keys", ".json")));
            java.nio.file.Files.deleteIfExists(config.keysFile());
            try (var patents = Services.openReadOnly(config);
                 var models = embeds ? Services.models(config, config.embedThreads()) : null) {
                var service = new org.priorart.search.SearchService(patents, config.fieldWeights(), models);
                org.priorart.server.PriorArtServer server = null;
                String base = url;
                try {
                    if (base == null) {
                        server = new org.priorart.server.PriorArtServer(config, patents, models);
                        base = "http://127.0.0.1:" + server.start(false);
                    }
                    String apiKey = key != null ? key : System.getenv("PRIORART_API_KEY");
                    new org.priorart.bench.ApiBenchmark(spec.commandLine().getOut()).run(base, url == null ? null : apiKey, service,
                            paperTexts(true, queries), measured, clients, java.time.Duration.ofSeconds(seconds));
                } finally {
                    if (server != null) {
                        server.close();
                    }
                }
            }
            return 0;
        }
    }
}
