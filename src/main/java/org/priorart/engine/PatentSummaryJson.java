package org.priorart.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A patent's {@link PatentSummary} as a small JSON object, kept beside the patent by both engines
 * (the cluster's stored {@code summary} field, the embedded index's summary doc value): the fields of
 * its canonical JSON that a summary reads, translations cut to their titles and citations to their
 * numbers. What fusion and hits read of a thousand or two candidates, without their texts.
 */
public final class PatentSummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The canonical JSON's plain fields that {@link #read} reads (besides translated titles and cited numbers). */
    private static final List<String> FIELDS = List.of("publication_number", "title", "publication_date",
            "filing_date", "priority_date", "family_id", "language", "cpc", "ipc", "applicants", "inventors");

    private PatentSummaryJson() {
    }

    /** The summary's JSON of a patent's canonical JSON (with its analysis language set). */
    public static String of(ObjectNode canonical) {
        ObjectNode s = JSON.createObjectNode();
        for (String field : FIELDS) {
            JsonNode v = canonical.get(field);
            if (v != null && !v.isNull()) {
                s.set(field, v);
            }
        }
        keepOnly(canonical, s, "translations", "title");
        keepOnly(canonical, s, "citations", "number");
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values could not be written: " + e.getMessage(), e);
        }
    }

    /** Copies the array {@code array} of {@code from} into {@code to}, each element cut to its {@code field}; none without it. */
    private static void keepOnly(ObjectNode from, ObjectNode to, String array, String field) {
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode element : from.path(array)) {
            if (element.hasNonNull(field)) {
                kept.addObject().set(field, element.get(field));
            }
        }
        if (!kept.isEmpty()) {
            to.set(array, kept);
        }
    }

    /**
     * The summary of a patent from its canonical JSON or the summary's JSON (its fields of it): the
     * title is the patent's own, else its first translation's.
     */
    public static PatentSummary read(String key, JsonNode d) {
        String title = d.path("title").asText(null);
        if (title == null) {
            for (JsonNode t : d.path("translations")) {
                if (t.hasNonNull("title")) {
                    title = t.get("title").asText();
                    break;
                }
            }
        }
        List<String> cited = new ArrayList<>();
        for (JsonNode c : d.path("citations")) {
            String number = c.path("number").asText(null);
            if (number != null) {
                cited.add(number);
            }
        }
        return new PatentSummary(key, d.path("publication_number").asText(key), title, date(d, "publication_date"),
                date(d, "filing_date"), date(d, "priority_date"), d.path("family_id").asText(null),
                d.path("language").asText(null), texts(d.get("cpc")), texts(d.get("ipc")), cited,
                texts(d.get("applicants")), texts(d.get("inventors")));
    }

    private static LocalDate date(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
