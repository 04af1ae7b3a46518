package org.priorart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.index.IngestSummary;
import org.priorart.index.Ingester;
import org.priorart.engine.SearchEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.ingest.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart index}: reads patent files into the index. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index patent documents from files (JSONL, USPTO XML/SGML, Green Book).",
                "Re-indexing a document replaces it (by publication number); an interrupted run can simply be run again. Malformed documents are reported and skipped.",
                "Exit status: 0 when at least one document was read, 1 otherwise."})
final class IndexCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files or directories to read: JSONL, USPTO XML/SGML, Green Book text; .gz and .zip are opened.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (default: detect per file), jsonl, uspto-xml or greenbook.")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Indexing threads (default: $PRIORART_INGEST_THREADS or cores - 1).")
    Integer threads;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "20000",
            description = "Commit after every N documents (default 20000; also every 30 s). A killed run loses at most the work since the last commit.")
    int commitEvery;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        PriorArtConfig config = index.config().withIngestThreads(threads);
        var chosen = InputFormat.fromCliName(format);
        var sources = InputFiles.expand(inputs);
        try (SearchEngine engine = Services.openWritable(config)) {
            Ingester ingester = new Ingester(engine, chosen, config.ingestThreads(), commitEvery, ConsoleProgress.forConsole(err));
            IngestSummary summary = ingester.ingest(sources);
            out.println("Summary: " + summary);
            out.printf("Index %s now holds %,d patents.%n", engine.location(), Services.patentCount(engine));
            if (summary.nothingRead()) {
                err.println("error: no document could be read from the input");
                return 1;
            }
            return 0;
        }
    }
}
