package org.priorart.server.api;

import java.util.List;

/**
 * The answer to a write of documents: counts, and one item per document sent, in order. A rejected
 * document does not stop the others.
 *
 * @param received  documents in the request
 * @param created   new documents
 * @param replaced  documents that replaced one with the same number
 * @param unchanged documents identical to the indexed one (left alone, vectors kept)
 * @param rejected  documents that could not be read or indexed
 * @param results   one per document
 */
public record IngestResponse(int received, int created, int replaced, int unchanged, int rejected, List<Item> results) {

    /**
     * @param index             the position in the request's array (0 for a single object)
     * @param publicationNumber the normalized number, when it could be read
     * @param status            created, replaced, unchanged or rejected
     * @param error             why it was rejected
     * @param warnings          what of an indexed document was not read (unknown fields) or not taken in
     *                          full (passages past the limit of one document), or null
     */
    public record Item(int index, String publicationNumber, String status, String error, List<String> warnings) {

        public Item(int index, String publicationNumber, String status, String error) {
            this(index, publicationNumber, status, error, null);
        }
    }
}
