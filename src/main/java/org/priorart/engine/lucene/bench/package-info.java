/**
 * Benchmarks' reads of the embedded engine that are Lucene itself: the bare Lucene ingest loop the
 * ingest benchmark measures PriorArt's ingest against, and the index as benchmarks read it beside the
 * search path (its segments; its patents with their passage vectors, to load another engine with the
 * same corpus; a sample of its passage vectors), and the bytes of its vector files as Lucene's vector
 * readers account them.
 */
package org.priorart.engine.lucene.bench;
