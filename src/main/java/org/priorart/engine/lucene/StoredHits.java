package org.priorart.engine.lucene;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Snippet;

/**
 * Reads what a hit shows of a patent from its stored fields: the key, the first title and the stored
 * metadata ({@link IndexFields#META}, the index's own record of everything that is not text), read
 * from the start of the stored document only, never its long texts. The metadata also names where
 * a snippet sits ("claim 3" by the document's own claim numbers).
 */
final class StoredHits {

    /** The stored fields a hit reads: the small ones, stored first (see {@link DocumentMapper#toLucene}). */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.META);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A patent's summary with its stored metadata, for naming its snippet's location. */
    record StoredHit(PatentSummary summary, JsonNode meta) {
    }

    private StoredHits() {
    }

    static StoredHit read(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc, HIT_FIELDS);
        JsonNode meta = JSON.readTree(d.get(IndexFields.META));
        return new StoredHit(summary(d.get(IndexFields.ID), d.get(IndexFields.TITLE), meta), meta);
    }

    /** The summary of a patent from its metadata (the stored one, or the doc value's part of it) and first title. */
    static PatentSummary summary(String key, String title, JsonNode meta) {
        return new PatentSummary(key, meta.path("publication_number").asText(key),
                title, date(meta, "publication_date"), date(meta, "filing_date"),
                date(meta, "priority_date"), meta.path("family_id").asText(null), meta.path("language").asText(null),
                strings(meta.get("cpc")), strings(meta.get("ipc")), cited(meta.get("citations")),
                strings(meta.get("applicants")), strings(meta.get("inventors")));
    }

    /** "claim 3" or "description paragraph 12" by the numbers the document itself uses. */
    static String location(JsonNode meta, Snippet snippet) {
        String translated = StoredLayout.translationLocation(meta, snippet.field(), snippet.valueIndex());
        if (translated != null) {
            return translated;
        }
        return switch (snippet.field()) {
            case IndexFields.CLAIMS -> "claim " + meta.path("claims").path(snippet.valueIndex()).path("number").asInt(snippet.valueIndex() + 1);
            case IndexFields.DESCRIPTION -> "description paragraph "
                    + meta.path("description").path(snippet.valueIndex()).path("number").asInt(snippet.valueIndex() + 1);
            default -> snippet.field();
        };
    }

    private static LocalDate date(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null ? null : LocalDate.parse(v.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** The numbers of the cited patent documents, as stored (citations of other literature have none). */
    private static List<String> cited(JsonNode citations) {
        List<String> out = new ArrayList<>();
        if (citations != null) {
            for (JsonNode c : citations) {
                String number = c.path("number").asText(null);
                if (number != null) {
                    out.add(number);
                }
            }
        }
        return out;
    }
}
