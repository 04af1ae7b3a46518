package org.priorart.bench.growth;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.priorart.config.ClusterSettings;
import org.priorart.config.FieldWeights;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;

/**
 * {@code priorart bench growth}: the keyword side (generated patents into the embedded engine and,
 * given a cluster, into OpenSearch, step by step) and the nearest-neighbour side (derived vectors
 * into the embedded engine's HNSW), then how latency grows with size and at which size this machine
 * stops being enough: a p95 over the budget, or an index or vector set that no longer fits in memory.
 */
public final class GrowthBenchmark {

    private final PrintWriter out;
    private final GrowthSettings settings;

    public GrowthBenchmark(PrintWriter out, GrowthSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    /** What a run measured. */
    public record Result(List<KeywordStep> keyword, List<VectorStep> vectors, RealVectors real) {
    }

    /**
     * @param source  real abstracts with CPC codes, recombined into patents
     * @param cluster the cluster to measure beside the embedded engine, or null
     * @param queries keyword query texts
     * @param models  the embedder (for the model, and to embed real passages when {@code index} is null)
     * @param index   an embedded index to read real vectors from (copied first), or null
     */
    public Result run(Path source, ClusterSettings cluster, FieldWeights weights, List<String> queries, VectorModels models,
                      Path index) throws IOException {
        SentencePool pool = SentencePool.read(source);
        out.printf("%nMachine: %d cores, %.1f GB RAM, JVM heap at most %.1f GB; load average (1 min) %.2f%n",
                Runtime.getRuntime().availableProcessors(), totalRam() / 1e9, Runtime.getRuntime().maxMemory() / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("Patents: generated (seed %d) from %,d real abstracts of %s, sentences recombined within %d CPC "
                + "subclass pools; their codes and dates (moved up to a year) from a real patent of the pool%n", settings.seed(),
                pool.sources().size(), source, pool.pools());
        List<KeywordStep> keyword = List.of();
        if (!settings.sizes().isEmpty()) {
            List<String> timed = queries.subList(0, Math.min(settings.queries(), queries.size()));
            out.printf("%nKeyword side: %s; writes: %s%s; %d queries (paper title + abstract, %.0f chars on average), "
                    + "%d warm-up; backends alternate query by query%n", cluster == null ? "embedded engine only (no --cluster)"
                    : "embedded engine and the cluster at " + String.join(",", cluster.nodes()), settings.ingester()
                    ? "the product's ingester (a content-hash look-up per patent), " + settings.threads() + " writer thread(s)"
                    : "the engines' own bulk write of new patents (_bulk on the cluster), one thread",
                    settings.together() ? ", into the backends at once" : ", one backend after the other", timed.size(), timed.stream().mapToInt(String::length).average().orElse(0),
                    settings.warmup());
            keyword = keyword(pool, cluster, weights, timed);
        }
        List<VectorStep> vectors = List.of();
        RealVectors real = null;
        if (!settings.vectorSizes().isEmpty()) {
            ModelSpec model = models.defaultModel();
            int wanted = settings.realVectors() + settings.knnQueries();
            real = index != null ? RealVectors.fromIndex(index, model, wanted, settings.work())
                    : RealVectors.embed(models.embedder(model), SentencePool.abstracts(source, wanted), source.toString());
            if (real.vectors().size() <= settings.knnQueries()) {
                throw new org.priorart.error.UserInputException("only " + real.vectors().size() + " real vectors: need more than the "
                        + settings.knnQueries() + " query vectors");
            }
            int split = real.vectors().size() - settings.knnQueries();
            NoisyVectors derived = new NoisyVectors(real.vectors().subList(0, split), settings.noise(), settings.seed());
            out.printf("%nNearest-neighbour side (embedded engine; the product's int8 HNSW): vectors of %s (%d dims) from %s; "
                    + "each a real one of %,d plus noise of length %.2f, renormalized (cosine to it ~%.3f); %d passages per patent, "
                    + "%d writer thread(s); "
                    + "%d queries: real vectors kept out of the index; recall@10 of patents against exact search over the floats%n",
                    model.name(), model.dimension(), real.source(), split, settings.noise(), derived.expectedCosine(),
                    settings.perPatent(), settings.threads(), settings.knnQueries());
            out.flush();
            vectors = new VectorGrowth(out, model, derived, settings)
                    .run(settings.work(), settings.vectorSizes(), real.vectors().subList(split, real.vectors().size()));
        }
        Result result = new Result(keyword, vectors, real);
        new GrowthReport(out, settings, totalRam(), Runtime.getRuntime().maxMemory()).print(result);
        out.flush();
        return result;
    }

    private List<KeywordStep> keyword(SentencePool pool, ClusterSettings cluster, FieldWeights weights, List<String> queries)
            throws IOException {
        List<GrowingIndex> indices = new ArrayList<>();
        try {
            indices.add(GrowingIndex.embedded(settings.work(), weights));
            if (cluster != null) {
                indices.add(GrowingIndex.cluster(cluster, weights));
            }
            return new KeywordGrowth(out, new PatentGenerator(pool, settings.seed()), settings).run(indices, settings.sizes(), queries);
        } finally {
            for (GrowingIndex i : indices) {
                i.close();
            }
        }
    }

    /** The machine's physical memory, in bytes. */
    static long totalRam() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
}
