package org.priorart.server.api;

import org.priorart.index.DocumentWriter;
import org.priorart.search.SearchService;

/**
 * What the handlers work with, once the index is open: until then each call answers 503, so a
 * server that is still opening a large index (or loading its models) already says so.
 */
public interface Backend {

    /** The search service; 503 while the index opens. */
    SearchService search();

    /** The single-document writer; 503 while the index opens, 405 when the index is read-only. */
    DocumentWriter writer();
}
