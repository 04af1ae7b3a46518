package org.priorart.server.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the API keys are kept: the seam between {@link KeyStore} (hashing, verifying, the fail-closed
 * rule) and the medium: one file for the servers of one machine ({@link FileKeyStorage}), a store
 * that the servers of a cluster share ({@link SharedKeyStorage}).
 */
public interface KeyStorage {

    /**
     * The keys as stored.
     *
     * @param keys     every key, active and revoked, in the order created
     * @param stamp    what changes whenever they change (null: unknown, look again next time)
     * @param problem  why no key can be valid ("is missing", "is empty"), or null
     * @param required whether the storage itself says keys are required (a shared store where keys were
     *                 created: see {@link SharedKeyStorage}); false for a file, where only what this
     *                 server saw counts
     */
    record Snapshot(List<ApiKey> keys, String stamp, String problem, boolean required) {
        public Snapshot {
            keys = List.copyOf(keys);
        }
    }

    /** The keys as stored now; null when they are unchanged since {@code stamp}. Throws when they cannot be read. */
    Snapshot readIfChanged(String stamp) throws IOException;

    /** Reads, changes and writes the keys as one step: no other writer's change is lost. */
    void update(Consumer<List<ApiKey>> change) throws IOException;

    /** How often a server looks for changes: a key created or revoked elsewhere counts within this. */
    Duration recheck();

    /** Where they are, for messages ("the keys file /srv/index/api-keys.json"). */
    String describe();
}
