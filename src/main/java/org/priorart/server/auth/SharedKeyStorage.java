package org.priorart.server.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.priorart.error.ConcurrentChangeException;
import org.priorart.server.auth.KeysJson.KeyList;
import org.priorart.state.VersionedDocuments;
import org.priorart.state.VersionedDocuments.Document;

/**
 * The keys in a store that the servers of a cluster share ({@code INDEX-keys}): one document holding
 * what a keys file holds, written conditionally on the version read (two commands creating keys at
 * once both succeed), read by every server every half second, so a key revoked through one server or
 * the command line is refused by all within a second.
 *
 * <p>How "keys are required" is known in cluster mode: the document says so ({@code "required": true}),
 * from the first key created on, whatever is revoked later, and no command removes it. A server that
 * starts on a cluster where keys were made therefore requires them even when none is active now, and
 * a server on a loopback address serves without keys only on a cluster that never had one. To serve
 * without keys again, delete the index ({@code DELETE /INDEX-keys}): a deliberate act on the cluster,
 * never something a lost document or a failed read does.
 */
public final class SharedKeyStorage implements KeyStorage {

    /** The document's id (and group) in the store. */
    static final String ID = "api-keys";
    /** Revocation reaches every server within a second: a look twice a second, one small real-time GET. */
    private static final Duration RECHECK = Duration.ofMillis(500);
    private static final int MAX_ATTEMPTS = 10;

    private final VersionedDocuments documents;

    public SharedKeyStorage(VersionedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Snapshot readIfChanged(String stamp) throws IOException {
        Optional<Document> d = documents.get(ID);
        if (d.isEmpty()) {
            return new Snapshot(List.of(), null, "holds no keys", false);
        }
        String now = d.get().version().toString();
        if (now.equals(stamp)) {
            return null;
        }
        KeyList keys = KeysJson.JSON.treeToValue(d.get().body(), KeyList.class);
        return new Snapshot(keys.keys(), now, null, keys.keysRequired());
    }

    @Override
    public void update(Consumer<List<ApiKey>> change) throws IOException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Document> d = documents.get(ID);
            KeyList before = d.isEmpty() ? new KeyList(1, false, List.of())
                    : KeysJson.JSON.treeToValue(d.get().body(), KeyList.class);
            List<ApiKey> keys = new ArrayList<>(before.keys());
            change.accept(keys);
            // Once a key was made, keys are required for good (see the class comment).
            KeyList after = new KeyList(1, before.keysRequired() || !keys.isEmpty(), keys);
            boolean written = d.isEmpty() ? documents.create(ID, ID, KeysJson.JSON.valueToTree(after))
                    : documents.replace(ID, ID, KeysJson.JSON.valueToTree(after), d.get().version());
            if (written) {
                return;
            }
        }
        throw new ConcurrentChangeException("the keys in " + documents.describe() + " were changed by others at each of "
                + MAX_ATTEMPTS + " tries; nothing was changed: try again");
    }

    @Override
    public Duration recheck() {
        return RECHECK;
    }

    @Override
    public String describe() {
        return "the keys in " + documents.describe();
    }
}
