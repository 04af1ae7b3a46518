/**
 * The Lucene index of patent documents: its fields, how a {@link org.priorart.patent.PatentDocument}
 * becomes a Lucene document and back, and the ingest run that fills it.
 *
 * <p>{@link org.priorart.index.PatentIndex} owns the directory, the single {@code IndexWriter} and a
 * {@code SearcherManager} for near-real-time search. {@link org.priorart.index.DocumentMapper} maps
 * documents to fields (see {@link org.priorart.index.IndexFields} for the schema).
 * {@link org.priorart.index.Ingester} streams documents from readers into the index: it is
 * idempotent (documents are keyed by publication number and replaced, never doubled; unchanged
 * ones are skipped by content hash) and resumable (Lucene commits are atomic, so a killed run
 * leaves the last commit intact and a rerun completes it).
 *
 * <p>Each patent is indexed as a block whose last document is the patent itself, so that passage
 * documents (with their embeddings) can later be added as block-join children of their patent.
 */
package org.priorart.index;
