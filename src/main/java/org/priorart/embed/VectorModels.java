package org.priorart.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which model embeds text of which language, and the open embedders. The default model embeds
 * English and every language without a model of its own; a model that lists a language in the
 * manifest (bge-small-zh for Chinese and Japanese) embeds that language. Embedders are opened on
 * first use, so a corpus without Chinese never loads the Chinese model.
 *
 * <p>Queries get embedders of their own with one ONNX Runtime thread. A query is one short text: a
 * second intra-op thread saves about a millisecond when nothing else runs, but inside a search it
 * costs more than it saves: its thread has gone idle between queries and must wake, and it competes
 * for the cores with the keyword ranking that runs beside the embedding (hybrid) and with the
 * other requests of a busy server. Measured with {@code ./priorart bench search} on the demo index
 * (2 cores): hybrid p50 18.2 ms with one thread against 20.1 ms with two, p95 25.6 against 37.8 ms.
 * Passages (the embedding stage) keep the configured threads: there throughput is what counts.
 * A long query (a pasted claim, {@value #LONG_QUERY_TOKENS} tokens or more) is the exception: it runs
 * on {@value #LONG_QUERY_THREADS} threads when no other embedding runs in the process (issue 15).
 */
public final class VectorModels implements AutoCloseable {

    private final ModelManifest manifest;
    private final ModelSpec defaultModel;
    private final int threads;
    private final int batchSize;
    private final Map<String, Embedder> open = new LinkedHashMap<>();
    private final Map<String, Embedder> openForQueries = new LinkedHashMap<>();
    /** ONNX Runtime threads of a query embedder (see the class comment). */
    static final int QUERY_THREADS = 1;
    /**
     * ONNX Runtime threads for a long query (a pasted claim or abstract) while no other embedding
     * runs: its run is long enough for a second thread to pay. Measured with {@code ./priorart bench
     * latency} (issue 15, 2 cores): a 302-token query took 59 ms p50 on one thread, 44 on two; a
     * 32-token title 18 ms on either.
     */
    static final int LONG_QUERY_THREADS = 2;
    /** Tokens from which a query is long (see {@link #LONG_QUERY_THREADS}). */
    static final int LONG_QUERY_TOKENS = 100;

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

    /**
     * The embedder for queries of a model, with {@value #QUERY_THREADS} thread, opened on first use
     * (the passage embedder itself when that has as many threads). Same weights, same vectors.
     */
    public synchronized Embedder queryEmbedder(ModelSpec model) throws ModelException {
        if (threads <= QUERY_THREADS) {
            return embedder(model);
        }
        Embedder e = openForQueries.get(model.name());
        if (e == null) {
            e = Embedder.openForQueries(manifest, model, QUERY_THREADS, Math.min(threads, LONG_QUERY_THREADS),
                    LONG_QUERY_TOKENS);
            openForQueries.put(model.name(), e);
        }
        return e;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Embedder::close);
        open.clear();
        openForQueries.values().forEach(Embedder::close);
        openForQueries.clear();
    }
}
