package org.priorart.engine.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.Analyzers;
import org.priorart.analysis.LanguageTaggedAnalyzer;
import org.priorart.analysis.PatentAnalyzer;

/**
 * The cluster analyzes text into the embedded index's terms: for real texts in English, Korean,
 * Japanese, Chinese, German, French, Thai, Vietnamese, Indonesian and Filipino (the CJK and language
 * fixtures' abstracts), OpenSearch's {@code _analyze} with the plugin's {@code priorart_text} gives the same
 * terms at the same positions as PriorArt's own analyzer of that language, marks and exact forms
 * included.
 */
class TestClusterAnalysis {

    static Stream<Arguments> samples() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/cjk/cjk-patents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode d = ClusterClient.JSON.readTree(line);
            String number = d.path("publication_number").asText();
            AnalysisLanguage l = number.startsWith("KR") ? AnalysisLanguage.KOREAN : number.startsWith("JP")
                    ? AnalysisLanguage.JAPANESE : number.startsWith("CN") ? AnalysisLanguage.CHINESE : null;
            if (l != null) {
                out.add(Arguments.of(l, d.path("abstract").asText()));
            }
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/languages/patents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode d = ClusterClient.JSON.readTree(line);
            AnalysisLanguage l = AnalysisLanguage.known(d.path("language").asText("id"));
            out.add(Arguments.of(l, d.path("title").asText() + ". " + d.path("abstract").asText()));
        }
        out.add(Arguments.of(AnalysisLanguage.ENGLISH, "The batteries were charged. A cell's anode (porous silicon) WITH "
                + "the separator's 3.5 µm pores; Fig. 2 shows it."));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samples")
    void theClusterHasTheEmbeddedTerms(AnalysisLanguage language, String text) throws IOException {
        String url = ClusterNode.url();
        List<String> embedded = terms(language, text);
        assertFalse(embedded.isEmpty(), text);
        try (ClusterClient client = new ClusterClient(ClusterNode.fresh("analysis").with(null, url))) {
            ObjectNode body = Dsl.object().put("analyzer", "priorart_text").put("text", LanguageTaggedAnalyzer.tag(language, text));
            JsonNode answer = client.post("/_analyze", body);
            List<String> cluster = new ArrayList<>();
            for (JsonNode t : answer.path("tokens")) {
                cluster.add(t.path("position").asInt() + ":" + t.path("token").asText());
            }
            assertEquals(embedded, cluster, language + ": " + text);
        }
    }

    /** The embedded index's terms of a text, as position:term. */
    private static List<String> terms(AnalysisLanguage language, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = Analyzers.get(language, PatentAnalyzer.Mode.INDEX).tokenStream("claims", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(position + ":" + term);
            }
            ts.end();
        }
        return out;
    }
}
