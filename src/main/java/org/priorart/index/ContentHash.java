package org.priorart.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;

/**
 * The hash of a patent's content: its canonical JSON, hashed. Equal hashes mean an unchanged
 * document, which a write leaves alone (so its vectors stay); every engine stores the hash with the
 * patent.
 */
public final class ContentHash {

    private static final JsonDocumentMapper JSON = new JsonDocumentMapper();

    private ContentHash() {
    }

    public static String of(PatentDocument doc) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(JSON.toJson(doc).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
