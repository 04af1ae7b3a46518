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
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Embed.class, BenchCommand.Search.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput (docs/s, MB/s) against a bare Lucene loop over the same JSONL input, per input.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
                description = "JSONL inputs, each measured on its own (default: the demo corpus files).")
        List<Path> inputs;

        @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel PriorArt run (default: cores - 1).")
        Integer threads;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PriorArtConfig config = PriorArtConfig.fromEnvironment().withIngestThreads(threads);
            List<Path> in = inputs != null ? inputs : List.of(
                    config.demoDataDir().resolve("uspto-10k-abstracts.jsonl.gz"),
                    config.demoDataDir().resolve("pap2pat-sample.jsonl.gz"));
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

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PriorArtConfig config = PriorArtConfig.fromEnvironment().withModel(model).withEmbedThreads(threads);
            var manifest = org.priorart.embed.ModelManifest.load(config.modelsDir());
            var spec0 = config.model() == null ? manifest.defaultModel() : manifest.get(config.model());
            new org.priorart.bench.EmbeddingBenchmark(spec.commandLine().getOut())
                    .run(manifest, spec0, paperTexts(false, passages), config.embedThreads());
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Search latency p50/p95 per mode and the query-embedding time on an embedded index,",
                    "and HNSW recall@10 against exact search. Queries: paper titles of data/eval."})
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
            try (var patents = org.priorart.index.PatentIndex.openReadOnly(config.indexDir());
                 var models = Services.models(config, config.embedThreads())) {
                var service = new org.priorart.search.SearchService(patents, config.fieldWeights(), models);
                new org.priorart.bench.SearchBenchmark(spec.commandLine().getOut())
                        .run(patents, service, models, paperTexts(true, queries));
            }
            return 0;
        }
    }
}
