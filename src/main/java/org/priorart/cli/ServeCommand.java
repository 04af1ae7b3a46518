package org.priorart.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.priorart.config.ApiSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.server.PriorArtServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart serve}: the HTTP server (examiner's page and API); indexes the demo corpus into an empty index first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the server: the examiner's page, the API and a health page.",
                "The page is at /, the API under /api/v1 (documented at /api/v1/docs), the health page at /status. "
                        + "When the index is empty, the bundled demo corpus (data/corpus) is indexed in the background while the server already answers. "
                        + "Without API keys the server listens on 127.0.0.1 only (see 'priorart keys')."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: $PRIORART_HOST or 127.0.0.1); another than loopback needs an API key.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: $PRIORART_PORT or 8080).")
    Integer port;

    @Option(names = "--no-demo", description = "Do not index the demo corpus into an empty index.")
    boolean noDemo;

    @Option(names = "--no-semantic", description = "Keyword search only: load no embedding model, embed nothing.")
    boolean noSemantic;

    @Option(names = "--keys", paramLabel = "FILE",
            description = "API keys file (default: $PRIORART_KEYS or api-keys.json in the index directory); "
                    + "with --backend opensearch the keys and sessions live in the cluster instead.")
    Path keys;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser pages from this origin (https://host[:port]) to call the API; repeatable. Default: $PRIORART_CORS_ORIGINS, else none.")
    List<String> corsOrigins;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PriorArtConfig base = index.config().withServer(host, port);
        if (keys != null && base.cluster().isCluster()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keys names a keys file; with --backend "
                    + "opensearch the keys live in the cluster (see 'priorart keys --help')");
        }
        PriorArtConfig config;
        try {
            config = base.withApi(base.api().withKeysFile(keys)
                    .withCorsOrigins(corsOrigins == null ? null : ApiSettings.parseOrigins(String.join(",", corsOrigins))));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // The server listens first and opens the index and models behind it (a large index takes a
        // while): meanwhile /health says "starting" and the API answers 503.
        // In cluster mode sessions and keys live in the cluster, so servers behind one load balancer share them.
        PriorArtServer server = new PriorArtServer(config, () -> {
            // Embedding in the background takes cores from searches: leave one to the server.
            VectorModels models = noSemantic ? null
                    : Services.models(config, Math.max(1, Math.min(config.embedThreads(), Runtime.getRuntime().availableProcessors() - 1)));
            try {
                return new PriorArtServer.Opened(Services.openWritable(config), models);
            } catch (Exception e) {
                if (models != null) {
                    models.close();
                }
                throw e;
            }
        }).withState(Services.serverState(config));
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl-C or SIGTERM the JVM runs only its hooks, so the hook itself stops and commits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "priorart-shutdown"));
        int bound;
        try {
            bound = server.start(!noDemo);
            server.awaitOpen();
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException("cannot start the server on " + config.host() + ":" + config.port()
                    + ": " + UserErrors.describe(e), e);
        }
        spec.commandLine().getOut().printf("PriorArt is serving http://%s:%d/ (index: %s, %,d documents; API: /api/v1, docs: /api/v1/docs)%n",
                config.host(), bound, config.indexDir(), Services.patentCount(server.searchService().engine()));
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
