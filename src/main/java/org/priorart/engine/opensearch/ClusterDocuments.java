package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.LanguageDetector;
import org.priorart.analysis.LanguageTaggedAnalyzer;
import org.priorart.embed.Passage;
import org.priorart.embed.Passages;
import org.priorart.engine.PassageVectors;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.PatentSummaryJson;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.Citation;
import org.priorart.patent.Claim;
import org.priorart.patent.DescriptionParagraph;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PatentFields;
import org.priorart.patent.Translation;

/**
 * A {@link PatentDocument} as the cluster's JSON document and back. The text fields hold the same
 * values in the same order as the embedded index (the document's own, then each translation's), each
 * tagged with its language so the cluster analyzes it with that language's chain; the canonical JSON
 * in {@link ClusterFields#DOC} gives the document back.
 */
final class ClusterDocuments {

    private final JsonDocumentMapper json = new JsonDocumentMapper();

    /** The cluster document of a patent; with its passages and their vectors when embedded. */
    ObjectNode toSource(PatentDocument doc, String contentHash, PassageVectors passages) {
        ObjectNode o = ClusterClient.JSON.createObjectNode();
        AnalysisLanguage language = language(doc);
        o.put(ClusterFields.ID, doc.id());
        o.put(ClusterFields.NUMBER, doc.number().withoutKind());
        o.put(ClusterFields.CONTENT_HASH, contentHash);
        o.put(PatentFields.LANGUAGE, language.code());
        ArrayNode textLanguages = o.putArray(ClusterFields.TEXT_LANGUAGE).add(language.code());
        ArrayNode title = o.putArray(PatentFields.TITLE);
        add(title, language, doc.title());
        doc.translations().forEach(t -> add(title, lang(t), t.title()));
        ArrayNode abs = o.putArray(PatentFields.ABSTRACT);
        add(abs, language, doc.abstractText());
        doc.translations().forEach(t -> add(abs, lang(t), t.abstractText()));
        ArrayNode claims = o.putArray(PatentFields.CLAIMS);
        for (Claim c : doc.claims()) {
            add(claims, language, c.text());
        }
        for (Translation t : doc.translations()) {
            t.claims().forEach(c -> add(claims, lang(t), c.text()));
            if (lang(t) != language && !contains(textLanguages, lang(t).code())) {
                textLanguages.add(lang(t).code());
            }
        }
        ArrayNode description = o.putArray(PatentFields.DESCRIPTION);
        for (DescriptionParagraph p : doc.description()) {
            add(description, language, p.text());
        }
        strings(o.putArray(PatentFields.CPC), doc.cpc());
        strings(o.putArray(PatentFields.IPC), doc.ipc());
        strings(o.putArray(PatentFields.APPLICANT), doc.applicants());
        strings(o.putArray(PatentFields.INVENTOR), doc.inventors());
        if (doc.familyId() != null) {
            o.put(PatentFields.FAMILY, doc.familyId());
        }
        ArrayNode cites = o.putArray(ClusterFields.CITES);
        for (Citation c : doc.citations()) {
            if (c.isPatent()) {
                cites.add(c.number().withoutKind());
            }
        }
        date(o, PatentFields.PUBLICATION_DATE, doc.publicationDate());
        date(o, PatentFields.FILING_DATE, doc.filingDate());
        date(o, PatentFields.PRIORITY_DATE, doc.priorityDate());
        date(o, PatentFields.EFFECTIVE_DATE, doc.effectiveDate());
        o.put(ClusterFields.PASSAGE_COUNT, Passages.DEFAULT.of(doc).size());
        ObjectNode canonical = json.toJson(doc);
        canonical.put("language", language.code());
        o.set(ClusterFields.DOC, canonical);
        o.put(ClusterFields.SUMMARY, PatentSummaryJson.of(canonical));
        ArrayNode nested = o.putArray(ClusterFields.PASSAGES);
        if (passages != null) {
            o.put(ClusterFields.EMBEDDED_WITH, passages.model().vectorId());
            String field = ClusterFields.vectorField(passages.model().name());
            for (int i = 0; i < passages.passages().size(); i++) {
                Passage p = passages.passages().get(i);
                ObjectNode n = nested.addObject();
                n.put(ClusterFields.PASSAGE_LOCATION, p.location()).put(ClusterFields.PASSAGE_KIND, p.kind().name())
                        .put(ClusterFields.PASSAGE_INDEX, p.index()).put(ClusterFields.PASSAGE_TEXT, p.text());
                ArrayNode v = n.putArray(field);
                for (float f : passages.vectors().get(i)) {
                    v.add(f);
                }
            }
        }
        return o;
    }

    /** The passage vectors of a model field in sources by key (what {@code passageVectors} reads); none left out. */
    static Map<String, List<float[]>> passageVectors(Map<String, JsonNode> sources, String field) {
        Map<String, List<float[]>> out = new LinkedHashMap<>();
        sources.forEach((key, source) -> {
            List<float[]> vectors = new ArrayList<>();
            for (JsonNode passage : source.path(ClusterFields.PASSAGES)) {
                JsonNode v = passage.path(field);
                if (v.isArray() && !v.isEmpty()) {
                    float[] f = new float[v.size()];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = (float) v.get(i).asDouble();
                    }
                    vectors.add(f);
                }
            }
            if (!vectors.isEmpty()) {
                out.put(key, vectors);
            }
        });
        return out;
    }

    /** The patent of a cluster document's source. */
    PatentDocument fromSource(JsonNode source) {
        JsonNode doc = source.path(ClusterFields.DOC);
        try {
            return json.fromJson(doc);
        } catch (JsonDocumentMapper.BadDocumentException e) {
            throw new IllegalStateException("corrupt document " + source.path(ClusterFields.ID).asText() + " in the cluster: "
                    + e.getMessage(), e);
        }
    }

    /** What a hit shows, from the canonical JSON of a cluster document's source. */
    static PatentSummary summary(JsonNode source) {
        return summary(source.path(ClusterFields.ID).asText(), source.path(ClusterFields.DOC));
    }

    /** What a hit shows, from the canonical JSON or the stored summary ({@link PatentSummaryJson}). */
    static PatentSummary summary(String key, JsonNode d) {
        return PatentSummaryJson.read(key, d);
    }

    /** The language a document is analyzed in: declared, else detected from its text (as the embedded index does). */
    static AnalysisLanguage language(PatentDocument doc) {
        return LanguageDetector.resolve(doc.language(), doc.languageSample());
    }

    private static AnalysisLanguage lang(Translation t) {
        return AnalysisLanguage.forCode(t.language());
    }

    private static void add(ArrayNode values, AnalysisLanguage language, String text) {
        if (text != null) {
            values.add(LanguageTaggedAnalyzer.tag(language, text));
        }
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void date(ObjectNode o, String field, LocalDate date) {
        if (date != null) {
            o.put(field, (int) date.toEpochDay());
        }
    }
}
