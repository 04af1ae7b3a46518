package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.w3c.dom.Element;

/**
 * Maps the USPTO XML v4.x documents (the "ICE" DTDs, 2005 onwards): grants
 * ({@code <us-patent-grant>}) and pre-grant publications ({@code <us-patent-application>}), which
 * share all but the name of their bibliographic block.
 *
 * <p>Parties changed over the versions: up to v4.2 the inventors appear as applicants of type
 * {@code applicant-inventor} in {@code <parties>}; from v4.3 (2012) {@code <us-parties>} has
 * {@code <inventors>} and {@code <us-applicants>} of their own. Inventors are taken from
 * {@code <inventors>} when there is one, else from the applicant-inventors. Applicants are the
 * applicants as listed (people or organisations) followed by the assignees.
 *
 * <p>The priority date is the earliest of the Paris-convention priority claims
 * ({@code <priority-claims>}) and the US provisional applications whose benefit is claimed
 * ({@code <us-provisional-application>}): a provisional exists only to fix a date the later
 * application claims, as a foreign first filing does. Continuations, divisions and national-stage
 * relations are not priority claims and do not count.
 */
final class IceXmlMapper implements UsptoDocumentMapper {

    private static final Set<String> BLOCKS = Set.of("p", "heading", "claim-text", "ul", "ol", "li", "dl", "dt",
            "dd", "br", "tables", "table", "tgroup", "thead", "tbody", "row", "entry", "maths", "chemistry",
            "figure", "sequence-list-text", "description-of-drawings");
    private static final Set<String> SKIPPED = Set.of("img", "crossref-img");

    private final XmlText text = XmlText.byName(BLOCKS, SKIPPED);
    private final DescriptionWalker description = new DescriptionWalker(text,
            e -> e.getTagName().equals("heading"),
            e -> e.getTagName().equals("p") || e.getTagName().equals("tables"),
            e -> numberAttribute(e, "num"), false);

    @Override
    public PatentDocument map(Element root) throws MalformedDocumentException {
        Element biblio = Dom.child(root, "us-bibliographic-data-grant");
        if (biblio == null) {
            biblio = Dom.child(root, "us-bibliographic-data-application");
        }
        if (biblio == null) {
            throw new MalformedDocumentException("no <us-bibliographic-data-grant> or <us-bibliographic-data-application> in <"
                    + root.getTagName() + ">");
        }
        Element publication = Dom.path(biblio, "publication-reference", "document-id");
        PublicationNumber number = UsptoNumbers.own(Dom.text(publication, "country"), Dom.text(publication, "doc-number"),
                Dom.text(publication, "kind"), "<publication-reference>/<document-id>/<doc-number>");
        try {
            return map(root, biblio, publication, number);
        } catch (MalformedDocumentException e) {
            throw new MalformedDocumentException(e.getMessage(), number.toString());
        }
    }

    private PatentDocument map(Element root, Element biblio, Element publication, PublicationNumber number)
            throws MalformedDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number);
        Element application = Dom.path(biblio, "application-reference", "document-id");
        b.applicationNumber(Dom.text(application, "doc-number"));
        b.filingDate(UsptoDates.required(Dom.text(application, "date"), "<application-reference> date"));
        b.publicationDate(UsptoDates.required(Dom.text(publication, "date"), "<publication-reference> date"));
        b.title(blankToNull(text.of(Dom.child(biblio, "invention-title"))));
        classifications(biblio, b);
        for (Element claim : Dom.children(Dom.child(biblio, "priority-claims"), "priority-claim")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(claim, "date")));
        }
        for (Element provisional : Dom.children(Dom.child(biblio, "us-related-documents"), "us-provisional-application")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(provisional, "document-id", "date")));
        }
        parties(biblio, b);
        citations(biblio, b);
        b.abstractText(abstractText(Dom.child(root, "abstract")));
        b.description(description.paragraphs(Dom.child(root, "description")));
        b.claims(claims(Dom.child(root, "claims")));
        b.language("en");
        return b.build();
    }

    private static void classifications(Element biblio, PatentDocument.Builder b) {
        Element ipc = Dom.child(biblio, "classification-ipc");
        for (Element main : Dom.children(ipc, "main-classification")) {
            b.ipc(UsptoClassification.ipc(Dom.rawText(main)));
        }
        for (Element further : Dom.children(ipc, "further-classification")) {
            b.ipc(UsptoClassification.ipc(Dom.rawText(further)));
        }
        for (Element ipcr : Dom.children(Dom.child(biblio, "classifications-ipcr"), "classification-ipcr")) {
            b.ipc(fromParts(ipcr));
        }
        for (Element cpc : Dom.descendants(Dom.child(biblio, "classifications-cpc"), "classification-cpc")) {
            b.cpc(fromParts(cpc));
        }
    }

    private static String fromParts(Element symbol) {
        return UsptoClassification.fromParts(Dom.text(symbol, "section"), Dom.text(symbol, "class"),
                Dom.text(symbol, "subclass"), Dom.text(symbol, "main-group"), Dom.text(symbol, "subgroup"));
    }

    private static void parties(Element biblio, PatentDocument.Builder b) {
        Element parties = Dom.child(biblio, "us-parties");
        if (parties == null) {
            parties = Dom.child(biblio, "parties");
        }
        List<Element> applicants = new ArrayList<>(Dom.children(Dom.child(parties, "applicants"), "applicant"));
        applicants.addAll(Dom.children(Dom.child(parties, "us-applicants"), "us-applicant"));
        List<Element> inventors = Dom.children(Dom.child(parties, "inventors"), "inventor");
        if (inventors.isEmpty()) {
            for (Element applicant : applicants) {
                if ("applicant-inventor".equals(applicant.getAttribute("app-type"))) {
                    b.inventor(name(applicant));
                }
            }
        } else {
            inventors.forEach(i -> b.inventor(name(i)));
        }
        applicants.forEach(a -> b.applicant(name(a)));
        for (Element assignee : Dom.children(Dom.child(biblio, "assignees"), "assignee")) {
            b.applicant(name(assignee));
        }
    }

    /** An organisation's name, or a person's as "First Middle Last Suffix"; from the addressbook where there is one. */
    private static String name(Element party) {
        Element book = Dom.child(party, "addressbook");
        Element e = book != null ? book : party;
        String org = Dom.text(e, "orgname");
        if (org != null) {
            return org;
        }
        return PersonNames.join(Dom.text(e, "first-name"), Dom.text(e, "middle-name"), Dom.text(e, "last-name"),
                Dom.text(e, "suffix"));
    }

    private void citations(Element biblio, PatentDocument.Builder b) {
        List<Element> citations = new ArrayList<>(Dom.children(Dom.child(biblio, "references-cited"), "citation"));
        citations.addAll(Dom.children(Dom.child(biblio, "us-references-cited"), "us-citation"));
        for (Element citation : citations) {
            String citedBy = CitedBy.fromCategory(Dom.text(citation, "category"));
            Element patent = Dom.path(citation, "patcit", "document-id");
            Element other = Dom.child(citation, "nplcit");
            if (patent != null) {
                b.citation(UsptoNumbers.cited(Dom.text(patent, "country"), Dom.text(patent, "doc-number"),
                        Dom.text(patent, "kind"), UsptoDates.lenient(Dom.text(patent, "date")), citedBy));
            } else if (other != null) {
                String t = text.of(other);
                if (!t.isEmpty()) {
                    b.citation(new Citation(null, t, null, citedBy));
                }
            }
        }
    }

    private String abstractText(Element abstractElement) {
        if (abstractElement == null) {
            return null;
        }
        StringJoiner joined = new StringJoiner(" ");
        for (Element part : Dom.children(abstractElement)) {
            if (!part.getTagName().equals("heading")) {
                String t = text.of(part);
                if (!t.isEmpty()) {
                    joined.add(t);
                }
            }
        }
        String s = joined.toString();
        return s.isEmpty() ? blankToNull(text.of(abstractElement)) : s;
    }

    private List<Claim> claims(Element claims) {
        List<ClaimsBuilder.RawClaim> raw = new ArrayList<>();
        for (Element claim : Dom.children(claims, "claim")) {
            List<String> refs = new ArrayList<>();
            for (Element ref : Dom.descendants(claim, "claim-ref")) {
                refs.add(ref.getAttribute("idref"));
            }
            raw.add(new ClaimsBuilder.RawClaim(blankToNull(claim.getAttribute("id")), numberAttribute(claim, "num"),
                    text.of(claim), refs));
        }
        return ClaimsBuilder.build(raw);
    }

    /** A numeric attribute such as num="00012", or 0 when absent or not a number. */
    private static int numberAttribute(Element e, String name) {
        String v = e.getAttribute(name).strip();
        if (v.isEmpty() || v.length() > 6 || !v.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
