package org.priorart.server.session;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.priorart.state.Version;

/**
 * Where sessions are kept: the one seam between {@link SessionStore} (the rules: owners, limits,
 * numbering, retries) and the medium: a folder in the index directory for one server
 * ({@link FileSessionStorage}), the cluster for several ({@link SharedSessionStorage}). Every session
 * is stored with a {@link Version}; a replace names the version it read and fails when the session
 * changed since, so no server or thread overwrites another's change. A write is whole or not at all.
 */
public interface SessionStorage {

    /** A session with its owner (the key that made it), as stored. */
    record Stored(String owner, SearchSession session) {
    }

    /** A stored session and the version it was read at. */
    record Versioned(Stored stored, Version version) {
    }

    /** The session with this id as stored now (whoever wrote it last); empty when there is none. */
    Optional<Versioned> read(String id) throws IOException;

    /** The owner's sessions as stored now, at most {@code max}. */
    List<Stored> list(String owner, int max) throws IOException;

    /** How many sessions the owner has. */
    int count(String owner) throws IOException;

    /** Stores a new session; false (nothing written) when its id is taken. */
    boolean create(Stored stored) throws IOException;

    /** Replaces a session if it is still at {@code expected}; false (nothing written) when it changed or went since. */
    boolean replace(Stored stored, Version expected) throws IOException;

    /** Deletes a session (nothing when absent). */
    void delete(String id) throws IOException;

    /** Where it is, for messages. */
    String describe();
}
