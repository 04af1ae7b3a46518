package org.priorart.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.index.PatentIndex;
import org.priorart.server.PriorArtServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart serve}: the HTTP server; indexes the demo corpus into an empty index first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the PriorArt server (indexes the demo corpus into an empty index).",
                "When the index is empty, the bundled demo corpus (data/corpus) is indexed in the",
                "background while the server already answers."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: $PRIORART_HOST or 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: $PRIORART_PORT or 8080).")
    Integer port;

    @Option(names = "--no-demo", description = "Do not index the demo corpus into an empty index.")
    boolean noDemo;

    @Option(names = "--no-semantic", description = "Keyword search only: load no embedding model, embed nothing.")
    boolean noSemantic;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PriorArtConfig config = index.config().withServer(host, port);
        // Embedding in the background takes cores from searches: leave one to the server.
        VectorModels models = noSemantic ? null
                : Services.models(config, Math.max(1, Math.min(config.embedThreads(), Runtime.getRuntime().availableProcessors() - 1)));
        PatentIndex patents = PatentIndex.openWritable(config.indexDir());
        PriorArtServer server = new PriorArtServer(config, patents, models);
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl-C or SIGTERM the JVM runs only its hooks, so the hook itself stops and commits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (models != null) {
                models.close();
            }
            try {
                patents.close();
            } catch (Exception e) {
                System.err.println("error: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }, "priorart-shutdown"));
        int bound;
        try {
            bound = server.start(!noDemo);
        } catch (Exception e) {
            server.close();
            patents.close();
            throw new IllegalStateException("cannot start the server on " + config.host() + ":" + config.port()
                    + ": " + UserErrors.describe(e), e);
        }
        spec.commandLine().getOut().printf("PriorArt is serving http://%s:%d/ (index: %s, %,d documents)%n",
                config.host(), bound, config.indexDir(), patents.patentCount());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
