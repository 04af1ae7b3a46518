package org.priorart.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.Translation;

/**
 * Writes a document in the canonical JSON shape (README, "Canonical JSONL"): what the API answers
 * for a document, what {@code show --json} prints, and what {@link JsonDocumentMapper} reads back.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    /** A document in the canonical shape. */
    static ObjectNode write(PatentDocument d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("publication_number", d.number().toString());
        putIfPresent(o, "application_number", d.applicationNumber());
        putIfPresent(o, "title", d.title());
        putIfPresent(o, "abstract", d.abstractText());
        putIfPresent(o, "language", d.language());
        putIfPresent(o, "filing_date", d.filingDate());
        putIfPresent(o, "priority_date", d.priorityDate());
        putIfPresent(o, "publication_date", d.publicationDate());
        putIfPresent(o, "family_id", d.familyId());
        putStrings(o, "cpc", d.cpc());
        putStrings(o, "ipc", d.ipc());
        putStrings(o, "applicants", d.applicants());
        putStrings(o, "inventors", d.inventors());
        if (!d.claims().isEmpty()) {
            putClaims(o, d.claims());
        }
        if (!d.description().isEmpty()) {
            ArrayNode description = o.putArray("description");
            for (DescriptionParagraph p : d.description()) {
                ObjectNode pn = description.addObject();
                pn.put("number", p.number());
                putIfPresent(pn, "heading", p.heading());
                pn.put("text", p.text());
            }
        }
        if (!d.citations().isEmpty()) {
            ArrayNode citations = o.putArray("citations");
            for (Citation c : d.citations()) {
                ObjectNode cn = citations.addObject();
                putIfPresent(cn, "number", c.number() == null ? null : c.number().toString());
                putIfPresent(cn, "text", c.text());
                putIfPresent(cn, "application_number", c.applicationNumber());
                putIfPresent(cn, "date", c.date());
                putIfPresent(cn, "cited_by", c.citedBy());
                putIfPresent(cn, "category", c.category());
                putIfPresent(cn, "phase", c.phase());
                putIfPresent(cn, "office", c.office());
                putIfPresent(cn, "relevant_claims", c.relevantClaims());
            }
        }
        if (!d.translations().isEmpty()) {
            ArrayNode translations = o.putArray("translations");
            for (Translation t : d.translations()) {
                ObjectNode tn = translations.addObject();
                tn.put("language", t.language());
                putIfPresent(tn, "title", t.title());
                putIfPresent(tn, "abstract", t.abstractText());
                if (!t.claims().isEmpty()) {
                    putClaims(tn, t.claims());
                }
            }
        }
        return o;
    }

    private static void putClaims(ObjectNode o, List<Claim> list) {
        ArrayNode claims = o.putArray("claims");
        for (Claim c : list) {
            ObjectNode cn = claims.addObject();
            cn.put("number", c.number());
            cn.put("text", c.text());
            ArrayNode deps = cn.putArray("depends_on");
            c.dependsOn().forEach(deps::add);
        }
    }

    private static void putIfPresent(ObjectNode o, String field, Object value) {
        if (value != null) {
            o.put(field, value.toString());
        }
    }

    private static void putStrings(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }
}
