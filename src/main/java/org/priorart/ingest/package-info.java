/**
 * Reading patent documents from the formats offices have: JSONL (PriorArt's canonical shape, the
 * 10k-abstracts shape, the Pap2Pat shape) and USPTO full text of every era (see
 * {@link org.priorart.ingest.uspto}).
 *
 * <p>{@link org.priorart.ingest.InputFiles} expands the paths given on the command line into
 * {@link org.priorart.ingest.InputSource}s, opening .gz and .zip transparently;
 * {@link org.priorart.ingest.InputFormat} detects the format from the first bytes; a
 * {@link org.priorart.ingest.DocumentReader} streams the documents of one source to an
 * {@link org.priorart.ingest.IngestListener}. A malformed document never stops a reader: it is
 * reported with its {@link org.priorart.ingest.SourcePosition} and the reader goes on with the next.
 */
package org.priorart.ingest;
