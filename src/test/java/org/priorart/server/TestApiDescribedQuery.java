package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorart.DescribedIndex;
import org.priorart.EmbeddedIndex;
import org.priorart.config.ApiSettings;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * Issue 11, item 9 over HTTP (what the page sends from its query box): a description as the
 * {@code query} finds its paraphrase in semantic and hybrid mode; keyword mode keeps its meaning.
 */
class TestApiDescribedQuery {

    private static LuceneEngine index;
    private static ApiServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        index = DescribedIndex.open();
        server = ApiServer.start(index, EmbeddedIndex.models(), ApiSettings.DEFAULT);
        api = server.client();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    private static List<String> numbers(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("hits").forEach(h -> out.add(h.path("publication_number").asText()));
        return out;
    }

    @Test
    void aDescriptionAsTheQueryFindsItsParaphrase() {
        for (String mode : List.of("semantic", "hybrid")) {
            Api.Answer get = api.get("/api/v1/search" + Api.query("query", DescribedIndex.QUERY, "mode", mode));
            Api.Answer post = api.post("/api/v1/search",
                    JsonNodeFactory.instance.objectNode().put("query", DescribedIndex.QUERY).put("mode", mode));
            for (Api.Answer a : List.of(get, post)) {
                assertEquals(200, a.status(), a.toString());
                assertEquals(DescribedIndex.PARAPHRASE, numbers(a.json()).get(0), mode + ": " + a);
                assertTrue(a.json().path("notes").toString().contains("ranks as free text"), a.toString());
            }
        }
        Api.Answer keyword = api.get("/api/v1/search" + Api.query("query", DescribedIndex.QUERY, "mode", "keyword"));
        assertEquals(200, keyword.status(), keyword.toString());
        assertEquals(List.of(), numbers(keyword.json()), "keyword mode ANDs the words, as before");
        // a description that is no valid examiner query is no 400 in semantic mode
        Api.Answer prose = api.get("/api/v1/search" + Api.query("query", "a battery with or without a liquid electrolyte",
                "mode", "semantic"));
        assertEquals(200, prose.status(), prose.toString());
    }
}
