package org.priorart.engine;

import org.priorart.patent.PatentDocument;

/**
 * A patent as the engine holds it, with the content hash it was written with: what the embedding
 * stage reads, and rewrites with its passages only if the content is still the same.
 */
public record StoredPatent(PatentDocument document, String contentHash) {
}
