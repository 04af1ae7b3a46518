package org.priorart.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.priorart.error.UserInputException;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.casework.Categories;
import org.priorart.server.casework.ClaimNumbers;
import org.priorart.server.casework.DateRule;
import org.priorart.server.casework.DateVerdict;
import org.priorart.server.session.Category;
import org.priorart.server.session.HistoryEntry;
import org.priorart.server.session.RecordedSearch;
import org.priorart.server.session.SearchSession;
import org.priorart.server.session.SessionCsv;
import org.priorart.server.session.SessionStore;
import org.priorart.server.session.Tag;

/**
 * {@code /api/v1/sessions}: the examiner's search sessions (tagged citations X / Y / A with notes, and
 * the search history), kept on the server per key ({@link SessionStore}), and their export as CSV.
 * The role {@code search} is enough: a session is part of searching, it changes no document.
 */
public final class SessionEndpoints {

    private final Backend backend;
    private final SessionStore store;
    private final int maxQueryLength;

    public SessionEndpoints(Backend backend, SessionStore store, int maxQueryLength) {
        this.backend = backend;
        this.store = store;
        this.maxQueryLength = maxQueryLength;
    }

    /** The sessions belong to the key that made them. */
    private static String owner(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }

    /** GET /api/v1/sessions: the caller's sessions, most recently changed first. */
    public void list(Context ctx) {
        ctx.json(Map.of("sessions", store.list(owner(ctx)).stream().map(SearchSession::summary).toList()));
    }

    /** POST /api/v1/sessions: a new session; the body ({@code {"name": ...}}) may be empty. */
    public void create(Context ctx) throws IOException {
        String name = null;
        if (Bodies.bytes(ctx).length > 0) {
            ObjectNode body = Bodies.object(ctx);
            only(body, Set.of("name"));
            name = new JsonParams(body).string("name");
        }
        ctx.status(201).json(store.create(owner(ctx), name)); // a name too long, or too many sessions: a user error
    }

    /** GET /api/v1/sessions/{session}. */
    public void get(Context ctx) {
        ctx.json(session(ctx));
    }

    /** DELETE /api/v1/sessions/{session}. */
    public void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("session");
        if (!SessionStore.isId(id) || !store.delete(owner(ctx), id)) {
            throw noSession();
        }
        ctx.json(Map.of("id", id, "status", "deleted"));
    }

    /**
     * PUT /api/v1/sessions/{session}/tags/{id}: tags a document X, Y or A with a note (a second PUT
     * changes the tag). The document must be in the index; its title and date are kept with the tag.
     */
    public void tag(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        String id = PatentEndpoints.id(ctx);
        ObjectNode body = Bodies.object(ctx);
        only(body, Set.of("category", "note", "claims"));
        JsonParams p = new JsonParams(body);
        String category = p.string("category");
        if (category == null) {
            throw ApiException.badParameter("category", "category is required: X, Y or A, optionally with E, P, D, L, O or T (\"X,E\")");
        }
        java.util.List<Category> categories;
        try {
            categories = Categories.parse(category);
        } catch (UserInputException e) {
            throw ApiException.badParameter("category", ApiException.echo(e.getMessage()));
        }
        try {
            ClaimNumbers.check(p.string("claims"), s.caseFile() == null ? 0 : s.caseFile().claims().size());
        } catch (UserInputException e) {
            throw ApiException.badParameter("claims", ApiException.echo(e.getMessage()));
        }
        PatentDocument doc = backend.search().get(id);
        if (doc == null) {
            throw ApiException.notFound("no document " + id + " in the index");
        }
        // In a case, a document that is no plain prior art under its rule is tagged with a warning
        // (unless its categories already say E or P, which is what such a document is cited as).
        String warning = null;
        if (s.caseFile() != null) {
            DateVerdict v = DateRule.verdict(s.caseFile(), doc.publicationDate(), doc.effectiveDate());
            boolean said = DateVerdict.EARLIER_FILED.equals(v.status()) && categories.contains(Category.E)
                    || DateVerdict.INTERMEDIATE.equals(v.status()) && categories.contains(Category.P);
            if (v.warns() && !said) {
                warning = v.reason();
            }
        }
        Tag tag = new Tag(doc.number().toString(), categories.get(0), p.string("note"), p.string("claims"), doc.title(),
                doc.publicationDate(), null, Categories.format(categories), warning);
        // a note or claims too long names its parameter (UserInputException.parameter), too many tags none
        ctx.json(store.tag(owner(ctx), s.id(), tag).orElseThrow(SessionEndpoints::noSession));
    }

    /** DELETE /api/v1/sessions/{session}/tags/{id}: removes the tag. */
    public void untag(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        String id = PatentEndpoints.id(ctx);
        store.untag(owner(ctx), s.id(), id)
                .orElseThrow(() -> ApiException.notFound("no tag for " + id + " in this session"));
        ctx.json(Map.of("publication_number", id, "status", "deleted"));
    }

    /**
     * POST /api/v1/sessions/{session}/history: records a search as run: {@code {"search": {...},
     * "total": {"value": N, "relation": "eq"}}}, the search in the parameters of /api/v1/search
     * (checked as /search checks them; paging and explain are not part of a strategy), or a "find
     * similar" as {@code {"similar": NUMBER, ...}} with the parameters of /patents/{id}/similar.
     */
    public void record(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ObjectNode body = Bodies.object(ctx);
        only(body, Set.of("search", "total", "ranked"));
        JsonNode search = body.get("search");
        JsonNode total = body.get("total");
        if (search == null || !search.isObject()) {
            throw ApiException.badParameter("search", "search must be the search's parameters, as a JSON object");
        }
        if (total == null || !total.isObject() || !total.path("value").canConvertToLong() || total.path("value").asLong() < 0
                || !total.path("value").isIntegralNumber() || !Set.of("eq", "gte").contains(total.path("relation").asText())
                || total.size() != 2) {
            throw ApiException.badParameter("total", "total must be {\"value\": N, \"relation\": \"eq\" or \"gte\"}, as the search answered");
        }
        // A "find similar" names its document instead of a query or text, and takes the parameters of
        // /patents/{id}/similar (its prior-art date is the document's own).
        ObjectNode searchParams = ((ObjectNode) search).deepCopy();
        JsonNode similarTo = searchParams.remove("similar");
        String similar = null;
        if (similarTo != null) {
            if (!similarTo.isTextual() || similarTo.asText().isBlank() || similarTo.asText().length() > PublicationNumber.MAX_LENGTH
                    || PublicationNumber.tryParse(similarTo.asText().strip()) == null) {
                throw ApiException.badParameter("search.similar", "similar must be the publication number of the document");
            }
            similar = similarTo.asText().strip();
        }
        SearchParams p = SearchParams.read(new JsonParams(searchParams),
                similar == null ? SearchParams.Kind.SEARCH : SearchParams.Kind.SIMILAR, maxQueryLength);
        if (similar == null && p.query() == null && p.text() == null) {
            throw ApiException.badParameter("search", "the search has no query and no text");
        }
        boolean ruled = p.priorityDate() != null || similar != null;
        // with the X/Y documents and signals it was ranked by: a rerun from the history sends them again
        RecordedSearch recorded = RecordedSearchParams.record(p, p.priorityDate(), ruled ? p.rule() : null, similar);
        JsonNode ranked = body.get("ranked");
        if (ranked != null && (!ranked.isTextual() || !Set.of("keyword", "semantic", "hybrid").contains(ranked.asText()))) {
            throw ApiException.badParameter("ranked", "ranked must be the mode the search answered with: keyword, semantic or hybrid");
        }
        HistoryEntry entry = store.record(owner(ctx), s.id(), recorded, total.path("value").asLong(),
                total.path("relation").asText(), ranked == null ? null : ranked.asText(), null)
                .orElseThrow(SessionEndpoints::noSession);
        ctx.status(201).json(entry);
    }

    /** GET /api/v1/sessions/{session}/citations.csv: the tagged citations, X first. */
    public void citationsCsv(Context ctx) {
        SearchSession s = session(ctx);
        csv(ctx, "priorart-" + s.id() + "-citations.csv", SessionCsv.citations(s));
    }

    /** GET /api/v1/sessions/{session}/strategy.csv: the searches run, in order, with their hit counts. */
    public void strategyCsv(Context ctx) {
        SearchSession s = session(ctx);
        csv(ctx, "priorart-" + s.id() + "-strategy.csv", SessionCsv.strategy(s));
    }

    private static void csv(Context ctx, String filename, String body) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.contentType("text/csv; charset=utf-8").result(body);
    }

    private SearchSession session(Context ctx) {
        String id = ctx.pathParam("session");
        if (!SessionStore.isId(id)) {
            throw noSession();
        }
        return store.get(owner(ctx), id).orElseThrow(SessionEndpoints::noSession);
    }

    private static ApiException noSession() {
        return ApiException.notFound("no such session (sessions belong to the key that made them)");
    }

    /** A body with a name the endpoint does not take is an error, not ignored (a typo must show). */
    static void only(ObjectNode body, Set<String> allowed) {
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown field '" + ApiException.echo(name) + "'; expected "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
