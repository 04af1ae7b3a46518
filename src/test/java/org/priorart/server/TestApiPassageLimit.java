package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EngineReads;
import org.priorart.TooManyClaims;
import org.priorart.config.ApiSettings;
import org.priorart.engine.lucene.LuceneEngine;

/**
 * Issue 11, item 10: a document posted with 10,000 independent claims is indexed whole, and the
 * answer warns that only the first passages of it are embedded.
 */
class TestApiPassageLimit {

    @TempDir
    Path tmp;

    @Test
    void aPostedDocumentWithTooManyPassagesIsIndexedWithAWarning() throws Exception {
        try (LuceneEngine index = LuceneEngine.openWritable(tmp.resolve("index"));
             ApiServer server = ApiServer.start(index, null, ApiSettings.DEFAULT)) {
            Api.Answer answer = server.client().post("/api/v1/patents", TooManyClaims.json());
            assertEquals(200, answer.status(), answer.toString());
            JsonNode item = answer.json().path("results").path(0);
            assertEquals("created", item.path("status").asText());
            assertEquals(1, item.path("warnings").size(), item.toString());
            String warning = item.path("warnings").path(0).asText();
            assertTrue(warning.startsWith(TooManyClaims.NUMBER + " has 10,001 passages to embed; only the first 100 are embedded"),
                    warning);
            assertEquals(TooManyClaims.CLAIMS, EngineReads.get(index, TooManyClaims.NUMBER).claims().size());
        }
    }
}
