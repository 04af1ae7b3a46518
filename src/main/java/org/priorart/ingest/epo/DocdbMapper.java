package org.priorart.ingest.epo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.patent.ApplicationNumbers;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.patent.Translation;

/**
 * Maps a DOCDB bibliographic record ({@code exch:exchange-document}) to a {@link PatentDocument}
 * that holds no full text: number, kind and date; the DOCDB family id; application and filing
 * date; the earliest priority; IPC and CPC; titles and abstracts per language; applicants and
 * inventors (DOCDB's own spelling of the names); the references cited with the phase they were
 * cited in ({@code cited-phase}: SEA search report, ISR international search, EXA examination, APP
 * applicant...), the office, the category ({@code X}, {@code Y}, {@code A}...) and the claims they
 * are relevant to. Such a record is merged into the full text of the same publication when one is
 * indexed (see {@link org.priorart.patent.BibliographicMerge}).
 *
 * <p>DOCDB gives most parts in several formats side by side ({@code data-format} docdb, epodoc,
 * original, docdba); the {@code docdb} one is read (names: {@code docdb}, else any).
 */
final class DocdbMapper {

    private static final Set<String> SKIPPED = Set.of("img");

    PatentDocument map(XmlElement root) throws MalformedRecordException {
        XmlElement biblio = EpDocumentMapper.orEmpty(root.child("bibliographic-data"));
        XmlElement publication = docdbFormat(biblio.children("publication-reference"));
        XmlElement pubId = publication == null ? null : publication.child("document-id");
        String country = EpDocumentMapper.first(root.attr("country"), pubId == null ? null : pubId.text("country"), null);
        String docNumber = EpDocumentMapper.first(root.attr("doc-number"), pubId == null ? null : pubId.text("doc-number"), null);
        String kind = EpDocumentMapper.first(root.attr("kind"), pubId == null ? null : pubId.text("kind"), null);
        PublicationNumber number = PublicationNumber.tryOf(country, docNumber, kind);
        if (number == null) {
            throw new MalformedRecordException(docNumber == null ? "no publication number: the doc-number attribute and the "
                    + "docdb publication-reference are missing" : "not a publication number: '" + country + " " + docNumber + " " + kind + "'");
        }
        try {
            return map(root, biblio, number, pubId);
        } catch (RuntimeException e) {
            throw new MalformedRecordException("could not map the record: " + e, number.toString());
        }
    }

    private PatentDocument map(XmlElement root, XmlElement biblio, PublicationNumber number, XmlElement pubId) {
        PatentDocument.Builder b = PatentDocument.builder(number);
        b.publicationDate(EpDocumentMapper.date(EpDocumentMapper.first(root.attr("date-publ"), pubId == null ? null : pubId.text("date"), null)));
        b.familyId(root.attr("family-id"));
        XmlElement application = docdbFormat(biblio.children("application-reference"));
        if (application != null && application.child("document-id") != null) {
            XmlElement id = application.child("document-id");
            b.applicationNumber(String.join("", EpDocumentMapper.first(id.text("country"), "", ""),
                    EpDocumentMapper.first(id.text("doc-number"), "", "")));
            b.filingDate(EpDocumentMapper.date(id.text("date")));
        }
        for (XmlElement claim : EpDocumentMapper.orEmpty(biblio.child("priority-claims")).children("priority-claim")) {
            XmlElement id = claim.child("document-id");
            if (id != null) {
                b.priorityDate(EpDocumentMapper.date(id.text("date")));
            }
        }
        for (XmlElement ipcr : EpDocumentMapper.orEmpty(biblio.child("classifications-ipcr")).children("classification-ipcr")) {
            b.ipc(ipcr.text("text"));
        }
        XmlElement ipc = biblio.child("classification-ipc");
        if (ipc != null) {
            b.ipc(EpoClassification.symbol(ipc.text("main-classification")));
            ipc.children("further-classification").forEach(f -> b.ipc(EpoClassification.symbol(f.text())));
        }
        for (XmlElement pc : EpDocumentMapper.orEmpty(biblio.child("patent-classifications")).children("patent-classification")) {
            XmlElement scheme = pc.child("classification-scheme");
            String name = scheme == null ? "" : EpDocumentMapper.first(scheme.attr("scheme"), "", "");
            if (name.startsWith("CPC")) {
                b.cpc(pc.text("classification-symbol"));
            }
        }
        parties(EpDocumentMapper.orEmpty(biblio.child("parties")), b);
        texts(root, biblio, b);
        for (XmlElement citation : EpDocumentMapper.orEmpty(biblio.child("references-cited")).children("citation")) {
            Citation c = citation(citation);
            if (c != null) {
                b.citation(c);
            }
        }
        return b.build();
    }

    private static void parties(XmlElement parties, PatentDocument.Builder b) {
        for (String name : names(EpDocumentMapper.orEmpty(parties.child("applicants")).children("applicant"), "applicant-name")) {
            b.applicant(name);
        }
        for (String name : names(EpDocumentMapper.orEmpty(parties.child("inventors")).children("inventor"), "inventor-name")) {
            b.inventor(name);
        }
    }

    /** The names in DOCDB's own format, else in whatever format is given. */
    private static List<String> names(List<XmlElement> people, String nameTag) {
        List<String> docdb = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (XmlElement p : people) {
            XmlElement name = p.child(nameTag);
            String text = name == null ? null : name.text("name");
            if (text != null) {
                any.add(text);
                if ("docdb".equals(p.attr("data-format"))) {
                    docdb.add(text);
                }
            }
        }
        return docdb.isEmpty() ? any : docdb;
    }

    /** Titles and abstracts per language; the record's language is that of publication, else of its first title. */
    private static void texts(XmlElement root, XmlElement biblio, PatentDocument.Builder b) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (XmlElement t : biblio.children("invention-title")) {
            if (t.text() != null && t.attr("lang") != null) {
                titles.putIfAbsent(EpDocumentMapper.lower(t.attr("lang")), t.text());
            }
        }
        Map<String, String> abstracts = new LinkedHashMap<>();
        for (XmlElement a : root.children("abstract")) {
            String text = a.text(Set.of("p"), SKIPPED);
            if (!text.isEmpty() && a.attr("lang") != null) {
                abstracts.putIfAbsent(EpDocumentMapper.lower(a.attr("lang")), text);
            }
        }
        String language = EpDocumentMapper.lower(biblio.text("language-of-publication"));
        if (language == null) {
            language = !titles.isEmpty() ? titles.keySet().iterator().next()
                    : abstracts.isEmpty() ? null : abstracts.keySet().iterator().next();
        }
        b.language(language);
        b.title(titles.get(language));
        b.abstractText(abstracts.get(language));
        List<String> others = new ArrayList<>();
        for (Map<String, String> m : List.of(titles, abstracts)) {
            m.keySet().stream().filter(l -> !l.equals(b.language()) && !others.contains(l)).forEach(others::add);
        }
        for (String other : others) {
            b.translation(new Translation(other, titles.get(other), abstracts.get(other), List.of()));
        }
    }

    /** One cited reference with its search-report details; null for an empty one. */
    private static Citation citation(XmlElement citation) {
        String phase = citation.attr("cited-phase");
        String citedBy = phase == null ? null : phase.equals("APP") ? "applicant" : "examiner";
        Citation c;
        XmlElement patcit = citation.child("patcit");
        XmlElement nplcit = citation.child("nplcit");
        if (patcit != null) {
            XmlElement id = docdbFormat(patcit.children("document-id"));
            PublicationNumber n = id == null ? null : PublicationNumber.tryOf(id.text("country"), id.text("doc-number"), id.text("kind"));
            if (n == null && patcit.attr("dnum") != null) {
                n = PublicationNumber.tryParse(patcit.attr("dnum"));
            }
            if (n != null) {
                c = new Citation(n, null, id == null ? null : EpDocumentMapper.date(id.text("date")), citedBy);
            } else {
                String raw = patcit.attr("dnum") != null ? patcit.attr("dnum") : patcit.text();
                String pct = ApplicationNumbers.pct(raw);
                c = new Citation(null, pct, raw, null, citedBy, null, null, null, null);
            }
        } else if (nplcit != null) {
            String text = EpDocumentMapper.first(nplcit.text("text"), nplcit.text(Set.of("article", "serial", "book", "online",
                    "atl", "sertitle", "author", "pubdate", "vid", "ino", "location", "imprint"), SKIPPED), null);
            if (text == null) {
                return null;
            }
            c = new Citation(null, text, null, citedBy);
        } else {
            return null;
        }
        List<String> claims = new ArrayList<>();
        String direct = citation.text("rel-claims");
        if (direct != null) {
            claims.add(direct);
        }
        for (XmlElement passage : citation.children("rel-passage")) {
            String rc = passage.text("rel-claims");
            if (rc != null && !claims.contains(rc)) {
                claims.add(rc);
            }
        }
        String category = category(citation);
        return c.withReport(category, phase, EpDocumentMapper.first(citation.attr("srep-office"), citation.attr("office"), null),
                claims.isEmpty() ? null : String.join("; ", claims));
    }

    /** The citation's categories ("X", "Y", "XY"): its own, else those of its passages. */
    private static String category(XmlElement citation) {
        StringBuilder letters = new StringBuilder();
        List<XmlElement> categories = new ArrayList<>(citation.children("category"));
        if (categories.isEmpty()) {
            citation.children("rel-passage").forEach(p -> categories.addAll(p.children("category")));
        }
        for (XmlElement c : categories) {
            String t = c.text();
            if (t != null) {
                for (char ch : t.toCharArray()) {
                    if (Character.isLetter(ch) && letters.indexOf(String.valueOf(ch)) < 0) {
                        letters.append(ch);
                    }
                }
            }
        }
        return letters.isEmpty() ? null : letters.toString();
    }

    /** The part in DOCDB's own format, else the first one. */
    private static XmlElement docdbFormat(List<XmlElement> parts) {
        for (XmlElement p : parts) {
            if ("docdb".equals(p.attr("data-format"))) {
                return p;
            }
        }
        return parts.isEmpty() ? null : parts.get(0);
    }
}
