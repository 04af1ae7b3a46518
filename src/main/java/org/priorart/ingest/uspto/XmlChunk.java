package org.priorart.ingest.uspto;

/**
 * One document's worth of a USPTO XML stream, still undecoded.
 *
 * @param startLine the 1-based line of the whole stream where the document starts
 * @param ordinal   the document's position in the stream (1-based)
 * @param content   the document's bytes, or null when it was larger than the reader's limit
 * @param size      the number of bytes the document had (also when they were dropped)
 */
record XmlChunk(long startLine, int ordinal, byte[] content, long size) {

    boolean oversized() {
        return content == null;
    }
}
