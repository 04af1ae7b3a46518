package org.priorart.index;

/** Where the embedding stage reports: a progress bar, log lines, the health endpoint. */
public interface EmbeddingProgress {

    /** After each batch: passages embedded so far (all, with cache hits) and how many remain, as far as known. */
    default void update(long passagesDone, long cacheHits, long passagesTotal) {
    }

    /** A document whose passages could not be embedded; it is left unembedded. */
    default void failed(String publicationNumber, String reason) {
    }

    EmbeddingProgress NONE = new EmbeddingProgress() {
    };
}
