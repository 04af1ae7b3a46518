package org.priorart.ingest.epo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.ClaimText;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDates;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.patent.Translation;

/**
 * Maps an EP publication-server document ({@code ep-patent-document}, DTD 1.0 to 1.5.1; A1, A2, B1,
 * B2 and their kin) to a {@link PatentDocument}. The tags are those of WIPO ST.36 as the EPO uses
 * them, stable across the DTD versions but for the classification:
 * <ul>
 *   <li>number, kind, date: the root's attributes ({@code country}, {@code doc-number}, {@code kind},
 *       {@code date-publ}), else {@code B110}, {@code B130}, {@code B140};</li>
 *   <li>application {@code B210} filed {@code B220}; priorities {@code B300} ({@code B310} number,
 *       {@code B320} date, {@code B330} country): the earliest date is the priority date;</li>
 *   <li>IPC: {@code B510EP/classification-ipcr} (DTD 1.2 on), or {@code B511}/{@code B512} with
 *       their edition prefix (1.0, 1.1); CPC: {@code B520EP/classifications-cpc};</li>
 *   <li>titles: {@code B540}, pairs of {@code B541} language and {@code B542} title;</li>
 *   <li>applicants {@code B711} (applications) and proprietors {@code B731} (grants); inventors {@code B721};</li>
 *   <li>citations: {@code B560}, patents {@code B561} (written {@code WO-A1-2014/114885}) and
 *       literature {@code B562}, cited by the examiner; the patents the description cites
 *       ({@code ep-reference-list}), cited by the applicant;</li>
 *   <li>abstract, description (headings and numbered paragraphs), and the claims per language
 *       ({@code claims lang="de"}).</li>
 * </ul>
 * The document's language is that of its description (the language of the proceedings, {@code B251EP},
 * else of publication); its own title, abstract and claims are those in that language, and the
 * others become {@link Translation}s.
 */
final class EpDocumentMapper {

    private static final Set<String> BLOCKS = Set.of("p", "heading", "claim-text", "ul", "ol", "li", "dl", "dt", "dd", "br",
            "tables", "table", "tgroup", "thead", "tbody", "row", "entry", "maths", "chemistry", "figure", "title");
    private static final Set<String> SKIPPED = Set.of("img", "doc-page");

    PatentDocument map(XmlElement root) throws MalformedRecordException {
        XmlElement biblio = root.child("SDOBI");
        PublicationNumber number = number(root, biblio);
        try {
            return map(root, biblio == null ? new XmlElement("SDOBI", Map.of(), List.of()) : biblio, number);
        } catch (RuntimeException e) {
            throw new MalformedRecordException("could not map the document: " + e, number.toString());
        }
    }

    private static PublicationNumber number(XmlElement root, XmlElement biblio) throws MalformedRecordException {
        String country = first(root.attr("country"), biblio == null ? null : biblio.path("B100", "B190") == null ? null
                : biblio.path("B100", "B190").text(), "EP");
        String docNumber = first(root.attr("doc-number"), biblio == null || biblio.child("B100") == null ? null
                : biblio.child("B100").text("B110"), null);
        String kind = first(root.attr("kind"), biblio == null || biblio.child("B100") == null ? null
                : biblio.child("B100").text("B130"), null);
        PublicationNumber n = PublicationNumber.tryOf(country, docNumber, kind);
        if (n == null) {
            throw new MalformedRecordException(docNumber == null ? "no publication number: the doc-number attribute and B110 are missing"
                    : "not a publication number: '" + country + " " + docNumber + " " + (kind == null ? "" : kind) + "'");
        }
        return n;
    }

    private PatentDocument map(XmlElement root, XmlElement biblio, PublicationNumber number) {
        PatentDocument.Builder b = PatentDocument.builder(number);
        XmlElement b100 = biblio.child("B100");
        XmlElement b200 = biblio.child("B200");
        b.publicationDate(date(first(root.attr("date-publ"), b100 == null ? null : text(b100.path("B140", "date")), null)));
        if (b200 != null) {
            b.applicationNumber(b200.text("B210"));
            b.filingDate(date(text(b200.path("B220", "date"))));
        }
        for (XmlElement priorities : biblio.children("B300")) {
            for (XmlElement date : priorities.children("B320")) {
                b.priorityDate(date(text(date.child("date"))));
            }
        }
        classifications(biblio.child("B500"), b);
        XmlElement parties = biblio.child("B700");
        if (parties != null) {
            for (XmlElement group : List.of(orEmpty(parties.child("B710")), orEmpty(parties.child("B730")))) {
                for (XmlElement applicant : group.elements()) {
                    b.applicant(applicant.text("snm"));
                }
            }
            for (XmlElement inventor : orEmpty(parties.child("B720")).children("B721")) {
                b.inventor(inventor.text("snm"));
            }
        }
        String language = language(root, b200);
        b.language(language);
        texts(root, biblio, language, b);
        citations(root, biblio, b);
        return b.build();
    }

    /** The language of the description (the proceedings'), else of the proceedings, of publication, of the root. */
    private static String language(XmlElement root, XmlElement b200) {
        XmlElement description = root.child("description");
        String proceedings = b200 == null ? null : first(b200.text("B251EP"), b200.text("B260"), null);
        return lower(first(description == null ? null : description.attr("lang"), proceedings, root.attr("lang")));
    }

    private static void classifications(XmlElement b500, PatentDocument.Builder b) {
        if (b500 == null) {
            return;
        }
        for (XmlElement ipcr : b500.descendants("classification-ipcr")) {
            b.ipc(ipcr.text("text"));
        }
        XmlElement old = b500.child("B510");
        if (old != null) {
            for (String tag : List.of("B511", "B512", "B513", "B514")) {
                old.children(tag).forEach(e -> b.ipc(EpoClassification.symbol(e.text())));
            }
        }
        for (XmlElement cpc : b500.descendants("classification-cpc")) {
            b.cpc(cpc.text("text"));
        }
    }

    /** Titles, abstracts and claims per language: the document's language's are its own, the others translations. */
    private void texts(XmlElement root, XmlElement biblio, String language, PatentDocument.Builder b) {
        Map<String, String> titles = new LinkedHashMap<>();
        XmlElement b540 = orEmpty(biblio.child("B500")).child("B540");
        if (b540 != null) {
            String lang = null;
            for (XmlElement e : b540.elements()) {
                if (e.name().equals("B541")) {
                    lang = lower(e.text());
                } else if (e.name().equals("B542") && e.text() != null) {
                    titles.putIfAbsent(lang == null ? language : lang, e.text());
                }
            }
        }
        Map<String, String> abstracts = new LinkedHashMap<>();
        for (XmlElement a : root.children("abstract")) {
            String text = a.text(BLOCKS, SKIPPED);
            if (!text.isEmpty()) {
                abstracts.putIfAbsent(first(lower(a.attr("lang")), language, null), text);
            }
        }
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        for (XmlElement set : root.children("claims")) {
            List<Claim> parsed = claims(set);
            if (!parsed.isEmpty()) {
                claims.putIfAbsent(first(lower(set.attr("lang")), language, null), parsed);
            }
        }
        // A document without claims in its own language (some A2s) keeps the first set it has as its claims.
        String claimLanguage = claims.containsKey(language) || claims.isEmpty() ? language : claims.keySet().iterator().next();
        b.title(titles.get(language));
        b.abstractText(abstracts.get(language));
        b.claims(claims.getOrDefault(claimLanguage, List.of()));
        b.description(description(root.child("description")));
        List<String> others = new ArrayList<>();
        for (Map<String, ?> m : List.of(titles, abstracts, claims)) {
            m.keySet().stream().filter(l -> l != null && !l.equals(language) && !others.contains(l)).forEach(others::add);
        }
        for (String other : others) {
            b.translation(new Translation(other, titles.get(other), abstracts.get(other),
                    other.equals(claimLanguage) ? List.of() : claims.getOrDefault(other, List.of())));
        }
    }

    private List<Claim> claims(XmlElement set) {
        List<Claim> out = new ArrayList<>();
        int ordinal = 0;
        for (XmlElement claim : set.children("claim")) {
            ordinal++;
            String text = claim.text(BLOCKS, SKIPPED);
            if (text.isEmpty()) {
                continue;
            }
            int number = number(claim.attr("num"), ordinal);
            Claim parsed = ClaimText.parse(number, text);
            out.add(new Claim(number, parsed.text(), ClaimText.references(number, parsed.text())));
        }
        return out;
    }

    private List<DescriptionParagraph> description(XmlElement description) {
        List<DescriptionParagraph> out = new ArrayList<>();
        if (description == null) {
            return out;
        }
        String heading = null;
        for (XmlElement e : description.elements()) {
            if (e.name().equals("heading")) {
                heading = e.text(BLOCKS, SKIPPED);
            } else if (e.name().equals("p")) {
                String text = e.text(BLOCKS, SKIPPED);
                if (!text.isEmpty()) {
                    out.add(new DescriptionParagraph(number(e.attr("num"), out.size() + 1), heading, text));
                }
            }
        }
        return out;
    }

    private static void citations(XmlElement root, XmlElement biblio, PatentDocument.Builder b) {
        XmlElement b560 = orEmpty(biblio.child("B500")).child("B560");
        if (b560 != null) {
            for (XmlElement cited : b560.elements()) {
                boolean patent = cited.name().equals("B561");
                if (!patent && !cited.name().equals("B562")) {
                    continue;
                }
                String category = cited.text("category");
                String text = first(cited.text("text"), cited.text(BLOCKS, Set.of("category", "rel-claims")), null);
                XmlElement id = cited.path("patcit", "document-id");
                Citation c = id != null
                        ? citation(id, "examiner")
                        : patent ? Citation.ofReference(text, null, "examiner") : new Citation(null, text, null, "examiner");
                b.citation(c.withReport(category, null, null, cited.text("rel-claims")));
            }
        }
        XmlElement references = root.child("ep-reference-list");
        if (references != null) {
            for (XmlElement patcit : references.descendants("patcit")) {
                String text = patcit.text("text");
                XmlElement id = patcit.child("document-id");
                if (id != null) {
                    b.citation(citation(id, "applicant"));
                } else if (text != null) {
                    // "US 5123456 A [0003]": the number, then where the description cites it
                    b.citation(Citation.ofReference(text.replaceFirst("\\s*\\[[^\\]]*\\]\\s*$", ""), null, "applicant"));
                }
            }
        }
    }

    private static Citation citation(XmlElement documentId, String citedBy) {
        PublicationNumber n = PublicationNumber.tryOf(documentId.text("country"), documentId.text("doc-number"), documentId.text("kind"));
        String raw = String.join(" ", List.of(first(documentId.text("country"), "", ""), first(documentId.text("doc-number"), "", ""),
                first(documentId.text("kind"), "", ""))).strip();
        return n != null ? new Citation(n, null, date(documentId.text("date")), citedBy) : Citation.ofReference(raw, null, citedBy);
    }

    static java.time.LocalDate date(String raw) {
        return PatentDates.parseOrNull(raw);
    }

    private static String text(XmlElement e) {
        return e == null ? null : e.text();
    }

    private static int number(String attr, int fallback) {
        if (attr == null || attr.length() > 6 || !attr.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        int n = Integer.parseInt(attr);
        return n > 0 ? n : fallback;
    }

    static XmlElement orEmpty(XmlElement e) {
        return e != null ? e : new XmlElement("", Map.of(), List.of());
    }

    static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return c;
    }
}
