package org.priorart.eval.report;

import java.io.IOException;

/** Looks up what to show next to a document id in the report (its title), when an index is at hand. */
public interface DocTitles {

    /** No index: the report shows document ids only. */
    DocTitles NONE = id -> null;

    /**
     * The title of the document, "(no title)" when it has none, "(not in the index)" when the index
     * does not have it; null when no index is available.
     */
    String describe(String docId) throws IOException;
}
