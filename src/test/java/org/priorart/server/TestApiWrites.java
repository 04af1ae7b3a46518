package org.priorart.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.EngineReads;
import org.priorart.TestData;
import org.priorart.config.ApiSettings;
import org.priorart.index.IngestProgress;
import org.priorart.index.Ingester;
import org.priorart.engine.lucene.LuceneEngine;
import org.priorart.ingest.InputFiles;
import org.priorart.server.api.ApiDocs;

/**
 * Writing through the API: documents are searchable when the answer comes, bad ones are reported by
 * index and reason while the good ones are indexed, deletes are seen at once, and ingestion during
 * searches loses nothing and fails nothing.
 */
class TestApiWrites {

    private static final int BASE = 200;

    @TempDir
    Path tmp;

    private LuceneEngine index;
    private ApiServer server;
    private Api api;
    private final OpenApiSchemas schemas = new OpenApiSchemas(new ApiDocs().document());

    @BeforeEach
    void start() throws Exception {
        Path docs = Files.write(tmp.resolve("docs.jsonl"), TestData.lines(TestData.TEN_K, BASE));
        index = LuceneEngine.openWritable(tmp.resolve("index"));
        new Ingester(index, Optional.empty(), 1, IngestProgress.NONE).ingest(InputFiles.expand(List.of(docs)));
        server = ApiServer.start(index, null, ApiSettings.DEFAULT);
        api = server.client();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        index.close();
    }

    private static String doc(String number, String title, String abstractText) {
        return """
                {"publication_number": "%s", "title": "%s", "abstract": "%s",
                 "claims": ["1. A device comprising %s."], "cpc": ["H01M10/0525"],
                 "filing_date": "2014-03-01", "priority_date": "2013-03-01", "publication_date": "2015-09-01"}"""
                .formatted(number, title, abstractText, abstractText);
    }

    private long total(String query) {
        Api.Answer a = api.get("/api/v1/search" + Api.query("query", query, "mode", "keyword", "size", 100));
        assertEquals(200, a.status(), a.toString());
        return a.json().path("total").path("value").asLong();
    }

    @Test
    void aDocumentIsSearchableWhenTheAnswerComes() {
        long start = System.nanoTime();
        Api.Answer written = api.post("/api/v1/patents", doc("US 9,900,001 B2", "Zyxwoolite flux anode", "a zyxwoolite anode"));
        Api.Answer found = api.get("/api/v1/search" + Api.query("query", "zyxwoolite", "mode", "keyword"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, written.status(), written.toString());
        assertTrue(schemas.checkResponse("/api/v1/patents", "post", 200, written.json()).isEmpty());
        assertEquals("created", written.json().path("results").path(0).path("status").asText());
        assertEquals("US9900001B2", written.json().path("results").path(0).path("publication_number").asText());
        assertEquals(1, found.json().path("total").path("value").asInt(), found.toString());
        assertEquals("US9900001B2", found.json().path("hits").path(0).path("publication_number").asText());
        assertTrue(seconds < 1.0, "write to visible took " + seconds + " s");

        // The same again: left alone; changed: replaced, and the old text is gone.
        assertEquals("unchanged", api.post("/api/v1/patents", doc("US9900001B2", "Zyxwoolite flux anode", "a zyxwoolite anode"))
                .json().path("results").path(0).path("status").asText());
        assertEquals("replaced", api.post("/api/v1/patents", doc("US9900001", "Qopplerite flux anode", "a qopplerite anode"))
                .json().path("results").path(0).path("status").asText());
        assertEquals(0, total("zyxwoolite"));
        assertEquals(1, total("qopplerite"));
        Api.Answer read = api.get("/api/v1/patents/US9900001");
        assertEquals("Qopplerite flux anode", read.json().path("title").asText());
        assertEquals(BASE + 1, api.get("/api/v1/health").json().path("documents").asInt());
    }

    @Test
    void badDocumentsAreReportedByIndexAndTheGoodOnesIndexed() {
        String batch = "[" + String.join(",",
                doc("US9900011B2", "Good one", "a brimblewort cell"),
                "{\"title\": \"no number\"}",
                doc("US9900012B2", "Bad date", "a brimblewort cell").replace("2015-09-01", "2015-02-30"),
                "42",
                "{\"publication_number\": \"not a number at all\"}",
                "{\"publication_number\": \"US9900013B2\", \"claims\": \"should be an array\"}",
                doc("US9900014B2", "Another good one", "a brimblewort pack")) + "]";
        Api.Answer a = api.post("/api/v1/patents", batch);
        assertEquals(200, a.status(), a.toString());
        assertTrue(schemas.checkResponse("/api/v1/patents", "post", 200, a.json()).isEmpty(),
                schemas.checkResponse("/api/v1/patents", "post", 200, a.json()).toString());
        JsonNode r = a.json();
        assertEquals(7, r.path("received").asInt());
        assertEquals(2, r.path("created").asInt());
        assertEquals(5, r.path("rejected").asInt());
        String[] statuses = {"created", "rejected", "rejected", "rejected", "rejected", "rejected", "created"};
        for (int i = 0; i < statuses.length; i++) {
            assertEquals(i, r.path("results").path(i).path("index").asInt());
            assertEquals(statuses[i], r.path("results").path(i).path("status").asText(), r.path("results").path(i).toString());
        }
        assertTrue(r.path("results").path(1).path("error").asText().contains("publication_number"));
        assertTrue(r.path("results").path(2).path("error").asText().contains("publication_date"));
        assertEquals("US9900012B2", r.path("results").path(2).path("publication_number").asText());
        assertTrue(r.path("results").path(3).path("error").asText().contains("expected a JSON object"));
        assertTrue(r.path("results").path(5).path("error").asText().contains("claims"));
        assertEquals(2, total("brimblewort"));
        assertTrue(r.path("results").path(0).path("warnings").isMissingNode(), "no warnings for a clean document");

        // An unknown field is not an error (the document is indexed) but it is named, not lost in silence.
        Api.Answer typo = api.post("/api/v1/patents", "{\"publication_number\": \"US9900015B2\", \"title\": \"Typo\", "
                + "\"abstarct\": \"a quillwort cell\", \"source\": \"office X\"}");
        assertEquals(200, typo.status(), typo.toString());
        assertTrue(schemas.checkResponse("/api/v1/patents", "post", 200, typo.json()).isEmpty(),
                schemas.checkResponse("/api/v1/patents", "post", 200, typo.json()).toString());
        JsonNode item = typo.json().path("results").path(0);
        assertEquals("created", item.path("status").asText());
        assertEquals("unknown field 'abstarct' ignored (did you mean 'abstract'?)", item.path("warnings").path(0).asText());
        assertEquals("unknown field 'source' ignored", item.path("warnings").path(1).asText());

        Api.Answer allBad = api.post("/api/v1/patents", "[{\"x\": 1}, {\"publication_number\": \"US1\", \"cpc\": [1]}]");
        assertEquals(400, allBad.status());
        assertEquals("invalid_documents", allBad.error());
        assertEquals(2, allBad.json().path("details").path("results").size());
        Api.Answer oneBad = api.post("/api/v1/patents", "{\"publication_number\": \"US1\", \"filing_date\": \"soon\"}");
        assertEquals(400, oneBad.status());
        assertTrue(oneBad.json().path("message").asText().contains("filing_date"), oneBad.toString());
        assertTrue(schemas.checkResponse("/api/v1/patents", "post", 400, oneBad.json()).isEmpty());
        assertEquals(400, api.post("/api/v1/patents", "[]").status());
        assertEquals(400, api.post("/api/v1/patents", "\"text\"").status());
        assertEquals(400, api.post("/api/v1/patents", "{\"publication_number\": ").status());
    }

    @Test
    void aDeleteIsSeenAtOnce() {
        api.post("/api/v1/patents", doc("EP2900001A1", "Glimmerquartz separator", "a glimmerquartz separator"));
        assertEquals(1, total("glimmerquartz"));
        Api.Answer deleted = api.delete("/api/v1/patents/EP2900001A1");
        assertEquals(200, deleted.status(), deleted.toString());
        assertTrue(schemas.checkResponse("/api/v1/patents/{id}", "delete", 200, deleted.json()).isEmpty());
        assertEquals(0, total("glimmerquartz"));
        assertEquals(404, api.get("/api/v1/patents/EP2900001A1").status());
        Api.Answer again = api.delete("/api/v1/patents/EP2900001A1");
        assertEquals(404, again.status());
        assertEquals("not_found", again.error());
        // A demo document, by a number without its kind.
        String first = api.get("/api/v1/search?query=NOT+zzqqxx&mode=keyword&size=1").json().path("hits").path(0).path("publication_number").asText();
        assertEquals(200, api.delete("/api/v1/patents/" + first).status());
        assertEquals(BASE - 1, api.get("/api/v1/health").json().path("documents").asInt());
    }

    @Test
    void ingestionDuringSearchesLosesNothingAndFailsNothing() throws Exception {
        int writers = 4;
        int batches = 15;
        int perBatch = 5;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers + 4);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(pool.submit(() -> {
                for (int b = 0; b < batches; b++) {
                    List<String> docs = new ArrayList<>();
                    for (int d = 0; d < perBatch; d++) {
                        int n = (writer * batches + b) * perBatch + d;
                        docs.add(doc("US88%05d".formatted(n) + "B1", "Concurrent flarnstone item " + n, "a flarnstone cell number " + n));
                    }
                    Api.Answer a = api.post("/api/v1/patents", "[" + String.join(",", docs) + "]");
                    if (a.status() != 200 || a.json().path("created").asInt() != perBatch) {
                        failures.add("write: " + a);
                    }
                }
            }));
        }
        for (int s = 0; s < 4; s++) {
            tasks.add(pool.submit(() -> {
                long last = 0;
                while (writing.get()) {
                    Api.Answer a = api.get("/api/v1/search" + Api.query("query", "flarnstone", "mode", "keyword", "size", 5));
                    Api.Answer other = api.get("/api/v1/search" + Api.query("text", "battery charger", "mode", "keyword", "size", 5));
                    if (a.status() != 200 || other.status() != 200) {
                        failures.add("search: " + a + " / " + other);
                        continue;
                    }
                    long seen = a.json().path("total").path("value").asLong();
                    if (seen < last) {
                        failures.add("a search saw fewer documents than one before it: " + seen + " < " + last);
                    }
                    last = seen;
                    searches.incrementAndGet();
                }
            }));
        }
        for (int i = 0; i < writers; i++) {
            tasks.get(i).get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> t : tasks) {
            t.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), failures.toString());
        int written = writers * batches * perBatch;
        assertEquals(written, total("flarnstone"));
        assertEquals(BASE + written, api.get("/api/v1/health").json().path("documents").asInt());
        assertEquals(BASE + written, EngineReads.patentCount(index));
        assertTrue(searches.get() > 10, "searches ran meanwhile: " + searches.get());
        // Durable: committed, as a reader of the last commit sees.
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(
                LuceneEngine.luceneDir(index.path())))) {
            assertEquals(BASE + written, new org.apache.lucene.search.IndexSearcher(reader).count(
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("type", "patent"))));
        }
    }
}
