package org.priorart.patent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a bibliographic record (DOCDB) into the document of the same publication that is already
 * known (a full text), instead of replacing it: the full text keeps its texts, the record adds what
 * only it has.
 *
 * <ul>
 *   <li>the family id: the record's (DOCDB assigns families), else the document's;</li>
 *   <li>CPC and IPC: both, the document's first;</li>
 *   <li>titles and abstracts: the record's fill the document's gaps in the document's language and
 *       add the other languages as translations;</li>
 *   <li>citations: a reference both cite is kept once, with the record's search-report details
 *       (category, phase, office, relevant claims) added; the record's other references are added;</li>
 *   <li>dates, numbers, parties, language: the document's, the record's where the document has none;
 *       the priority date is the earlier of the two.</li>
 * </ul>
 * Merging is idempotent: merging the same record twice gives the same document.
 */
public final class BibliographicMerge {

    private BibliographicMerge() {
    }

    /**
     * The document with the record merged in.
     *
     * @throws IllegalArgumentException when the two are not the same publication
     */
    public static PatentDocument merge(PatentDocument document, PatentDocument record) {
        if (!document.id().equals(record.id())) {
            throw new IllegalArgumentException("cannot merge the record of " + record.number() + " into " + document.number());
        }
        PatentDocument.Builder b = document.toBuilder();
        if (document.applicationNumber() == null) {
            b.applicationNumber(record.applicationNumber());
        }
        record.cpc().forEach(b::cpc);
        record.ipc().forEach(b::ipc);
        if (document.applicants().isEmpty()) {
            record.applicants().forEach(b::applicant);
        }
        if (document.inventors().isEmpty()) {
            record.inventors().forEach(b::inventor);
        }
        b.filingDate(first(document.filingDate(), record.filingDate()));
        b.publicationDate(first(document.publicationDate(), record.publicationDate()));
        b.priorityDate(record.priorityDate());
        b.familyId(record.familyId() != null ? record.familyId() : document.familyId());
        String language = document.language() != null ? document.language() : record.language();
        b.language(language);
        texts(document, record, language, b);
        b.citations(citations(document.citations(), record.citations()));
        return b.build();
    }

    /** The record's texts in the document's language fill its gaps; other languages become translations. */
    private static void texts(PatentDocument document, PatentDocument record, String language, PatentDocument.Builder b) {
        List<Translation> offered = new ArrayList<>(record.translations());
        if (record.title() != null || record.abstractText() != null) {
            String recordLanguage = record.language() != null ? record.language() : language;
            if (recordLanguage != null) {
                offered.add(0, new Translation(recordLanguage, record.title(), record.abstractText(), List.of()));
            }
        }
        for (Translation t : offered) {
            if (language == null || t.language().equals(language)) {
                if (document.title() == null && t.title() != null) {
                    b.title(t.title());
                }
                if (document.abstractText() == null && t.abstractText() != null) {
                    b.abstractText(t.abstractText());
                }
            } else {
                b.translation(t);
            }
        }
    }

    /** The document's citations, each enriched by the record's report on the same reference, then the record's others. */
    private static List<Citation> citations(List<Citation> own, List<Citation> recorded) {
        Map<String, Citation> byReference = new LinkedHashMap<>();
        for (Citation c : own) {
            byReference.putIfAbsent(reference(c), c);
        }
        for (Citation r : recorded) {
            String key = reference(r);
            Citation known = byReference.get(key);
            if (known == null) {
                byReference.put(key, r);
            } else {
                byReference.put(key, new Citation(known.number() != null ? known.number() : r.number(),
                        first(known.applicationNumber(), r.applicationNumber()), first(known.text(), r.text()),
                        first(known.date(), r.date()), first(known.citedBy(), r.citedBy()),
                        first(r.category(), known.category()), first(r.phase(), known.phase()),
                        first(r.office(), known.office()), first(r.relevantClaims(), known.relevantClaims())));
            }
        }
        return new ArrayList<>(byReference.values());
    }

    /** What makes two citations one reference: the cited publication (its kind aside), else the application, else the text. */
    private static String reference(Citation c) {
        if (c.number() != null) {
            return "n:" + c.number().withoutKind();
        }
        if (c.applicationNumber() != null) {
            return "a:" + c.applicationNumber();
        }
        return "t:" + Objects.requireNonNullElse(c.text(), "");
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
