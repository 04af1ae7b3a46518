package org.priorart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.priorart.bench.ClusterBenchmark;
import org.priorart.config.PriorArtConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code priorart bench cluster}: the cluster's ingest and embedding workers against the embedded engine. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Ingest docs/s into the embedded index and into an OpenSearch cluster (_bulk, and one document per "
                + "request) on the same input, and embedding passages/s with 1 and 2 workers on the cluster.",
                "Works in scratch indices named bulk-bench-..., deleted afterwards."})
final class BenchClusterCommand implements Callable<Integer> {

    @Option(names = "--cluster", required = true, paramLabel = "URL[,URL...]", description = "The cluster's nodes.")
    String cluster;

    @Option(names = "--input", paramLabel = "PATH", description = "JSONL(.gz) patents (default: the demo corpus's 10k abstracts).")
    Path input;

    @Option(names = "--docs", defaultValue = "3000", paramLabel = "N", description = "Documents to ingest (default 3000).")
    int docs;

    @Option(names = "--patents", defaultValue = "200", paramLabel = "N", description = "Patents to embed per run (default 200).")
    int patents;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest writer threads (default: $PRIORART_INGEST_THREADS or cores - 1).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PriorArtConfig config = PriorArtConfig.fromEnvironment().withIngestThreads(threads);
        Path in = input != null ? input : config.demoAbstracts();
        new ClusterBenchmark(spec.commandLine().getOut()).run(config.cluster().with("opensearch", cluster), config.modelsDir(),
                in, docs, patents, Math.max(1, config.ingestThreads()), config.embedThreads());
        return 0;
    }
}
