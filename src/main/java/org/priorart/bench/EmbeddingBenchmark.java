package org.priorart.bench;

import java.io.PrintWriter;
import java.util.List;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;

/**
 * Embedding throughput of PriorArt's embedder against a bare ONNX Runtime loop on the same texts
 * ({@link BareOnnx}: the same tokenizer and model, one text at a time, the first token's vector and
 * nothing else). PriorArt adds its prefixes, batching by length (when the batch size is above 1),
 * pooling and normalization. Both run with the same threads, alternating, best of three.
 */
public final class EmbeddingBenchmark {

    private final PrintWriter out;

    public EmbeddingBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(ModelManifest manifest, ModelSpec model, List<String> texts, int threads, int batchSize) throws Exception {
        try (Embedder embedder = Embedder.open(manifest, model, threads, batchSize);
             BareOnnx bare = BareOnnx.open(manifest, model, threads)) {
            long tokens = 0;
            for (String t : texts) {
                tokens += embedder.tokenCount(t);
            }
            double bareSeconds = Double.MAX_VALUE;
            double ours = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (String text : texts) {
                    bare.run(text);
                }
                bareSeconds = Math.min(bareSeconds, (System.nanoTime() - t0) / 1e9);
                long t1 = System.nanoTime();
                embedder.embedPassages(texts);
                ours = Math.min(ours, (System.nanoTime() - t1) / 1e9);
            }
            out.printf("%nEmbedding %s: %d passages, %.0f tokens each on average, %d threads%n", model.name(),
                    texts.size(), (double) tokens / texts.size(), threads);
            out.printf("  %-36s %8s %12s%n", "", "seconds", "passages/s");
            out.printf("  %-36s %8.2f %12.1f%n", "bare ONNX Runtime (one at a time)", bareSeconds, texts.size() / bareSeconds);
            out.printf("  %-36s %8.2f %12.1f%n", "PriorArt embedder (batch " + embedder.batchSize() + ")", ours, texts.size() / ours);
            out.printf("  ratio PriorArt/bare: %.2f (goal >= 0.9)%n", bareSeconds / ours);
            out.flush();
        }
    }
}
