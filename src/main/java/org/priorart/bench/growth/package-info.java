/**
 * The growth benchmark ({@code priorart bench growth}): how indexing rate, index size and search
 * latency change as a collection grows from thousands to a million patents, on the embedded engine
 * and on an OpenSearch cluster side by side, and how the nearest-neighbour side (HNSW over int8
 * vectors) behaves at a million passages. The patents are generated from real abstracts
 * ({@link org.priorart.bench.growth.PatentGenerator}); the vectors from real passage vectors
 * ({@link org.priorart.bench.growth.RealVectors}). Everything is written through the product's own
 * paths (the ingester, the engines' writes), so the figures are the product's.
 */
package org.priorart.bench.growth;
