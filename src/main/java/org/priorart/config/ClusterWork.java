package org.priorart.config;

import java.time.Duration;

/**
 * How PriorArt batches its writes to a cluster and shares the embedding among workers, in one place.
 *
 * @param bulkDocs      documents per {@code _bulk} request at most: a few hundred amortize the round
 *                      trip and the node's per-request work, and a refused batch retries little
 * @param bulkBytes     bytes per {@code _bulk} request at most (the JSON sent): patents with long
 *                      descriptions fill a batch long before its count; OpenSearch's own limit is
 *                      {@code http.max_content_length}, 100 MB by default, far above this
 * @param attempts      tries of a batch the cluster did not take as a whole (node unreachable, 429
 *                      too many requests, 502-504), or of the documents in it refused for the same
 *                      reasons, before the ingest stops with an error
 * @param firstBackoff  the wait before the second try; doubled before each further try
 * @param lease         how long an embedding worker's claim on a patent holds without renewal: a
 *                      worker killed midway leaves its claims, and another worker takes them over once
 *                      they expire. Longer than a batch takes to embed (renewed meanwhile) and than
 *                      the clock skew between the workers' machines
 */
public record ClusterWork(int bulkDocs, long bulkBytes, int attempts, Duration firstBackoff, Duration lease) {

    /** 500 documents or 8 MB per batch, 6 tries over about 30 s, leases of 2 minutes. */
    public static final ClusterWork DEFAULT = new ClusterWork(500, 8L << 20, 6, Duration.ofMillis(1000),
            Duration.ofMinutes(2));

    public ClusterWork {
        if (bulkDocs < 1 || bulkBytes < 1 || attempts < 1) {
            throw new IllegalArgumentException("bulk batches need at least 1 document, 1 byte and 1 attempt");
        }
        if (firstBackoff.isNegative() || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("an embedding lease is at least 1 second, was " + lease);
        }
    }

    /** These limits with another lease (an embed command's {@code --lease}). */
    public ClusterWork withLease(Duration newLease) {
        return new ClusterWork(bulkDocs, bulkBytes, attempts, firstBackoff, newLease);
    }

    /** These limits with other batch sizes (tests make small batches to cross their boundaries). */
    public ClusterWork withBulk(int docs, long bytes) {
        return new ClusterWork(docs, bytes, attempts, firstBackoff, lease);
    }

    /** These limits with other retries (tests against a node that is down wait little). */
    public ClusterWork withRetries(int newAttempts, Duration newFirstBackoff) {
        return new ClusterWork(bulkDocs, bulkBytes, newAttempts, newFirstBackoff, lease);
    }
}
