/**
 * The index pipeline: how patents get into an engine and get their vectors, through the engine seam
 * ({@link org.priorart.engine.SearchEngine}) only, so the same pipeline fills the embedded index or a
 * cluster.
 *
 * <p>{@link org.priorart.index.Ingester} streams documents from readers into the engine: idempotent
 * (documents are keyed by publication number and replaced, never doubled; unchanged ones are
 * skipped by {@link org.priorart.index.ContentHash}) and resumable (a killed run leaves the engine at
 * its last commit and a rerun completes it); DOCDB records merge into the indexed documents and
 * family ids reach every publication of a number ({@link org.priorart.index.RecordMerger}).
 * {@link org.priorart.index.DocumentWriter} is the single-document write path of the API.
 * {@link org.priorart.index.EmbeddingStage} gives indexed patents their passage vectors in the
 * background, from the engine's vector cache where a passage was embedded before, and never writes
 * back a patent that changed while it was embedded.
 */
package org.priorart.index;
