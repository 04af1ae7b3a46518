package org.priorart.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.priorart.patent.PatentDocument;

/**
 * Writes and deletes single documents while the index is searched: the API's write path (the
 * {@link Ingester} is the bulk path). Same identity and change rules as the ingester: a document
 * replaces the one with its key, an identical one is left alone (so its vectors stay). Thread-safe:
 * writes of one key are serialized by {@link PatentIndex#writeBlock}, and any number of searches run
 * meanwhile on their own searchers.
 *
 * <p>A write is searchable after {@link #publish()} and embedded later by the embedding stage, which
 * finds the new block without vectors by itself.
 */
public final class DocumentWriter {

    /** What a write did. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    private final PatentIndex index;

    public DocumentWriter(PatentIndex index) {
        if (!index.writable()) {
            throw new IllegalArgumentException("the index at " + index.path() + " is open read-only");
        }
        this.index = index;
    }

    /**
     * Adds or replaces one document (not searchable before {@link #publish()}).
     *
     * @throws IllegalArgumentException when Lucene refuses the document itself (e.g. a term over 32 KB);
     *                                  the index is unharmed
     */
    public Outcome upsert(PatentDocument doc) throws IOException {
        DocumentMapper mapper = index.mapper();
        String key = doc.id();
        String hash = mapper.contentHash(doc);
        String existing = currentHash(key);
        if (hash.equals(existing)) {
            return Outcome.UNCHANGED;
        }
        // Always an update by the block term, never a plain add: two concurrent first writes of one
        // key must not leave two copies.
        index.writeBlock(key, List.of(mapper.toLucene(doc, hash)), true);
        return existing == null ? Outcome.CREATED : Outcome.REPLACED;
    }

    /**
     * What of a document the index does not take in full, as warnings for whoever sent it: passages
     * past the limit of one document ({@link org.priorart.config.PassageLimits}), which are searchable
     * by keyword but not embedded. Empty for a normal document.
     */
    public List<String> warnings(PatentDocument doc) {
        String cut = index.mapper().passages().select(doc).warning(doc);
        return cut == null ? List.of() : List.of(cut);
    }

    /**
     * Deletes a document by publication number (with or without kind), with its passages.
     *
     * @return the key of the deleted document, or null when the index has none with that number
     * @throws IllegalArgumentException when the text is not a publication number
     */
    public String delete(String publicationNumber) throws IOException {
        PatentDocument doc = index.get(publicationNumber);
        if (doc == null) {
            return null;
        }
        index.deleteBlock(doc.id());
        return doc.id();
    }

    /** Makes the writes so far searchable and durable: a refresh, then a commit. */
    public void publish() throws IOException {
        index.refresh();
        index.commit();
    }

    /**
     * The content hash of the indexed version as searches see it. A write not yet refreshed is not
     * seen, so an identical document sent twice before a refresh is written twice: harmless.
     */
    private String currentHash(String key) throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return PatentIndex.contentHash(searcher, key);
        } finally {
            index.searchers().release(searcher);
        }
    }
}
