package org.priorart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorart.engine.EngineView;
import org.priorart.patent.Citation;
import org.priorart.patent.PatentDocument;

/**
 * The family work-sharing view: the documents cited against the members of a patent's family (the
 * IP5 offices reuse each other's search results), each with who cited it where the data says. Shown
 * beside a document, never used to rank: for a query patent these citations are the answer key (the
 * rule of issue 14).
 *
 * @param publicationNumber the document asked about
 * @param familyId          its family, or null (then only its own citations)
 * @param members           the family members in the index, the document first
 * @param cited             the cited documents, in the order first met
 */
public record FamilyCitations(String publicationNumber, String familyId, List<String> members, List<Cited> cited) {

    /** Family members read at most (a family has a few dozen publications at the very most). */
    static final int MAX_MEMBERS = 200;

    /**
     * One cited document or non-patent reference.
     *
     * @param number the cited publication number, or null for a non-patent reference
     * @param text   the reference's text where it has no number, else null
     * @param citing each family member's citation of it
     */
    public record Cited(String number, String text, List<Citing> citing) {
    }

    /**
     * A member's citation of a reference.
     *
     * @param member   the citing family member
     * @param office   the citing office as the data says, else the member's own office (its country code)
     * @param category the search-report category (X, Y, A...) where given, else null
     * @param phase    when it was cited (SEA, ISR, EXA, APP...) where given, else null
     * @param citedBy  examiner or applicant where given, else null
     */
    public record Citing(String member, String office, String category, String phase, String citedBy) {
    }

    static FamilyCitations of(EngineView view, PatentDocument doc) throws IOException {
        List<PatentDocument> members = new ArrayList<>();
        members.add(doc);
        for (String key : view.familyKeys(doc.familyId(), MAX_MEMBERS)) {
            if (!key.equals(doc.id())) {
                PatentDocument m = view.getByKey(key);
                if (m != null) {
                    members.add(m);
                }
            }
        }
        Map<String, Cited> cited = new LinkedHashMap<>();
        for (PatentDocument m : members) {
            for (Citation c : m.citations()) {
                String number = c.isPatent() ? c.number().toString() : null;
                String key = number != null ? "n:" + c.number().withoutKind() : "t:" + c.text() + "|" + c.applicationNumber();
                Cited entry = cited.computeIfAbsent(key, k -> new Cited(number,
                        number == null ? (c.text() != null ? c.text() : c.applicationNumber()) : null, new ArrayList<>()));
                entry.citing().add(new Citing(m.number().toString(), c.office() != null ? c.office() : m.number().country(),
                        c.category(), c.phase(), c.citedBy()));
            }
        }
        List<Cited> out = new ArrayList<>();
        cited.values().forEach(c -> out.add(new Cited(c.number(), c.text(), List.copyOf(c.citing()))));
        return new FamilyCitations(doc.number().toString(), doc.familyId(),
                members.stream().map(m -> m.number().toString()).toList(), out);
    }
}
