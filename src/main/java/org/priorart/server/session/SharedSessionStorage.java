package org.priorart.server.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.priorart.state.Version;
import org.priorart.state.VersionedDocuments;
import org.priorart.state.VersionedDocuments.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in a store that several servers share (in cluster mode, {@code INDEX-sessions} in the
 * cluster): one document per session, its id the session's, grouped by owner, its body the same JSON
 * as a session file. Nothing is kept in memory: every read is the stored state, so a tag written
 * through one server is read through any other at once, and every replace is conditional on the
 * version read (see {@link SessionStore} for the retries). A document that cannot be read as a
 * session is reported and left out, never fatal.
 */
public final class SharedSessionStorage implements SessionStorage {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSessionStorage.class);

    private final VersionedDocuments documents;

    public SharedSessionStorage(VersionedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Optional<Versioned> read(String id) throws IOException {
        Optional<Document> d = documents.get(id);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Stored s = stored(d.get());
        return s == null ? Optional.empty() : Optional.of(new Versioned(s, d.get().version()));
    }

    @Override
    public List<Stored> list(String owner, int max) throws IOException {
        List<Stored> out = new ArrayList<>();
        for (Document d : documents.find(owner, max)) {
            Stored s = stored(d);
            if (s != null && s.owner().equals(owner)) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public int count(String owner) throws IOException {
        return (int) documents.count(owner);
    }

    @Override
    public boolean create(Stored stored) throws IOException {
        return documents.create(stored.session().id(), stored.owner(), body(stored));
    }

    @Override
    public boolean replace(Stored stored, Version expected) throws IOException {
        return documents.replace(stored.session().id(), stored.owner(), body(stored), expected);
    }

    @Override
    public void delete(String id) throws IOException {
        documents.delete(id);
    }

    @Override
    public String describe() {
        return documents.describe();
    }

    private static JsonNode body(Stored stored) {
        return FileSessionStorage.JSON.valueToTree(stored);
    }

    /** The session a document holds; null (reported) when it holds none. */
    private Stored stored(Document d) {
        try {
            Stored s = FileSessionStorage.JSON.treeToValue(d.body(), Stored.class);
            if (s.owner() == null || s.session() == null || !d.id().equals(s.session().id())) {
                throw new IOException("not a session");
            }
            return s;
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("Session {} in {} cannot be read ({}); left out", d.id(), documents.describe(), e.getMessage());
            return null;
        }
    }
}
