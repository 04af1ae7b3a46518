package org.priorart.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which model embeds text of which language, and the open embedders. The default model embeds
 * English and every language without a model of its own; a model that lists a language in the
 * manifest (bge-small-zh for Chinese and Japanese) embeds that language. Embedders are opened on
 * first use, so a corpus without Chinese never loads the Chinese model.
 */
public final class VectorModels implements AutoCloseable {

    private final ModelManifest manifest;
    private final ModelSpec defaultModel;
    private final int threads;
    private final int batchSize;
    private final Map<String, Embedder> open = new LinkedHashMap<>();

    /**
     * @param defaultModel the name of the model for English and other languages
     * @param threads      ONNX Runtime threads of each embedder
     */
    public VectorModels(ModelManifest manifest, String defaultModel, int threads) throws ModelException {
        this(manifest, defaultModel, threads, Embedder.DEFAULT_BATCH_SIZE);
    }

    /** @param batchSize texts per ONNX run (see {@link Embedder#DEFAULT_BATCH_SIZE}) */
    public VectorModels(ModelManifest manifest, String defaultModel, int threads, int batchSize) throws ModelException {
        this.manifest = manifest;
        this.defaultModel = defaultModel == null ? manifest.defaultModel() : manifest.get(defaultModel);
        this.threads = threads;
        this.batchSize = batchSize;
        manifest.verify(this.defaultModel);
    }

    public ModelSpec defaultModel() {
        return defaultModel;
    }

    /** The model for text in a language (ISO 639-1). */
    public ModelSpec forLanguage(String language) {
        for (ModelSpec m : manifest.models()) {
            if (m != defaultModel && m.languages().contains(language) && !defaultModel.languages().contains(language)) {
                return m;
            }
        }
        return defaultModel;
    }

    /** Every model that may be used: the default and the language-specific ones. */
    public List<ModelSpec> inUse() {
        return manifest.models().stream()
                .filter(m -> m == defaultModel || m.languages().stream().anyMatch(l -> forLanguage(l) == m))
                .toList();
    }

    /** The embedder of a model, opened on first use. */
    public synchronized Embedder embedder(ModelSpec model) throws ModelException {
        Embedder e = open.get(model.name());
        if (e == null) {
            e = Embedder.open(manifest, model, threads, batchSize);
            open.put(model.name(), e);
        }
        return e;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Embedder::close);
        open.clear();
    }
}
