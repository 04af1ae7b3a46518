package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.priorart.index.DocumentWriter;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.ingest.JsonDocumentMapper;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.engine.FieldMatches;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.metrics.ApiMetrics;

/**
 * {@code /api/v1/patents}: read a document, find its prior art, write documents, delete one. Documents
 * go in and come out in the canonical JSON (README, "Canonical JSONL"): what GET answers, POST takes.
 * A write is searchable when its answer comes (refreshed and committed) and embedded in the
 * background by the embedding stage.
 */
public final class PatentEndpoints {

    /** Documents per write request at most (the body size limit applies too). */
    static final int MAX_DOCUMENTS = 1000;

    private final Backend backend;
    private final ApiMetrics metrics;
    private final int maxQueryLength;
    private final JsonDocumentMapper json = new JsonDocumentMapper();

    public PatentEndpoints(Backend backend, ApiMetrics metrics, int maxQueryLength) {
        this.backend = backend;
        this.metrics = metrics;
        this.maxQueryLength = maxQueryLength;
    }

    /** GET /api/v1/patents/{id}: the document in the canonical JSON. */
    public void get(Context ctx) throws IOException {
        String id = id(ctx);
        ApiJson.answer(ctx, json.toJson(existing(backend.search(), id))); // a document may be megabytes
    }

    /**
     * GET /api/v1/patents/{id}/similar: its prior art; the document and its family excluded, only
     * prior art against its earliest priority date (else filing date) under {@code prior_art_rule}.
     */
    public void similar(Context ctx) throws IOException {
        String id = id(ctx);
        SearchParams p = SearchParams.read(QueryParams.of(ctx), SearchParams.Kind.SIMILAR, maxQueryLength);
        SearchService service = backend.search();
        PatentDocument doc = existing(service, id);
        SearchResult result = service.similar(p.toSimilarRequest(doc.number().toString()));
        metrics.search(result.mode(), result.tookMillis());
        ctx.json(SearchResponse.of(result, p));
    }

    /**
     * POST /api/v1/patents/{id}/similar: the same, the parameters in a JSON body (for the examiner's
     * feedback, {@code feedback: {positive: [...], negative: [...]}}).
     */
    public void similarPost(Context ctx) throws IOException {
        String id = id(ctx);
        SearchParams p = SearchParams.read(new JsonParams(Bodies.object(ctx)), SearchParams.Kind.SIMILAR, maxQueryLength);
        SearchService service = backend.search();
        PatentDocument doc = existing(service, id);
        SearchResult result = service.similar(p.toSimilarRequest(doc.number().toString()));
        metrics.search(result.mode(), result.tookMillis());
        ctx.json(SearchResponse.of(result, p));
    }

    /**
     * GET /api/v1/patents/{id}/family-citations: the documents cited against the document's family,
     * with the citing office and category where the data has them (the work-sharing view; never
     * used to rank).
     */
    public void familyCitations(Context ctx) throws IOException {
        String id = id(ctx);
        existing(backend.search(), id);
        ctx.json(backend.search().familyCitations(id));
    }

    /**
     * POST /api/v1/patents/{id}/highlights: every match of a search ({@code {"query": ..., "text": ...}},
     * read as /search reads them) in the document, per title, abstract, claim and description
     * paragraph, as character ranges of the texts that GET /api/v1/patents/{id} answers. For the
     * document view: it marks what the search matched (stems, phrases, proximity) without markup.
     */
    public void highlights(Context ctx) throws IOException {
        String id = id(ctx);
        ObjectNode body = Bodies.object(ctx);
        SessionEndpoints.only(body, java.util.Set.of("query", "text"));
        JsonParams p = new JsonParams(body);
        String query = SearchParams.limited(p, "query", maxQueryLength);
        String text = SearchParams.limited(p, "text", maxQueryLength);
        if ((query == null || query.isBlank()) && (text == null || text.isBlank())) {
            throw ApiException.badRequest("give a query, a text or both: the matches of what?");
        }
        SearchService service = backend.search();
        PatentDocument doc = existing(service, id);
        List<FieldMatches> matches = service.highlights(doc.number().toString(), query, text);
        if (matches == null) {
            throw ApiException.notFound("no document " + id + " in the index");
        }
        ctx.json(new HighlightsResponse(doc.number().toString(), matches));
    }

    /** The matches of a search in a document (see {@link #highlights}). */
    public record HighlightsResponse(String publicationNumber, List<FieldMatches> fields) {
    }

    /**
     * POST /api/v1/patents: one document (a JSON object) or many (an array). Each is read and written
     * on its own: a bad one is reported with its index and reason, the good ones are indexed. All of
     * them bad is a 400 with the same report in the details.
     */
    public void post(Context ctx) throws IOException {
        JsonNode body = Bodies.json(ctx);
        List<JsonNode> docs = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(docs::add);
        } else if (body.isObject()) {
            docs.add(body);
        } else {
            throw ApiException.badRequest("the body must be a document (a JSON object) or an array of documents");
        }
        if (docs.isEmpty() || docs.size() > MAX_DOCUMENTS) {
            throw ApiException.badRequest("send 1 to " + MAX_DOCUMENTS + " documents per request, was " + docs.size());
        }
        DocumentWriter writer = backend.writer();
        List<IngestResponse.Item> items = new ArrayList<>(docs.size());
        int[] counts = new int[4]; // by outcome, rejected last
        for (int i = 0; i < docs.size(); i++) {
            IngestResponse.Item item = write(writer, i, docs.get(i));
            items.add(item);
            counts[switch (item.status()) {
                case "created" -> 0;
                case "replaced" -> 1;
                case "unchanged" -> 2;
                default -> 3;
            }]++;
        }
        if (counts[0] + counts[1] > 0) {
            writer.publish();
        }
        metrics.documents("created", counts[0]);
        metrics.documents("replaced", counts[1]);
        metrics.documents("unchanged", counts[2]);
        metrics.documents("rejected", counts[3]);
        IngestResponse answer = new IngestResponse(docs.size(), counts[0], counts[1], counts[2], counts[3], items);
        if (counts[3] == docs.size()) {
            throw new ApiException(400, "invalid_documents", docs.size() == 1 ? "the document was rejected: " + items.get(0).error()
                    : "all " + docs.size() + " documents were rejected", Map.of("results", items), null);
        }
        ctx.json(answer);
    }

    private IngestResponse.Item write(DocumentWriter writer, int index, JsonNode node) throws IOException {
        PatentDocument doc;
        try {
            doc = json.fromJson(node);
        } catch (JsonDocumentMapper.BadDocumentException e) {
            return new IngestResponse.Item(index, e.documentId(), "rejected", e.getMessage());
        } catch (IllegalArgumentException e) {
            return new IngestResponse.Item(index, null, "rejected", e.getMessage());
        }
        try {
            DocumentWriter.Outcome outcome = writer.upsert(doc);
            List<String> warnings = new ArrayList<>(JsonDocumentMapper.warnings(node));
            warnings.addAll(writer.warnings(doc));
            return new IngestResponse.Item(index, doc.number().toString(), outcome.name().toLowerCase(java.util.Locale.ROOT), null,
                    warnings.isEmpty() ? null : warnings);
        } catch (RejectedDocumentException e) {
            // The engine refused this document alone (e.g. a term over 32 KB); the index is unharmed.
            return new IngestResponse.Item(index, doc.number().toString(), "rejected", "cannot be indexed: " + e.getMessage());
        }
    }

    /** DELETE /api/v1/patents/{id}: the document and its passages; searchable as gone when answered. */
    public void delete(Context ctx) throws IOException {
        String id = id(ctx);
        DocumentWriter writer = backend.writer();
        String deleted = writer.delete(id);
        if (deleted == null) {
            throw ApiException.notFound("no document " + id + " in the index");
        }
        writer.publish();
        metrics.documents("deleted", 1);
        ctx.json(Map.of("publication_number", deleted, "status", "deleted"));
    }

    /** The {id} path parameter, checked to be a publication number (never used as a path or a query). */
    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (PublicationNumber.tryParse(id) == null) { // also null beyond PublicationNumber.MAX_LENGTH
            throw ApiException.badParameter("id", "not a publication number: '" + ApiException.echo(id)
                    + "' (e.g. US6859910B2, US 6,859,910, EP1234567A1)");
        }
        return id;
    }

    private static PatentDocument existing(SearchService service, String id) throws IOException {
        PatentDocument doc = service.get(id);
        if (doc == null) {
            throw ApiException.notFound("no document " + id + " in the index");
        }
        return doc;
    }
}
