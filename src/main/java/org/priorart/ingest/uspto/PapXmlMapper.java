package org.priorart.ingest.uspto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps the first pre-grant publications (2001 to 2004, {@code <patent-application-publication>},
 * DTD v1.5). Their bibliographic block is {@code <subdoc-bibliographic-information>}; abstract,
 * description and claims are {@code <subdoc-*>} parts. Paragraphs carry their printed number in a
 * {@code <number>} element ("[0012]" in print), which is taken as the paragraph number and left out
 * of the text. Publications cite nothing.
 *
 * <p>The priority date follows the v4.x rule ({@link IceXmlMapper}): foreign priorities
 * ({@code <foreign-priority-data>}) and provisionals ({@code <non-provisional-of-provisional>}), not
 * continuations or divisions.
 */
final class PapXmlMapper implements UsptoDocumentMapper {

    private static final Set<String> BLOCKS = Set.of("paragraph", "heading", "claim-text", "table-cwu", "table",
            "tgroup", "thead", "tbody", "row", "entry", "in-line-formula", "math-cwu", "chemistry-cwu", "list",
            "list-item", "footnote");
    private static final Set<String> SKIPPED = Set.of("number", "image", "emi");

    /** A claim-text is a block, except the "claim 1" inside a dependent-claim-reference. */
    private final XmlText text = new XmlText(
            e -> BLOCKS.contains(e.getTagName()) && !isInDependentClaimReference(e),
            e -> SKIPPED.contains(e.getTagName()));
    private final DescriptionWalker description = new DescriptionWalker(text,
            e -> e.getTagName().equals("heading"),
            e -> e.getTagName().equals("paragraph") || e.getTagName().equals("table-cwu"),
            PapXmlMapper::printedNumber, true);

    @Override
    public PatentDocument map(Element root) throws MalformedDocumentException {
        Element biblio = Dom.child(root, "subdoc-bibliographic-information");
        Element id = Dom.child(biblio, "document-id");
        PublicationNumber number = UsptoNumbers.own(Dom.text(id, "country-code"), Dom.text(id, "doc-number"),
                Dom.text(id, "kind-code"), "<subdoc-bibliographic-information>/<document-id>/<doc-number>");
        try {
            return map(root, biblio, id, number);
        } catch (MalformedDocumentException e) {
            throw new MalformedDocumentException(e.getMessage(), number.toString());
        }
    }

    private PatentDocument map(Element root, Element biblio, Element id, PublicationNumber number)
            throws MalformedDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number);
        b.publicationDate(UsptoDates.required(Dom.text(id, "document-date"), "<document-id> document-date"));
        Element filing = Dom.child(biblio, "domestic-filing-data");
        b.applicationNumber(Dom.text(filing, "application-number", "doc-number"));
        b.filingDate(UsptoDates.required(Dom.text(filing, "filing-date"), "<domestic-filing-data> filing-date"));
        for (Element priority : Dom.children(biblio, "foreign-priority-data")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(priority, "filing-date")));
        }
        for (Element provisional : Dom.children(Dom.child(biblio, "continuity-data"), "non-provisional-of-provisional")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(provisional, "document-id", "document-date")));
        }
        Element technical = Dom.child(biblio, "technical-information");
        Element ipc = Dom.child(technical, "classification-ipc");
        for (Element part : Dom.children(ipc)) {
            for (Element symbol : Dom.children(part, "ipc")) {
                b.ipc(UsptoClassification.ipc(Dom.rawText(symbol)));
            }
        }
        b.title(blankToNull(text.of(Dom.child(technical, "title-of-invention"))));
        Element inventors = Dom.child(biblio, "inventors");
        for (Element inventor : Dom.children(inventors)) {
            b.inventor(name(Dom.child(inventor, "name")));
        }
        for (Element assignee : Dom.children(biblio, "assignee")) {
            String org = Dom.text(assignee, "organization-name");
            b.applicant(org != null ? org : name(Dom.child(assignee, "name")));
        }
        b.abstractText(abstractText(Dom.child(root, "subdoc-abstract")));
        b.description(description.paragraphs(Dom.child(root, "subdoc-description")));
        b.claims(claims(Dom.child(root, "subdoc-claims")));
        b.language("en");
        return b.build();
    }

    /** "Given Middle Family Suffix"; the name-prefix ("Mr.") is left out. */
    private static String name(Element name) {
        if (name == null) {
            return null;
        }
        String org = Dom.text(name, "organization-name");
        if (org != null) {
            return org;
        }
        return PersonNames.join(Dom.text(name, "given-name"), Dom.text(name, "middle-name"),
                Dom.text(name, "family-name"), Dom.text(name, "name-suffix"));
    }

    private String abstractText(Element abstractPart) {
        StringJoiner joined = new StringJoiner(" ");
        for (Element paragraph : Dom.descendants(abstractPart, "paragraph")) {
            String t = text.of(paragraph);
            if (!t.isEmpty()) {
                joined.add(t);
            }
        }
        return blankToNull(joined.toString());
    }

    private List<Claim> claims(Element claimsPart) {
        List<ClaimsBuilder.RawClaim> raw = new ArrayList<>();
        for (Element claim : Dom.descendants(claimsPart, "claim")) {
            List<String> refs = new ArrayList<>();
            for (Element ref : Dom.descendants(claim, "dependent-claim-reference")) {
                refs.add(ref.getAttribute("depends_on"));
            }
            raw.add(new ClaimsBuilder.RawClaim(blankToNull(claim.getAttribute("id")), 0, text.of(claim), refs));
        }
        return ClaimsBuilder.build(raw);
    }

    /** The number in a paragraph's {@code <number>299.</number>}, or 0. */
    private static int printedNumber(Element paragraph) {
        String n = Dom.text(paragraph, "number");
        if (n == null) {
            return 0;
        }
        String digits = n.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? 0 : Integer.parseInt(digits);
    }

    private static boolean isInDependentClaimReference(Element e) {
        Node parent = e.getParentNode();
        return parent instanceof Element p && p.getTagName().equals("dependent-claim-reference");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
