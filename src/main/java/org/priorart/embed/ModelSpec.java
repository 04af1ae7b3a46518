package org.priorart.embed;

import java.nio.file.Path;
import java.util.List;

/**
 * One embedding model as {@code models/models.json} describes it.
 *
 * @param name           the model's name, also its folder under {@code models/}
 * @param dimension      vector dimension
 * @param pooling        how token vectors become one vector
 * @param maxLength      the most tokens the model reads; longer texts are truncated (or chunked before)
 * @param queryPrefix    prepended to queries (bge's instruction), may be empty
 * @param passagePrefix  prepended to passages, may be empty
 * @param languages      ISO 639-1 codes of the languages it is for
 * @param license        the weights' license
 * @param maven          Maven coordinates of the jar the weights come from
 * @param onnx           the ONNX file name
 * @param onnxSha256     its sha256
 * @param tokenizer      the tokenizer.json file name
 * @param tokenizerSha256 its sha256
 */
public record ModelSpec(String name, int dimension, Pooling pooling, int maxLength, String queryPrefix,
                        String passagePrefix, List<String> languages, String license, String maven,
                        String onnx, String onnxSha256, String tokenizer, String tokenizerSha256) {

    /** How a model's token vectors are pooled into one text vector. */
    public enum Pooling {
        /** The vector of the first ([CLS]) token: bge models. */
        CLS,
        /** The mean of the token vectors under the attention mask: sentence-transformers models. */
        MEAN
    }

    public Path onnxPath(Path modelsDir) {
        return modelsDir.resolve(name).resolve(onnx);
    }

    public Path tokenizerPath(Path modelsDir) {
        return modelsDir.resolve(name).resolve(tokenizer);
    }

    /**
     * What identifies the vectors this model makes: recorded in the index, so vectors of two models
     * are never mixed.
     */
    public String vectorId() {
        return name + "/" + dimension + "/" + onnxSha256.substring(0, 12);
    }
}
