/**
 * The OpenSearch side of the latency benchmark: a plain HTTP client (java.net.http and Jackson; the
 * OpenSearch Java client comes with the OpenSearch backend), the loading of a PriorArt index's
 * patents and passage vectors into an OpenSearch index with stock BM25 and k-NN mappings, and the
 * searches that stand beside PriorArt's: BM25 over the text fields with PriorArt's field weights,
 * nested k-NN by best passage, and hybrid as both in one {@code _msearch} fused on the client the
 * way PriorArt fuses.
 */
package org.priorart.bench.opensearch;
