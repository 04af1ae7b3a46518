package org.priorart.index;

/** Where the embedding stage reports: a progress bar, log lines, the health endpoint. */
public interface EmbeddingProgress {

    /** After each batch: passages embedded so far (all, with cache hits) and how many remain, as far as known. */
    default void update(long passagesDone, long cacheHits, long passagesTotal) {
    }

    /** A document whose passages could not be embedded; it is left unembedded. */
    default void failed(String publicationNumber, String reason) {
    }

    /** Only patents other workers hold are left: this worker waits for them, or for their leases to expire. */
    default void waiting(int heldElsewhere) {
    }

    /** This worker took over patents whose worker's lease expired (a worker killed midway). */
    default void tookOver(int patents) {
    }

    EmbeddingProgress NONE = new EmbeddingProgress() {
    };
}
