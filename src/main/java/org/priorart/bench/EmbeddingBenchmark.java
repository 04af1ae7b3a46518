package org.priorart.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.PrintWriter;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;

/**
 * Embedding throughput of PriorArt's embedder against a bare ONNX Runtime loop on the same texts:
 * the loop tokenizes each text with the same tokenizer and runs the same session one text at a
 * time, taking the first token's vector and nothing else. PriorArt adds its prefixes, batching by
 * length (when the batch size is above 1), pooling and normalization. Both run with the same
 * threads, alternating, best of three.
 */
public final class EmbeddingBenchmark {

    private final PrintWriter out;

    public EmbeddingBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(ModelManifest manifest, ModelSpec model, List<String> texts, int threads, int batchSize) throws Exception {
        try (Embedder embedder = Embedder.open(manifest, model, threads, batchSize);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(model.tokenizerPath(manifest.dir()))
                     .optTruncation(true).optPadding(false).optMaxLength(model.maxLength()).build()) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            long tokens = 0;
            for (String t : texts) {
                tokens += embedder.tokenCount(t);
            }
            try (OrtSession session = env.createSession(model.onnxPath(manifest.dir()).toString(), options)) {
                double bare = Double.MAX_VALUE;
                double ours = Double.MAX_VALUE;
                for (int round = 0; round < 3; round++) {
                    long t0 = System.nanoTime();
                    bareLoop(env, session, tokenizer, texts);
                    bare = Math.min(bare, (System.nanoTime() - t0) / 1e9);
                    long t1 = System.nanoTime();
                    embedder.embedPassages(texts);
                    ours = Math.min(ours, (System.nanoTime() - t1) / 1e9);
                }
                out.printf("%nEmbedding %s: %d passages, %.0f tokens each on average, %d threads%n", model.name(),
                        texts.size(), (double) tokens / texts.size(), threads);
                out.printf("  %-36s %8s %12s%n", "", "seconds", "passages/s");
                out.printf("  %-36s %8.2f %12.1f%n", "bare ONNX Runtime (one at a time)", bare, texts.size() / bare);
                out.printf("  %-36s %8.2f %12.1f%n", "PriorArt embedder (batch " + embedder.batchSize() + ")", ours, texts.size() / ours);
                out.printf("  ratio PriorArt/bare: %.2f (goal >= 0.9)%n", bare / ours);
                out.flush();
            }
        }
    }

    private static void bareLoop(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, List<String> texts)
            throws Exception {
        boolean types = session.getInputNames().contains("token_type_ids");
        for (String text : texts) {
            Encoding e = tokenizer.encode(text);
            long[] shape = {1, e.getIds().length};
            Map<String, OnnxTensor> in = new HashMap<>();
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getIds()), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape));
            if (types) {
                in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape));
            }
            try (OrtSession.Result r = session.run(in)) {
                float[] first = ((float[][][]) r.get(0).getValue())[0][0];
                if (first.length == 0) {
                    throw new IllegalStateException("empty output");
                }
            } finally {
                in.values().forEach(OnnxTensor::close);
            }
        }
    }
}
