/**
 * Baselines of the embedded engine's benchmarks that are Lucene itself: the bare Lucene ingest loop
 * the ingest benchmark measures PriorArt's ingest against.
 */
package org.priorart.engine.lucene.bench;
