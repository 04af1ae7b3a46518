package org.priorart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.priorart.config.PriorArtConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code priorart} command and its sub-commands. */
@Command(name = "priorart", mixinStandardHelpOptions = true, version = "PriorArt 0.1.0",
        description = "Patent prior-art search: index patent documents, search them, serve the search page and API.",
        subcommands = {IndexCommand.class, EmbedCommand.class, SearchCommand.class, SimilarCommand.class,
                ShowCommand.class, ServeCommand.class, KeysCommand.class, EvalCommand.class, FitWeightsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class PriorArtCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The index directory option shared by the commands that use an index. */
    static final class IndexOption {
        @Option(names = "--index", paramLabel = "DIR",
                description = "Index directory (default: $PRIORART_INDEX or ./index).")
        Path indexDir;

        @Option(names = "--backend", paramLabel = "ENGINE",
                description = "embedded (Lucene in --index, the default) or opensearch (default: $PRIORART_BACKEND).")
        String backend;

        @Option(names = "--cluster", paramLabel = "URL[,URL...]",
                description = "The OpenSearch cluster's nodes (default: $PRIORART_CLUSTER); implies --backend opensearch.")
        String cluster;

        @Option(names = "--cluster-index", paramLabel = "NAME",
                description = "The cluster's patent index, after which its other indices are named (default: $PRIORART_CLUSTER_INDEX or priorart).")
        String clusterIndex;

        PriorArtConfig config() {
            PriorArtConfig config = PriorArtConfig.fromEnvironment().withIndexDir(indexDir);
            if (clusterIndex != null) {
                config = config.withCluster(config.cluster().withIndex(clusterIndex));
            }
            return backend == null && cluster == null ? config : config.withCluster(config.cluster().with(backend, cluster));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PriorArtCli());
        cli.setOut(out);
        cli.setErr(err);
        // A wrong option value or a missing argument: the message and where to look, not the whole usage.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter errors = command.getErr();
            errors.println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
            errors.println("(see '" + command.getCommandSpec().qualifiedName() + " --help')");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + UserErrors.describe(e));
            if (System.getenv("PRIORART_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli.execute(args);
    }
}
