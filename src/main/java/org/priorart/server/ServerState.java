package org.priorart.server;

import java.io.Closeable;
import java.io.IOException;
import org.priorart.config.PriorArtConfig;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.SharedKeyStorage;
import org.priorart.server.session.SessionStore;
import org.priorart.server.session.SharedSessionStorage;
import org.priorart.state.VersionedDocuments;

/**
 * What a server keeps besides the patents: the examiners' search sessions and the API keys. On one
 * machine, files in the index directory ({@link #files}); in cluster mode, stores that every server
 * of the cluster shares ({@link #shared}), so that servers behind one load balancer serve the same
 * examiners: a tag written through one is read through another, a key revoked on one is refused by all.
 *
 * @param sessions the sessions
 * @param keys     the API keys
 * @param owned    what to close with the server (the cluster's client), or null
 */
public record ServerState(SessionStore sessions, KeyStore keys, Closeable owned) implements Closeable {

    /** The index directory's files: {@code sessions/} and the configured keys file. */
    public static ServerState files(PriorArtConfig config) throws IOException {
        return new ServerState(SessionStore.open(config.indexDir().resolve(PriorArtServer.SESSIONS_DIR)), KeyStore.at(config.keysFile()), null);
    }

    /**
     * Stores shared with other servers. Keys that cannot be read now are required and none is valid
     * (see {@link KeyStore#serving}): the server starts, and refuses what needs a key until they can be read.
     *
     * @param owned closed with the server (the client the stores go through), or null
     */
    public static ServerState shared(VersionedDocuments sessions, VersionedDocuments keys, Closeable owned) {
        return new ServerState(SessionStore.open(new SharedSessionStorage(sessions)),
                KeyStore.serving(new SharedKeyStorage(keys)), owned);
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
        }
    }
}
