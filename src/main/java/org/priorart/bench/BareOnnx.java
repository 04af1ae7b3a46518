package org.priorart.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;

/**
 * The baseline of the embedding benchmarks: the same tokenizer and ONNX model file run bare, one text
 * at a time, taking the first token's vector and nothing else (no prefix, pooling, normalization or
 * batching). What PriorArt's embedder costs beyond it is PriorArt's own overhead.
 */
final class BareOnnx implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean types;

    private BareOnnx(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.types = session.getInputNames().contains("token_type_ids");
    }

    /** A session with {@code threads} intra-op threads and ONNX Runtime's defaults (spinning workers). */
    static BareOnnx open(ModelManifest manifest, ModelSpec model, int threads) throws IOException, OrtException {
        return open(manifest, model, threads, false);
    }

    /**
     * A session with {@code threads} intra-op threads, the tokenizer truncating to the model's length;
     * {@code priorArtSettings} opens it with the options of PriorArt's embedder ({@link
     * Embedder#sessionOptions}: workers spin only briefly between the parts of a run), so that the cost
     * of the settings and the cost of the embedder's own code show apart.
     */
    static BareOnnx open(ModelManifest manifest, ModelSpec model, int threads, boolean priorArtSettings)
            throws IOException, OrtException {
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(model.tokenizerPath(manifest.dir()))
                .optTruncation(true).optPadding(false).optMaxLength(model.maxLength()).build();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = priorArtSettings ? Embedder.sessionOptions(threads) : defaults(threads)) {
            return new BareOnnx(env, env.createSession(model.onnxPath(manifest.dir()).toString(), options), tokenizer);
        } catch (OrtException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** ONNX Runtime's defaults (its workers spin), with the threads and graph optimizations PriorArt uses. */
    private static OrtSession.SessionOptions defaults(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /** Tokenizes and runs one text; returns the first token's vector. */
    float[] run(String text) throws OrtException {
        Encoding e = tokenizer.encode(text);
        long[] shape = {1, e.getIds().length};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getIds()), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getAttentionMask()), shape));
            if (types) {
                in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(e.getTypeIds()), shape));
            }
            try (OrtSession.Result r = session.run(in)) {
                return ((float[][][]) r.get(0).getValue())[0][0];
            }
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
        tokenizer.close();
    }
}
