package org.priorart.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds texts with one model: DJL's HuggingFace tokenizer (truncation to the model's length, no
 * padding: batches are padded to their own longest text), ONNX Runtime for the transformer, the
 * model's pooling, then L2 normalization. Texts are sorted by length and batched, so a batch holds
 * texts of similar length and little padding is computed.
 *
 * <p>Thread-safe: ONNX Runtime sessions may run concurrently; {@code threads} sets the intra-op
 * threads of each run.
 */
public final class Embedder implements AutoCloseable {

    /**
     * Texts per ONNX run by default: one. Measured on a 2-core AVX2 CPU (bench embed, 100 paper
     * abstracts of ~270 tokens, bge-small int8): batches of 4 run at 1.01 times the speed of single
     * texts, batches of 16 at 0.75; and with int8 dynamic quantization, whose scales span the whole
     * batch tensor, a text's vector would depend on its batch neighbours (by up to 1e-2 per
     * dimension). Batching by length stays available for hardware where it pays.
     */
    public static final int DEFAULT_BATCH_SIZE = 1;

    /**
     * How long ONNX Runtime's intra-op threads spin, in microseconds, waiting for the next parallel
     * part of a run before they block. ONNX Runtime's default spins much longer, so a waiting worker
     * holds a core; on the 2-core machines PriorArt targets, that core is the one the search thread,
     * the web server or the next session's run needs. Measured (30 long paper queries, bge-small
     * int8, one 2-thread session): with other processes busy, 113 ms per query without spinning
     * against 274-300 ms with the default; a 2-thread run right after another session's spinning
     * run took 331-353 ms. Not spinning at all cost 9% on an idle machine instead (a blocked worker
     * wakes late for each of the run's hundreds of parallel parts). A spin of 20 us is both: idle,
     * 1.01x the default session (no spin 1.09x, 10 us 1.05x, 50 us 1.00x) at 7% less CPU per query
     * than the default and 4% less than no spin; busy, as fast as no spin (50 us and more lose again).
     */
    static final String SPIN_DURATION_US = "20";

    private final ModelSpec model;
    private final HuggingFaceTokenizer tokenizer;
    private final OrtEnvironment env;
    private final OrtSession session;
    /** A session with more threads for long queries (see {@link #embedQuery}), or null. */
    private final OrtSession wide;
    private final int wideFromTokens;
    private final boolean needsTokenTypes;
    private final int batchSize;
    /** ONNX Runtime runs in progress in this process, of every embedder: whether a core is free. */
    private static final AtomicInteger RUNNING = new AtomicInteger();

    private Embedder(ModelSpec model, HuggingFaceTokenizer tokenizer, OrtEnvironment env, OrtSession session,
                     OrtSession wide, int wideFromTokens, int batchSize) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.env = env;
        this.session = session;
        this.wide = wide;
        this.wideFromTokens = wideFromTokens;
        this.batchSize = batchSize;
        this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /** Opens a model with the default batch size. */
    public static Embedder open(ModelManifest manifest, ModelSpec model, int threads) throws ModelException {
        return open(manifest, model, threads, DEFAULT_BATCH_SIZE);
    }

    /**
     * Opens a model after checking its files.
     *
     * @param threads   ONNX Runtime intra-op threads per run
     * @param batchSize texts per ONNX run (texts of similar length are batched together)
     */
    public static Embedder open(ModelManifest manifest, ModelSpec model, int threads, int batchSize) throws ModelException {
        return open(manifest, model, threads, batchSize, 0, Integer.MAX_VALUE);
    }

    /**
     * Opens a model for queries: {@code threads} for short ones, and a second session of the same
     * weights with {@code wideThreads} for queries of {@code wideFromTokens} tokens or more, used while
     * no other embedding runs in this process (see {@link #embedQuery}).
     */
    public static Embedder openForQueries(ModelManifest manifest, ModelSpec model, int threads, int wideThreads,
                                          int wideFromTokens) throws ModelException {
        return open(manifest, model, threads, DEFAULT_BATCH_SIZE, wideThreads > threads ? wideThreads : 0, wideFromTokens);
    }

    private static Embedder open(ModelManifest manifest, ModelSpec model, int threads, int batchSize, int wideThreads,
                                 int wideFromTokens) throws ModelException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("embedding batch size must be at least 1, was " + batchSize);
        }
        manifest.verify(model);
        System.setProperty("ai.djl.offline", "true");
        HuggingFaceTokenizer tokenizer;
        try {
            // The tokenizer.json files carry their own truncation/padding (MiniLM's pads to 128): override both.
            tokenizer = HuggingFaceTokenizer.builder()
                    .optTokenizerPath(model.tokenizerPath(manifest.dir()))
                    .optTruncation(true)
                    .optPadding(false)
                    .optMaxLength(model.maxLength())
                    .optAddSpecialTokens(true)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot load tokenizer " + model.tokenizerPath(manifest.dir()) + ": " + e.getMessage()
                    + "; " + ModelManifest.RESTORE, e);
        }
        OrtSession session = null;
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            session = session(env, manifest, model, threads);
            OrtSession wide = wideThreads > 0 ? session(env, manifest, model, wideThreads) : null;
            return new Embedder(model, tokenizer, env, session, wide, wideFromTokens, batchSize);
        } catch (OrtException e) {
            if (session != null) {
                try {
                    session.close();
                } catch (OrtException ignored) {
                    // the failure below is what to report
                }
            }
            tokenizer.close();
            throw new ModelException("cannot load model " + model.onnxPath(manifest.dir()) + ": " + e.getMessage()
                    + "; " + ModelManifest.RESTORE, e);
        }
    }

    private static OrtSession session(OrtEnvironment env, ModelManifest manifest, ModelSpec model, int threads)
            throws OrtException {
        try (OrtSession.SessionOptions options = sessionOptions(threads)) {
            return env.createSession(model.onnxPath(manifest.dir()).toString(), options);
        }
    }

    /**
     * The options of every session PriorArt opens: {@code threads} intra-op threads that spin only
     * briefly ({@link #SPIN_DURATION_US}). Public for the benchmarks' bare session with the same settings.
     */
    public static OrtSession.SessionOptions sessionOptions(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, threads));
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.addConfigEntry("session.intra_op.allow_spinning", "1");
        options.addConfigEntry("session.intra_op.spin_duration_us", SPIN_DURATION_US);
        return options;
    }

    public ModelSpec model() {
        return model;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * A query vector: the model's query prefix, then the text. A long query runs on the wide session
     * when there is one and no other embedding runs in this process (a core is free); both sessions
     * hold the same weights.
     */
    public float[] embedQuery(String text) {
        Encoding encoding = tokenizer.encode(model.queryPrefix() + text);
        return run(wideFor(encoding.getIds().length) ? wide : session, new Encoding[] {encoding})[0];
    }

    /** Whether a query of this many tokens would run on the wide session now. */
    boolean wideFor(int tokens) {
        return wide != null && tokens >= wideFromTokens && RUNNING.get() == 0;
    }

    /** Passage vectors, in the order of the texts: the model's passage prefix, then each text. */
    public List<float[]> embedPassages(List<String> texts) {
        List<String> prefixed = new ArrayList<>(texts.size());
        for (String t : texts) {
            prefixed.add(model.passagePrefix() + t);
        }
        return embed(prefixed);
    }

    /** The number of tokens the model reads of a text (after truncation), for chunking and statistics. */
    public int tokenCount(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    /** Embeds texts as given (no prefix), in batches of similar length; L2-normalized vectors in input order. */
    public List<float[]> embed(List<String> texts) {
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(order.length, start + batchSize);
            Encoding[] batch = new Encoding[end - start];
            for (int i = start; i < end; i++) {
                batch[i - start] = encodings[order[i]];
            }
            float[][] vectors = run(session, batch);
            for (int i = start; i < end; i++) {
                out[order[i]] = vectors[i - start];
            }
        }
        return Arrays.asList(out);
    }

    private float[][] run(OrtSession session, Encoding[] batch) {
        int n = batch.length;
        int len = 0;
        for (Encoding e : batch) {
            len = Math.max(len, e.getIds().length);
        }
        long[] ids = new long[n * len];
        long[] mask = new long[n * len];
        long[] types = new long[n * len];
        for (int b = 0; b < n; b++) {
            long[] tokenIds = batch[b].getIds();
            long[] attention = batch[b].getAttentionMask();
            long[] typeIds = batch[b].getTypeIds();
            System.arraycopy(tokenIds, 0, ids, b * len, tokenIds.length);
            System.arraycopy(attention, 0, mask, b * len, attention.length);
            System.arraycopy(typeIds, 0, types, b * len, typeIds.length);
        }
        long[] shape = {n, len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (needsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
            }
            float[][][] hidden;
            RUNNING.incrementAndGet();
            try (OrtSession.Result result = session.run(inputs)) {
                hidden = (float[][][]) result.get(0).getValue();
            } finally {
                RUNNING.decrementAndGet();
            }
            float[][] vectors = new float[n][];
            for (int b = 0; b < n; b++) {
                vectors[b] = normalize(pool(hidden[b], mask, b * len, len));
            }
            return vectors;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on model " + model.name() + ": " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[] pool(float[][] tokens, long[] mask, int offset, int len) {
        if (model.pooling() == ModelSpec.Pooling.CLS) {
            return tokens[0].clone();
        }
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < len; t++) {
            if (mask[offset + t] == 0) {
                continue;
            }
            count++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(1, count);
        }
        return sum;
    }

    /** Scales a vector to unit length (in place), so that dot product is cosine similarity. */
    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
            if (wide != null) {
                wide.close();
            }
        } catch (OrtException ignored) {
            // closing a session frees native memory; nothing to report
        }
        tokenizer.close();
    }
}
