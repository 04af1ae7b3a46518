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
 *
 * <p>Every reader of XML parses with {@link org.priorart.ingest.HardenedXml}, the one place of the
 * parser settings and limits: nothing is loaded from outside a document, and a document whose DTD
 * defines entities by other entities (an entity-expansion attack) is refused with an
 * {@link org.priorart.ingest.UnsafeXmlException} before anything is expanded.
 */
package org.priorart.ingest;
