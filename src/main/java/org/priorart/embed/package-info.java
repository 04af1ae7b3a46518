/**
 * Passage embeddings: ONNX Runtime runs the int8 sentence-embedding models that the build unpacks
 * from Maven Central into {@code models/}, with DJL's HuggingFace tokenizers.
 *
 * <p>{@link org.priorart.embed.ModelManifest} reads {@code models/models.json} and checks each
 * model's files ({@link org.priorart.embed.ModelSpec}); {@link org.priorart.embed.Embedder} turns
 * texts into L2-normalized vectors with the model's own pooling and prefixes, in batches grouped by
 * length. {@link org.priorart.embed.Passages} decides what of a patent is embedded, and
 * {@link org.priorart.engine.VectorCache} keeps vectors by content hash so re-ingest does not
 * recompute them.
 */
package org.priorart.embed;
