package org.priorart.index;

import java.io.IOException;
import java.util.List;
import org.priorart.embed.Passages;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * Writes and deletes single documents while the engine is searched: the API's write path (the
 * {@link Ingester} is the bulk path). Same identity and change rules as the ingester: a document
 * replaces the one with its key, an identical one is left alone (so its vectors stay). Thread-safe:
 * the engine serializes the writes of one key, and any number of searches run meanwhile in their
 * own views.
 *
 * <p>A write is searchable after {@link #publish()} and embedded later by the embedding stage, which
 * finds the new patent without vectors by itself.
 */
public final class DocumentWriter {

    /** What a write did. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private final SearchEngine engine;

    public DocumentWriter(SearchEngine engine) {
        if (!engine.writable()) {
            throw new IllegalArgumentException("the index at " + engine.location() + " is open read-only");
        }
        this.engine = engine;
    }

    /**
     * Adds or replaces one document (not searchable before {@link #publish()}).
     *
     * @throws org.priorart.engine.RejectedDocumentException when the engine refuses the document itself
     *                                  (e.g. a term over 32 KB); the index is unharmed
     */
    public Outcome upsert(PatentDocument doc) throws IOException {
        String key = doc.id();
        String hash = ContentHash.of(doc);
        String existing = currentHash(key);
        if (hash.equals(existing)) {
            return Outcome.UNCHANGED;
        }
        // Always a replacing write, never a plain add: two concurrent first writes of one key must
        // not leave two copies.
        engine.write(doc, hash, true);
        return existing == null ? Outcome.CREATED : Outcome.REPLACED;
    }

    /**
     * What of a document the index does not take in full, as warnings for whoever sent it: passages
     * past the limit of one document ({@link org.priorart.config.PassageLimits}), which are searchable
     * by keyword but not embedded. Empty for a normal document.
     */
    public List<String> warnings(PatentDocument doc) {
        String cut = Passages.DEFAULT.select(doc).warning(doc);
        return cut == null ? List.of() : List.of(cut);
    }

    /**
     * Deletes a document by publication number (with or without kind), with its passages.
     *
     * @return the key of the deleted document, or null when the index has none with that number
     * @throws IllegalArgumentException when the text is not a publication number
     */
    public String delete(String publicationNumber) throws IOException {
        PublicationNumber number = PublicationNumber.parse(publicationNumber);
        PatentDocument doc;
        try (EngineView view = engine.view()) {
            doc = view.get(number);
        }
        if (doc == null) {
            return null;
        }
        engine.delete(doc.id());
        return doc.id();
    }

    /** Makes the writes so far searchable and durable: a refresh, then a commit. */
    public void publish() throws IOException {
        engine.refresh();
        engine.commit();
    }

    /**
     * The content hash of the indexed version as searches see it. A write not yet refreshed is not
     * seen, so an identical document sent twice before a refresh is written twice: harmless.
     */
    private String currentHash(String key) throws IOException {
        try (EngineView view = engine.view()) {
            return view.contentHash(key);
        }
    }
}
