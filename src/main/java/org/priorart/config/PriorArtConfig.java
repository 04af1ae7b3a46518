package org.priorart.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything configurable, in one record. {@link #fromEnvironment} reads the defaults and the
 * {@code PRIORART_*} environment variables; command-line flags then override single values with
 * the {@code with...} methods.
 *
 * @param indexDir      where the index lives ({@code PRIORART_INDEX}, default {@code index})
 * @param demoDataDir   the bundled demo corpus that {@code serve} indexes into an empty index
 *                      ({@code PRIORART_DEMO_DATA}, default {@code data/corpus})
 * @param host          the address the server binds ({@code PRIORART_HOST}, default 127.0.0.1)
 * @param port          the server port ({@code PRIORART_PORT}, default 8080)
 * @param ingestThreads indexing threads ({@code PRIORART_INGEST_THREADS}, default: cores - 1, at least 1)
 * @param fieldWeights  BM25 field weights ({@code PRIORART_FIELD_WEIGHTS}, e.g. "title=0.5,claims=1")
 * @param modelsDir     the embedding models: manifest and unpacked weights ({@code PRIORART_MODELS}, default {@code models})
 * @param model         the embedding model for English and other languages ({@code PRIORART_MODEL};
 *                      null: the manifest's default)
 * @param embedThreads  ONNX Runtime threads for embedding ({@code PRIORART_EMBED_THREADS}, default: cores)
 * @param embedBatch    texts per ONNX run ({@code PRIORART_EMBED_BATCH}, default 1: on CPU batching
 *                      does not pay, see {@link org.priorart.embed.Embedder#DEFAULT_BATCH_SIZE})
 * @param api           the HTTP API's keys file, limits and CORS (see {@link ApiSettings} for its variables)
 * @param cluster       the engine: embedded, or an OpenSearch cluster (see {@link ClusterSettings} for its variables)
 */
public record PriorArtConfig(Path indexDir, Path demoDataDir, String host, int port, int ingestThreads,
                             FieldWeights fieldWeights, Path modelsDir, String model, int embedThreads,
                             int embedBatch, ApiSettings api, ClusterSettings cluster) {

    public static PriorArtConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static PriorArtConfig fromEnvironment(Map<String, String> env) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new PriorArtConfig(
                Path.of(env.getOrDefault("PRIORART_INDEX", "index")),
                Path.of(env.getOrDefault("PRIORART_DEMO_DATA", "data/corpus")),
                env.getOrDefault("PRIORART_HOST", "127.0.0.1"),
                intValue(env, "PRIORART_PORT", 8080),
                intValue(env, "PRIORART_INGEST_THREADS", Math.max(1, cores - 1)),
                env.containsKey("PRIORART_FIELD_WEIGHTS")
                        ? FieldWeights.parse(env.get("PRIORART_FIELD_WEIGHTS")) : FieldWeights.DEFAULT,
                Path.of(env.getOrDefault("PRIORART_MODELS", "models")),
                env.get("PRIORART_MODEL"),
                intValue(env, "PRIORART_EMBED_THREADS", cores),
                intValue(env, "PRIORART_EMBED_BATCH", 1),
                ApiSettings.fromEnvironment(env),
                ClusterSettings.fromEnvironment(env));
    }

    private static int intValue(Map<String, String> env, String name, int dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("environment variable " + name + "='" + v + "' is not a number");
        }
    }

    public PriorArtConfig withIndexDir(Path dir) {
        return dir == null ? this : new PriorArtConfig(dir, demoDataDir, host, port, ingestThreads, fieldWeights,
                modelsDir, model, embedThreads, embedBatch, api, cluster);
    }

    /** The demo corpus's 10,000 US grant abstracts with CPC: the default input of the benchmarks. */
    public Path demoAbstracts() {
        return demoDataDir.resolve("uspto-10k-abstracts.jsonl.gz");
    }

    public PriorArtConfig withDemoDataDir(Path dir) {
        return dir == null ? this : new PriorArtConfig(indexDir, dir, host, port, ingestThreads, fieldWeights,
                modelsDir, model, embedThreads, embedBatch, api, cluster);
    }

    public PriorArtConfig withServer(String newHost, Integer newPort) {
        return new PriorArtConfig(indexDir, demoDataDir, newHost == null ? host : newHost,
                newPort == null ? port : newPort, ingestThreads, fieldWeights, modelsDir, model, embedThreads, embedBatch, api, cluster);
    }

    public PriorArtConfig withIngestThreads(Integer threads) {
        return threads == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, threads, fieldWeights,
                modelsDir, model, embedThreads, embedBatch, api, cluster);
    }

    public PriorArtConfig withFieldWeights(FieldWeights weights) {
        return weights == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, ingestThreads, weights,
                modelsDir, model, embedThreads, embedBatch, api, cluster);
    }

    public PriorArtConfig withModel(String name) {
        return name == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, ingestThreads, fieldWeights,
                modelsDir, name, embedThreads, embedBatch, api, cluster);
    }

    public PriorArtConfig withEmbedThreads(Integer threads) {
        return threads == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, ingestThreads, fieldWeights,
                modelsDir, model, threads, embedBatch, api, cluster);
    }

    public PriorArtConfig withApi(ApiSettings settings) {
        return settings == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, ingestThreads, fieldWeights,
                modelsDir, model, embedThreads, embedBatch, settings, cluster);
    }

    public PriorArtConfig withCluster(ClusterSettings settings) {
        return settings == null ? this : new PriorArtConfig(indexDir, demoDataDir, host, port, ingestThreads, fieldWeights,
                modelsDir, model, embedThreads, embedBatch, api, settings);
    }

    /** The API keys file (see {@link ApiSettings#keysFileIn}). */
    public Path keysFile() {
        return api.keysFileIn(indexDir);
    }
}
