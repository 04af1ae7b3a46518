package org.priorart.cli;

import org.priorart.config.PriorArtConfig;
import org.priorart.embed.ModelException;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import java.io.IOException;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.engine.opensearch.ClusterEngine;
import org.priorart.engine.opensearch.ClusterSharedState;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchService;
import org.priorart.server.ServerState;

/** Opens the engine and builds the search service the way every command needs them: models only when a mode embeds. */
final class Services {

    private Services() {
    }

    /** The engine of the configured index, for searching only (another process may be writing it). */
    static SearchEngine openReadOnly(PriorArtConfig config) throws IOException {
        return config.cluster().isCluster() ? ClusterEngine.openReadOnly(config.cluster())
                : LuceneEngine.openReadOnly(config.indexDir());
    }

    /** The engine of the configured index, for writing (created when absent; one writer at a time). */
    static SearchEngine openWritable(PriorArtConfig config) throws IOException {
        return config.cluster().isCluster() ? ClusterEngine.openWritable(config.cluster())
                : LuceneEngine.openWritable(config.indexDir());
    }

    /**
     * Where a server keeps sessions and keys: in cluster mode the cluster, shared by every server on it;
     * null on one machine (the server then uses the index directory's files).
     */
    static ServerState serverState(PriorArtConfig config) {
        if (!config.cluster().isCluster()) {
            return null;
        }
        ClusterSharedState cluster = ClusterSharedState.open(config.cluster());
        return ServerState.shared(cluster.sessions(), cluster.keys(), cluster);
    }

    /** The number of patents the engine holds now. */
    static int patentCount(SearchEngine engine) throws IOException {
        try (var view = engine.view()) {
            return view.patentCount();
        }
    }

    /** The embedding models of the configuration (checked: missing or corrupt files fail here). */
    static VectorModels models(PriorArtConfig config, int threads) throws ModelException {
        return new VectorModels(ModelManifest.load(config.modelsDir()), config.model(), threads, config.embedBatch());
    }

    /** A search service; with embedding models when the mode is semantic or hybrid. */
    static SearchService searchService(PriorArtConfig config, SearchEngine engine, SearchMode mode) throws ModelException {
        return searchService(config, engine, mode.embeds());
    }

    /** A search service, with embedding models when {@code embeds} (for semantic and hybrid searches). */
    static SearchService searchService(PriorArtConfig config, SearchEngine engine, boolean embeds) throws ModelException {
        return searchService(config, engine, embeds ? models(config, config.embedThreads()) : null);
    }

    /** A search service with these models (null: keyword only); the one place commands build one. */
    static SearchService searchService(PriorArtConfig config, SearchEngine engine, VectorModels models) {
        return new SearchService(engine, config.fieldWeights(), models);
    }
}
