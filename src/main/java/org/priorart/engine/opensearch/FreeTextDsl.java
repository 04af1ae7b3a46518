package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.AnalyzedTerms;
import org.priorart.analysis.LanguageDetector;
import org.priorart.analysis.PatentAnalyzer;
import org.priorart.config.FieldWeights;

/**
 * Free text as a BM25 query in the DSL, the embedded engine's FreeTextQueries: every distinct term
 * of the text (PriorArt's chain of its language) in each text field, the fields weighted and summed,
 * a term repeated in the text boosted by its count; a long text cut to its {@value #MAX_TERMS} terms
 * of highest weight (count times inverse document frequency, the frequencies read from the cluster
 * with one {@code _termvectors} request per field).
 */
final class FreeTextDsl {

    static final int MAX_TERMS = 200;

    private FreeTextDsl() {
    }

    /** The query, or null when the text has no searchable term. */
    static ObjectNode build(String text, Set<AnalysisLanguage> languages, FieldWeights weights, ClusterClient client,
                            String index) throws IOException {
        AnalysisLanguage language = LanguageDetector.detect(text, languages);
        Map<String, Integer> terms = AnalyzedTerms.counts(language, PatentAnalyzer.Mode.QUERY, text);
        if (terms.isEmpty()) {
            return null;
        }
        List<Map.Entry<String, Integer>> chosen = new ArrayList<>(terms.entrySet());
        if (chosen.size() > MAX_TERMS) {
            Map<String, Double> idf = idf(terms.keySet(), weights, client, index);
            chosen.sort(Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -e.getValue() * idf.get(e.getKey())));
            chosen = chosen.subList(0, MAX_TERMS);
        }
        Dsl.Bool query = new Dsl.Bool();
        for (Map.Entry<String, Integer> term : chosen) {
            Dsl.Bool perField = new Dsl.Bool();
            for (Map.Entry<String, Float> field : weights.asMap().entrySet()) {
                // the embedded engine boosts each field's term query, even by 1 (a no-op there too)
                perField.should(Dsl.term(field.getKey(), term.getKey(), field.getValue()));
            }
            ObjectNode clause = perField.build();
            if (term.getValue() > 1) {
                clause.with("bool").put("boost", (float) term.getValue());
            }
            query.should(clause);
        }
        return query.build();
    }

    /** log(1 + (N - df + 0.5) / (df + 0.5)) per term, df the largest over the weighted fields, N all documents. */
    private static Map<String, Double> idf(Set<String> terms, FieldWeights weights, ClusterClient client, String index)
            throws IOException {
        Map<String, Integer> df = new HashMap<>();
        String joined = String.join(" ", terms);
        for (String field : weights.asMap().keySet()) {
            ObjectNode body = Dsl.object();
            body.putObject("doc").put(field, joined);
            body.putObject("per_field_analyzer").put(field, "whitespace");
            body.put("term_statistics", true).put("field_statistics", false).put("positions", false)
                    .put("offsets", false).put("payloads", false);
            JsonNode answer = client.post("/" + index + "/_termvectors", body);
            answer.path("term_vectors").path(field).path("terms").fields().forEachRemaining(e ->
                    df.merge(e.getKey(), e.getValue().path("doc_freq").asInt(0), Math::max));
        }
        JsonNode stats = client.get("/" + index + "/_stats/docs");
        JsonNode docs = stats.path("_all").path("primaries").path("docs");
        long n = docs.path("count").asLong() + docs.path("deleted").asLong();
        Map<String, Double> out = new HashMap<>();
        for (String t : terms) {
            int d = df.getOrDefault(t, 0);
            out.put(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
        }
        return out;
    }
}
