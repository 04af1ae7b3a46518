package org.priorart.engine.opensearch;

import java.io.Closeable;
import java.io.IOException;
import org.priorart.config.ClusterSettings;
import org.priorart.state.VersionedDocuments;

/**
 * What the servers of one cluster share besides the patents, in indices named after the patent
 * index: the search sessions ({@code INDEX-sessions}, one document per session, grouped by owner)
 * and the API keys ({@code INDEX-keys}). Opening connects nothing: a cluster that cannot be reached
 * fails the first read or write, which is how the keys fail closed (see
 * {@link org.priorart.server.auth.KeyStore}).
 */
public final class ClusterSharedState implements Closeable {

    /** The suffix of the sessions' index. */
    public static final String SESSIONS = "-sessions";
    /** The suffix of the keys' index. */
    public static final String KEYS = "-keys";

    private final ClusterClient client;
    private final VersionedDocuments sessions;
    private final VersionedDocuments keys;

    private ClusterSharedState(ClusterSettings settings) {
        this.client = new ClusterClient(settings);
        String nodes = String.join(",", settings.nodes());
        this.sessions = new ClusterVersionedIndex(client, settings.index() + SESSIONS, settings.replicas(), nodes);
        this.keys = new ClusterVersionedIndex(client, settings.index() + KEYS, settings.replicas(), nodes);
    }

    /** The shared state of the cluster and patent index these settings name (a client of its own). */
    public static ClusterSharedState open(ClusterSettings settings) {
        return new ClusterSharedState(settings);
    }

    public VersionedDocuments sessions() {
        return sessions;
    }

    public VersionedDocuments keys() {
        return keys;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
