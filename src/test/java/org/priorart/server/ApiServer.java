package org.priorart.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.priorart.config.ApiSettings;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;

/** A PriorArtServer started on a free loopback port for a test, with a client; closes the server (not the index). */
final class ApiServer implements AutoCloseable {

    final PriorArtServer server;
    final int port;
    final PriorArtConfig config;

    private ApiServer(PriorArtConfig config, PriorArtServer server, int port) {
        this.config = config;
        this.server = server;
        this.port = port;
    }

    /** The test configuration: loopback, a free port, keys in the given file (or the index's), the given API settings. */
    static PriorArtConfig config(LuceneEngine index, ApiSettings api) {
        return config(index.path(), api);
    }

    /** The test configuration with this folder for the server's files (sessions): a cluster's server has no index folder. */
    static PriorArtConfig config(java.nio.file.Path dir, ApiSettings api) {
        return PriorArtConfig.fromEnvironment().withIndexDir(dir).withServer("127.0.0.1", 0).withIngestThreads(1)
                .withApi(api);
    }

    static ApiServer start(LuceneEngine index, VectorModels models, ApiSettings api) {
        return start(config(index, api), index, models);
    }

    /** A server with this configuration (e.g. another index directory, where its sessions are kept). */
    static ApiServer start(PriorArtConfig config, SearchEngine index, VectorModels models) {
        return start(config, index, models, null);
    }

    /** A server that keeps its sessions and keys in this state (null: the index directory's files). */
    static ApiServer start(PriorArtConfig config, SearchEngine index, VectorModels models, ServerState state) {
        PriorArtServer server = new PriorArtServer(config, index, models).withState(state);
        try {
            return new ApiServer(config, server, server.start(false));
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
    }

    Api client() {
        return new Api(port, null);
    }

    Api client(String key) {
        return new Api(port, key);
    }

    @Override
    public void close() {
        server.close();
    }
}
