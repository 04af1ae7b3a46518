package org.priorart.eval.report;

import java.io.IOException;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.SearchService;

/**
 * Titles from the index. Documents without a title (the 10k abstracts have none) are described by
 * the start of their abstract, so the report still says what a hit is about.
 */
public final class IndexTitles implements DocTitles {

    private final SearchService service;

    public IndexTitles(SearchService service) {
        this.service = service;
    }

    @Override
    public String describe(String docId) throws IOException {
        if (PublicationNumber.tryParse(docId) == null) {
            return "(not in the index)";
        }
        PatentDocument doc = service.get(docId);
        if (doc == null) {
            return "(not in the index)";
        }
        if (doc.title() != null) {
            return doc.title();
        }
        return doc.abstractText() == null ? "(no title)" : "(no title) " + Html.shorten(doc.abstractText(), 120);
    }
}
