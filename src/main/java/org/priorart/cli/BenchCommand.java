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
        subcommands = {BenchCommand.Ingest.class})
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
}
