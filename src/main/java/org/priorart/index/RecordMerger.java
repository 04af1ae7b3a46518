package org.priorart.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.priorart.engine.EngineView;
import org.priorart.patent.BibliographicMerge;
import org.priorart.patent.PatentDocument;

/**
 * What an ingest writes for bibliographic records and families: a DOCDB record is merged into the
 * indexed document of the same publication ({@link BibliographicMerge}) instead of replacing it, and
 * a family id reaches every indexed publication of the same number (an EP application's A1 and its
 * grant's B1 are one family): those without it get it when a record brings it, and one indexed later
 * without a family id takes its siblings'. A document re-indexed without a family id keeps the one it
 * had: family ids come from DOCDB, and a full text must not undo them.
 */
final class RecordMerger {

    /** At most this many other publications of one number (A1, A2, A3, B1, B2, B3, B8, B9...). */
    private static final int MAX_SIBLINGS = 32;

    /** The document to write for a bibliographic record: merged into the indexed one, or the record alone. */
    PatentDocument mergeRecord(PatentDocument record, EngineView view) throws IOException {
        PatentDocument existing = view.getByKey(record.id());
        return existing == null ? record : BibliographicMerge.merge(existing, record);
    }

    /** A full text to write: with the family id of its indexed version or of its siblings when it has none. */
    PatentDocument keepFamily(PatentDocument doc, EngineView view) throws IOException {
        if (doc.familyId() != null) {
            return doc;
        }
        PatentDocument existing = view.getByKey(doc.id());
        if (existing != null && existing.familyId() != null) {
            return doc.toBuilder().familyId(existing.familyId()).build();
        }
        for (PatentDocument sibling : siblings(doc, view)) {
            if (sibling.familyId() != null) {
                return doc.toBuilder().familyId(sibling.familyId()).build();
            }
        }
        return doc;
    }

    /** The other publications of the document's number whose family id differs from its own, given its own. */
    List<PatentDocument> withFamily(PatentDocument doc, EngineView view) throws IOException {
        List<PatentDocument> changed = new ArrayList<>();
        if (doc.familyId() == null) {
            return changed;
        }
        for (PatentDocument sibling : siblings(doc, view)) {
            if (!doc.familyId().equals(sibling.familyId())) {
                changed.add(sibling.toBuilder().familyId(doc.familyId()).build());
            }
        }
        return changed;
    }

    private static List<PatentDocument> siblings(PatentDocument doc, EngineView view) throws IOException {
        if ("US".equals(doc.number().country())) {
            return List.of(); // a US number is one document whatever its kind
        }
        return view.otherPublications(doc, MAX_SIBLINGS);
    }
}
