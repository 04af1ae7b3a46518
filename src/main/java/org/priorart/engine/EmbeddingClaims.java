package org.priorart.engine;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which patents an embedding worker may embed when several embed one index at once: a worker claims
 * a batch of its work list, embeds what it holds, writes the vectors back and releases the claims. A
 * claim is a lease: renewed while the worker lives, taken over by another worker once it expires, so
 * a worker killed midway leaves nothing behind for good. The write of the vectors is itself
 * conditional ({@link SearchEngine#writeIfUnchanged}), so even a worker that lost its lease while it
 * paused never writes a patent another worker embedded.
 */
public interface EmbeddingClaims {

    /**
     * Claims these patents (from a view's work list) for this worker.
     *
     * @param vectorIds the models of this run: a candidate embedded by them meanwhile is not held
     * @return the patents the worker now holds, each still without vectors, and those that live
     *         workers hold
     */
    Claimed claim(List<StoredPatent> candidates, Collection<String> vectorIds) throws IOException;

    /**
     * What a claim got.
     *
     * @param held          the patents this worker holds now, to embed
     * @param heldElsewhere the keys other workers hold (unexpired leases): left to them
     * @param takenOver     of the held ones, how many were claimed by a worker whose lease expired
     */
    record Claimed(List<StoredPatent> held, List<String> heldElsewhere, int takenOver) {
    }

    /**
     * Extends the leases this worker holds when a third of the lease has passed since they were last
     * written (cheap to call before each patent).
     *
     * @return the keys this worker has lost: taken over by another worker after its lease expired
     */
    Set<String> renew() throws IOException;

    /** Releases the claims on these keys (embedded, or given up); keys this worker no longer holds are left alone. */
    void release(Collection<String> keys) throws IOException;

    /**
     * Deletes the claims whose lease expired: those a killed worker left on patents it had written
     * before it could release them. Called by a worker that found no work left.
     */
    void purgeExpired() throws IOException;

    /** The only writer of an index: every patent on its work list is its own. */
    EmbeddingClaims SOLE = new EmbeddingClaims() {
        @Override
        public Claimed claim(List<StoredPatent> candidates, Collection<String> vectorIds) {
            return new Claimed(List.copyOf(candidates), List.of(), 0);
        }

        @Override
        public Set<String> renew() {
            return Set.of();
        }

        @Override
        public void release(Collection<String> keys) {
            // nothing claimed
        }

        @Override
        public void purgeExpired() {
            // nothing claimed
        }
    };
}
