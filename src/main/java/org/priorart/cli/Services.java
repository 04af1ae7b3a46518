package org.priorart.cli;

import org.priorart.config.PriorArtConfig;
import org.priorart.embed.ModelException;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.VectorModels;
import org.priorart.index.PatentIndex;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchService;

/** Builds the search service the way every command needs it: models only when a mode embeds. */
final class Services {

    private Services() {
    }

    /** The embedding models of the configuration (checked: missing or corrupt files fail here). */
    static VectorModels models(PriorArtConfig config, int threads) throws ModelException {
        return new VectorModels(ModelManifest.load(config.modelsDir()), config.model(), threads, config.embedBatch());
    }

    /** A search service; with embedding models when the mode is semantic or hybrid. */
    static SearchService searchService(PriorArtConfig config, PatentIndex index, SearchMode mode) throws ModelException {
        VectorModels models = mode == SearchMode.KEYWORD ? null : models(config, config.embedThreads());
        return new SearchService(index, config.fieldWeights(), models);
    }
}
