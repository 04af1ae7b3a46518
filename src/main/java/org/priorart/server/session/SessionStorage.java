package org.priorart.server.session;

import java.io.IOException;
import java.util.List;

/**
 * Where sessions are kept: the one seam between {@link SessionStore} (the rules: owners, limits,
 * numbering) and the medium. Today a folder in the index directory ({@link FileSessionStorage}); in
 * cluster mode a store in the cluster can take its place, so every node sees the same sessions.
 * A write must be whole or not at all.
 */
public interface SessionStorage {

    /** A session with its owner (the key that made it), as stored. */
    record Stored(String owner, SearchSession session) {
    }

    /** Every session stored; one that cannot be read is set aside and reported, never fatal. */
    List<Stored> readAll() throws IOException;

    /** Writes a session, replacing its previous state at once. */
    void write(Stored stored) throws IOException;

    /** Deletes a session (nothing when absent). */
    void delete(String id) throws IOException;

    /** Where it is, for messages. */
    String describe();
}
