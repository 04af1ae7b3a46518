package org.priorart.bench.opensearch;

/** A patent in an OpenSearch ranking: its key (PriorArt's index key, the document's {@code id}) and score. */
public record RankedKey(String key, double score) {
}
