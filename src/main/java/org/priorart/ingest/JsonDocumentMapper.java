package org.priorart.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.priorart.patent.ApplicationNumbers;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.ClaimText;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDates;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.patent.Translation;

/**
 * Maps JSON objects to {@link PatentDocument}s and back. Three shapes are read, told apart by their
 * keys:
 * <ul>
 *   <li>canonical PriorArt JSON ({@code publication_number}; see README), which is also what
 *       {@link #toJson} writes, so that what PriorArt prints it can read again;</li>
 *   <li>the 10k-abstracts shape ({@code patent_id}, {@code publication_date}, {@code cpc},
 *       {@code abstract});</li>
 *   <li>the Pap2Pat shape ({@code id}, {@code title}, {@code filing_date}, {@code inventors},
 *       {@code abstract}, {@code claims} as strings, {@code description} as
 *       {@code {heading, level, text}} sections whose lines are paragraphs).</li>
 * </ul>
 */
public final class JsonDocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON object that is not a document; carries the document's number when it was readable. */
    public static final class BadDocumentException extends Exception {
        private final String documentId;

        BadDocumentException(String message, String documentId) {
            super(message);
            this.documentId = documentId;
        }

        public String documentId() {
            return documentId;
        }
    }

    /** Parses one JSON text (one JSONL line). */
    public PatentDocument fromJson(String json) throws BadDocumentException {
        return fromJson(parse(json));
    }

    /** Parses one line or body of JSON; invalid JSON is a bad document, with the column. */
    public JsonNode parse(String json) throws BadDocumentException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at column " + loc.getColumnNr();
            throw new BadDocumentException("invalid JSON" + where + ": " + e.getOriginalMessage(), null);
        }
    }

    /** Maps one parsed JSON object, whichever of the three shapes it has. */
    public PatentDocument fromJson(JsonNode node) throws BadDocumentException {
        if (node == null || !node.isObject()) {
            throw new BadDocumentException("expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()), null);
        }
        if (node.has("publication_number")) {
            return canonical(node);
        }
        if (node.has("patent_id")) {
            return tenK(node);
        }
        if (node.has("id") && (node.has("claims") || node.has("description") || node.has("filing_date"))) {
            return pap2pat(node);
        }
        throw new BadDocumentException("no publication number: expected the key 'publication_number' "
                + "(canonical), 'patent_id' (10k abstracts) or 'id' with 'claims' (Pap2Pat)", null);
    }

    private PatentDocument tenK(JsonNode node) throws BadDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number(node, "patent_id"));
        String id = b.number().toString();
        b.publicationDate(date(node, "publication_date", id));
        strings(node, "cpc", id, b::cpc);
        b.abstractText(text(node, "abstract", id));
        b.language("en");
        return b.build();
    }

    private PatentDocument pap2pat(JsonNode node) throws BadDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number(node, "id"));
        String id = b.number().toString();
        b.title(text(node, "title", id));
        b.filingDate(date(node, "filing_date", id));
        strings(node, "inventors", id, b::inventor);
        b.abstractText(text(node, "abstract", id));
        b.claims(claims(node, id));
        JsonNode sections = array(node, "description", id);
        if (sections != null) {
            int paragraph = 0;
            for (JsonNode section : sections) {
                if (!section.isObject()) {
                    throw bad("field 'description' must hold {heading, level, text} objects", id);
                }
                String heading = section.path("heading").asText(null);
                for (String line : section.path("text").asText("").split("\n")) {
                    if (!line.isBlank()) {
                        b.paragraph(new DescriptionParagraph(++paragraph, heading, line.strip()));
                    }
                }
            }
        }
        b.language("en");
        return b.build();
    }

    private PatentDocument canonical(JsonNode node) throws BadDocumentException {
        PatentDocument.Builder b = PatentDocument.builder(number(node, "publication_number"));
        String id = b.number().toString();
        b.applicationNumber(text(node, "application_number", id));
        b.title(text(node, "title", id));
        b.abstractText(text(node, "abstract", id));
        b.claims(claims(node, id));
        JsonNode description = array(node, "description", id);
        if (description != null) {
            int n = 0;
            for (JsonNode p : description) {
                n++;
                if (p.isTextual()) {
                    b.paragraph(new DescriptionParagraph(n, null, p.asText()));
                } else if (p.isObject()) {
                    b.paragraph(new DescriptionParagraph(p.path("number").asInt(n), p.path("heading").asText(null),
                            p.path("text").asText("")));
                } else {
                    throw bad("field 'description' item " + n + " must be a string or {heading, text}", id);
                }
            }
        }
        strings(node, "cpc", id, b::cpc);
        strings(node, "ipc", id, b::ipc);
        strings(node, "applicants", id, b::applicant);
        strings(node, "inventors", id, b::inventor);
        b.filingDate(date(node, "filing_date", id));
        b.priorityDate(date(node, "priority_date", id));
        b.publicationDate(date(node, "publication_date", id));
        b.familyId(text(node, "family_id", id));
        b.language(text(node, "language", id));
        JsonNode citations = array(node, "citations", id);
        if (citations != null) {
            int n = 0;
            for (JsonNode c : citations) {
                n++;
                b.citation(citation(c, n, id));
            }
        }
        JsonNode translations = array(node, "translations", id);
        if (translations != null) {
            int n = 0;
            for (JsonNode t : translations) {
                n++;
                b.translation(translation(t, n, id));
            }
        }
        return b.build();
    }

    private static Translation translation(JsonNode t, int n, String id) throws BadDocumentException {
        String language = t.isObject() ? t.path("language").asText("") : "";
        if (language.isBlank()) {
            throw bad("field 'translations' item " + n + " must be an object with a 'language'", id);
        }
        return new Translation(language, text(t, "title", id), text(t, "abstract", id), claims(t, id));
    }

    private static Citation citation(JsonNode c, int n, String id) throws BadDocumentException {
        if (c.isTextual()) {
            return Citation.ofReference(c.asText(), null, null);
        }
        if (!c.isObject()) {
            throw bad("field 'citations' item " + n + " must be a string or an object", id);
        }
        LocalDate date;
        try {
            date = PatentDates.parse(c.path("date").asText(null));
        } catch (DateTimeException e) {
            throw bad("field 'citations' item " + n + ": " + e.getMessage(), id);
        }
        String raw = c.path("number").asText(null);
        String text = c.path("text").asText(null);
        String application = c.path("application_number").asText(null);
        PublicationNumber number = null;
        if (raw != null) {
            // A number that cannot be read (JPH10123456 from an old export, a typo) is kept as text,
            // with a warning (see citationWarnings), never a reason to lose the citing document.
            Citation read = Citation.ofReference(raw, date, null);
            number = read.number();
            application = application != null ? application : read.applicationNumber();
            if (number == null && text == null) {
                text = raw;
            }
        } else if (application != null) {
            String pct = ApplicationNumbers.pct(application);
            application = pct != null ? pct : application;
        }
        return new Citation(number, application, text, date, c.path("cited_by").asText(null), c.path("category").asText(null),
                c.path("phase").asText(null), c.path("office").asText(null), c.path("relevant_claims").asText(null));
    }

    /** Everything to warn about in a canonical document (see {@link DocumentWarnings}). */
    public static List<String> warnings(JsonNode node) {
        return DocumentWarnings.of(node);
    }

    private static List<Claim> claims(JsonNode node, String id) throws BadDocumentException {
        JsonNode array = array(node, "claims", id);
        List<Claim> claims = new ArrayList<>();
        if (array == null) {
            return claims;
        }
        int ordinal = 0;
        for (JsonNode c : array) {
            ordinal++;
            if (c.isTextual()) {
                if (!c.asText().isBlank()) {
                    claims.add(ClaimText.parse(ordinal, c.asText()));
                }
            } else if (c.isObject()) {
                int number = c.path("number").asInt(ordinal);
                String text = c.path("text").asText("");
                List<Integer> dependsOn = new ArrayList<>();
                if (c.has("depends_on")) {
                    for (JsonNode d : c.get("depends_on")) {
                        if (!d.canConvertToInt()) {
                            throw bad("field 'claims' item " + ordinal + ": 'depends_on' must hold claim numbers", id);
                        }
                        dependsOn.add(d.asInt());
                    }
                } else {
                    dependsOn.addAll(ClaimText.references(number, text));
                }
                claims.add(new Claim(number, text, dependsOn));
            } else {
                throw bad("field 'claims' item " + ordinal + " must be a string or {number, text}", id);
            }
        }
        return claims;
    }

    private static PublicationNumber number(JsonNode node, String field) throws BadDocumentException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw bad("field '" + field + "' must be a non-empty string (the publication number)", null);
        }
        PublicationNumber n = PublicationNumber.tryParse(v.asText());
        if (n == null) {
            throw bad("field '" + field + "': not a publication number: '" + v.asText() + "'", null);
        }
        return n;
    }

    private static String text(JsonNode node, String field, String id) throws BadDocumentException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode() || v.isBoolean()) {
            throw bad("field '" + field + "' must be a string", id);
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode node, String field, String id) throws BadDocumentException {
        try {
            return PatentDates.parse(text(node, field, id));
        } catch (DateTimeException e) {
            throw bad("field '" + field + "': " + e.getMessage(), id);
        }
    }

    private static JsonNode array(JsonNode node, String field, String id) throws BadDocumentException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw bad("field '" + field + "' must be an array", id);
        }
        return v;
    }

    private static void strings(JsonNode node, String field, String id, Consumer<String> sink) throws BadDocumentException {
        JsonNode v = array(node, field, id);
        if (v == null) {
            return;
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw bad("field '" + field + "' must hold strings", id);
            }
            sink.accept(item.asText());
        }
    }

    private static BadDocumentException bad(String message, String id) {
        return new BadDocumentException(message, id);
    }

    /** Writes a document in the canonical shape (the inverse of {@link #fromJson} for that shape; see {@link CanonicalJson}). */
    public ObjectNode toJson(PatentDocument d) {
        return CanonicalJson.write(d);
    }
}
