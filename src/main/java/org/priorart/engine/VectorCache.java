package org.priorart.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.priorart.embed.ModelSpec;

/**
 * Vectors by content hash: the hash of (model, passage text) leads to the vector computed for it
 * once. A document indexed again (changed elsewhere, or re-ingested into a new index) gets the
 * vectors of its unchanged passages from here instead of from the model, which is the slow part.
 * Kept by the engine beside its index, as durable as the index.
 */
public interface VectorCache {

    /** The cached vectors among the given keys. */
    Map<String, float[]> getAll(Set<String> keys) throws IOException;

    /** Caches a vector (durable at the next {@link #commit()}). */
    void put(String key, float[] vector) throws IOException;

    void commit() throws IOException;

    /** The cache key of a text embedded by a model. */
    static String key(ModelSpec model, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.vectorId().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
