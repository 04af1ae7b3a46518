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
 * Maps the grants of 2001 to 2004 ({@code <PATDOC>}, the ST.32-based "SGML" DTD v2.x, published as
 * XML). Fields are numbered INID-style tags: B110 number, B130 kind, B140 issue date, B210/B220
 * application number and filing date, B300 foreign priorities, B511/B512 IPC, B540 title, B561/B562
 * patent and non-patent citations, B680US provisional application, B721 inventors, B731 assignees;
 * then SDOAB abstract, SDODE description, SDOCL claims. Text sits in {@code <PDAT>} leaves under
 * {@code <STEXT>}/{@code <PTEXT>} and inline {@code <HIL>} highlighting.
 *
 * <p>The priority date follows the v4.x rule ({@link IceXmlMapper}): foreign priorities (B300) and
 * provisionals (B680US), not continuations (B630). Applicants are the assignees: the DTD lists no
 * applicants of its own.
 */
final class SgmlGrantMapper implements UsptoDocumentMapper {

    private static final Set<String> BLOCKS = Set.of("PARA", "CLMSTEP", "H", "CWU", "TABLE-US", "TABLE-CALS", "F",
            "MATH-US", "CHEM-US", "BR", "table", "tgroup", "thead", "tbody", "row", "entry");
    private static final Set<String> SKIPPED = Set.of("EMI", "MATHEMATICA");

    private final XmlText text = XmlText.byName(BLOCKS, SKIPPED);
    private final DescriptionWalker description = new DescriptionWalker(text,
            e -> e.getTagName().equals("H"),
            e -> e.getTagName().equals("PARA") || e.getTagName().equals("CWU"),
            null, true);

    @Override
    public PatentDocument map(Element root) throws MalformedDocumentException {
        Element biblio = Dom.child(root, "SDOBI");
        Element b100 = Dom.child(biblio, "B100");
        PublicationNumber number = UsptoNumbers.own(Dom.text(b100, "B190", "PDAT"), Dom.text(b100, "B110", "DNUM", "PDAT"),
                Dom.text(b100, "B130", "PDAT"), "<SDOBI>/<B100>/<B110>/<DNUM>");
        try {
            return map(root, biblio, b100, number);
        } catch (MalformedDocumentException e) {
            throw new MalformedDocumentException(e.getMessage(), number.toString());
        }
    }

    private PatentDocument map(Element root, Element biblio, Element b100, PublicationNumber number)
            throws MalformedDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number);
        b.publicationDate(UsptoDates.required(Dom.text(b100, "B140", "DATE", "PDAT"), "<B140> issue date"));
        Element b200 = Dom.child(biblio, "B200");
        b.applicationNumber(Dom.text(b200, "B210", "DNUM", "PDAT"));
        b.filingDate(UsptoDates.required(Dom.text(b200, "B220", "DATE", "PDAT"), "<B220> filing date"));
        for (Element priority : Dom.children(biblio, "B300")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(priority, "B320", "DATE", "PDAT")));
        }
        for (Element provisional : Dom.children(Dom.child(biblio, "B600"), "B680US")) {
            b.priorityDate(UsptoDates.lenient(Dom.text(provisional, "DOC", "DATE", "PDAT")));
        }
        Element b500 = Dom.child(biblio, "B500");
        Element b510 = Dom.child(b500, "B510");
        for (Element ipc : Dom.children(b510, "B511")) {
            b.ipc(UsptoClassification.ipc(Dom.rawText(ipc)));
        }
        for (Element ipc : Dom.children(b510, "B512")) {
            b.ipc(UsptoClassification.ipc(Dom.rawText(ipc)));
        }
        b.title(blankToNull(text.of(Dom.child(b500, "B540"))));
        citations(Dom.child(b500, "B560"), b);
        Element b700 = Dom.child(biblio, "B700");
        for (Element inventor : Dom.children(Dom.child(b700, "B720"), "B721")) {
            b.inventor(name(inventor));
        }
        for (Element holder : Dom.children(b700, "B730")) {
            for (Element assignee : Dom.children(holder, "B731")) {
                b.applicant(name(assignee));
            }
        }
        b.abstractText(abstractText(Dom.child(root, "SDOAB")));
        b.description(description.paragraphs(Dom.child(root, "SDODE")));
        b.claims(claims(Dom.child(root, "SDOCL")));
        b.language("en");
        return b.build();
    }

    private void citations(Element b560, PatentDocument.Builder b) {
        for (Element cited : Dom.children(b560)) {
            String citedBy = null;
            for (Element marker : Dom.children(cited)) {
                if (citedBy == null) {
                    citedBy = CitedBy.fromSgmlMarker(marker.getTagName());
                }
            }
            if (cited.getTagName().equals("B561")) {
                Element doc = Dom.path(cited, "PCIT", "DOC");
                if (doc != null) {
                    b.citation(UsptoNumbers.cited(Dom.text(doc, "CTRY", "PDAT"), Dom.text(doc, "DNUM", "PDAT"),
                            Dom.text(doc, "KIND", "PDAT"), UsptoDates.lenient(Dom.text(doc, "DATE", "PDAT")), citedBy));
                }
            } else if (cited.getTagName().equals("B562")) {
                String t = text.of(Dom.child(cited, "NCIT"));
                if (!t.isEmpty()) {
                    b.citation(new Citation(null, t, null, citedBy));
                }
            }
        }
    }

    /** An organisation (ONM) or a person (FNM, SNM, SFX) under PARTY-US/NAM. */
    private static String name(Element party) {
        Element nam = Dom.path(party, "PARTY-US", "NAM");
        if (nam == null) {
            return null;
        }
        String org = Dom.text(nam, "ONM");
        if (org != null) {
            return org;
        }
        return PersonNames.join(Dom.text(nam, "FNM"), Dom.text(nam, "SNM"), Dom.text(nam, "SFX"));
    }

    private String abstractText(Element sdoab) {
        StringJoiner joined = new StringJoiner(" ");
        for (Element para : Dom.descendants(sdoab, "PARA")) {
            String t = text.of(para);
            if (!t.isEmpty()) {
                joined.add(t);
            }
        }
        return blankToNull(joined.toString());
    }

    private List<Claim> claims(Element sdocl) {
        List<ClaimsBuilder.RawClaim> raw = new ArrayList<>();
        for (Element claim : Dom.descendants(sdocl, "CLM")) {
            List<String> refs = new ArrayList<>();
            for (Element ref : Dom.descendants(claim, "CLREF")) {
                refs.add(ref.getAttribute("ID"));
            }
            raw.add(new ClaimsBuilder.RawClaim(blankToNull(claim.getAttribute("ID")), 0, text.of(claim), refs));
        }
        return ClaimsBuilder.build(raw);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
