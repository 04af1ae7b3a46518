package org.priorart.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.priorart.patent.Citation;

/**
 * What to tell the sender of a canonical document that is indexed but not read in full: fields the
 * canonical shape does not have (an {@code "abstarct"} would be lost without a word, so it is named
 * with the field meant, when one is close) and citation numbers that could not be read. Documents of
 * the other two shapes carry fields of their own and are not checked.
 */
final class DocumentWarnings {

    private DocumentWarnings() {
    }

    /** The fields of the canonical shape; {@link #ignoredFields} names any other. */
    static final Set<String> CANONICAL_FIELDS = Set.of("publication_number", "application_number",
            "title", "abstract", "claims", "description", "cpc", "ipc", "applicants", "inventors", "filing_date",
            "priority_date", "publication_date", "family_id", "language", "citations", "translations");

    /**
     * What a canonical document holds beyond its fields, as warnings: the document is indexed, but
     * an {@code "abstarct"} would be lost without a word, so it is named (with the field meant, when
     * one is close). Documents of the other two shapes carry fields of their own and are not checked.
     */
    static List<String> ignoredFields(JsonNode node) {
        if (node == null || !node.isObject() || !node.has("publication_number")) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!CANONICAL_FIELDS.contains(name)) {
                String meant = CANONICAL_FIELDS.stream().filter(f -> editDistance(f, name.toLowerCase(Locale.ROOT)) <= 2)
                        .sorted().findFirst().orElse(null);
                warnings.add("unknown field '" + (name.length() > 64 ? name.substring(0, 64) + "..." : name) + "' ignored"
                        + (meant == null ? "" : " (did you mean '" + meant + "'?)"));
            }
        });
        return warnings;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The citations of a canonical document whose number could not be read, as warnings: the
     * reference is indexed as text, and the document with it, but the number is named so that a
     * source with a systematic problem is noticed.
     */
    static List<String> citationWarnings(JsonNode node) {
        JsonNode citations = node == null ? null : node.get("citations");
        if (citations == null || !citations.isArray() || !node.has("publication_number")) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        int n = 0;
        for (JsonNode c : citations) {
            n++;
            String raw = c.isTextual() ? null : c.path("number").asText(null);
            Citation read = raw == null ? null : Citation.ofReference(raw, null, null);
            if (read != null && read.number() == null) {
                warnings.add("citation " + n + ": " + (read.applicationNumber() != null
                        ? "'" + shown(raw) + "' is an application number (" + read.applicationNumber() + "), kept as an application"
                        : "'" + shown(raw) + "' is not a publication number PriorArt can read; kept as text"));
            }
        }
        return warnings;
    }

    /** Everything to warn about in a canonical document: unknown fields and unreadable citation numbers. */
    public static List<String> of(JsonNode node) {
        List<String> warnings = new ArrayList<>(ignoredFields(node));
        warnings.addAll(citationWarnings(node));
        return warnings;
    }

    private static String shown(String raw) {
        return raw.length() > 64 ? raw.substring(0, 64) + "..." : raw;
    }
}
