package org.priorart.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * JSON documents by id, each in a group (the owner of a session, say) and with a {@link Version}:
 * a store shared by servers. Reads by id see every write that was answered, wherever it was made
 * (real time); a replace is conditional on the version read, so a change made meanwhile by another
 * writer is never overwritten. Creations and deletions are visible to {@link #find} and
 * {@link #count} when they return.
 */
public interface VersionedDocuments {

    /** A document as stored, with the version it was read at. */
    record Document(String id, String group, JsonNode body, Version version) {
    }

    /** The document with this id, as stored now; empty when there is none. */
    Optional<Document> get(String id) throws IOException;

    /** Stores a new document; false (nothing written) when one with this id exists. */
    boolean create(String id, String group, JsonNode body) throws IOException;

    /**
     * Replaces a document if it is still at {@code expected}; false (nothing written) when it was
     * changed or deleted since.
     */
    boolean replace(String id, String group, JsonNode body, Version expected) throws IOException;

    /** Deletes a document (nothing when there is none). */
    void delete(String id) throws IOException;

    /** The documents of a group, at most {@code max}, their content as stored now. */
    List<Document> find(String group, int max) throws IOException;

    /** How many documents the group has. */
    long count(String group) throws IOException;

    /** Where they are, for messages. */
    String describe();
}
