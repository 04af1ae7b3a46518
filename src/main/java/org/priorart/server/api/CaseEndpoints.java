package org.priorart.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.priorart.engine.EngineView;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDates;
import org.priorart.patent.PatentDocument;
import org.priorart.query.QuerySyntaxException;
import org.priorart.search.InvalidQueryException;
import org.priorart.engine.PriorArtRule;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.casework.CaseFile;
import org.priorart.server.casework.CaseSearch;
import org.priorart.server.casework.CitationSet;
import org.priorart.server.casework.DateVerdict;
import org.priorart.server.casework.SearchReport;
import org.priorart.server.session.HistoryEntry;
import org.priorart.server.session.RecordedSearch;
import org.priorart.server.session.SavedQuery;
import org.priorart.server.session.SearchSession;
import org.priorart.server.session.SessionStore;

/**
 * The case under examination ({@code PUT /sessions/{session}/case}), searches in it that make
 * numbered sets ({@code POST /sessions/{session}/search}: the case's cutoff, its own document and
 * family left out, {@code L<n>} operands, exact counts, a date verdict per hit, optionally among a
 * document's citations), saved queries run
 * again with fresh counts, and the search report (HTML, CSV).
 */
public final class CaseEndpoints {

    private static final Set<String> CASE_FIELDS = Set.of("application", "number", "title", "priority_date", "filing_date",
            "claims", "cpc", "prior_art_rule");
    private static final int MAX_CLAIMS = 500;
    private static final int MAX_SAVED = 200;

    private final Backend backend;
    private final SessionStore store;
    private final int maxQueryLength;

    public CaseEndpoints(Backend backend, SessionStore store, int maxQueryLength) {
        this.backend = backend;
        this.store = store;
        this.maxQueryLength = maxQueryLength;
    }

    /** The server's view of the index (the citation endpoints share it). */
    public Backend backend() {
        return backend;
    }

    /** The sessions it keeps cases in (the kept claim chart is stored in the same). */
    public SessionStore store() {
        return store;
    }

    private static String owner(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }

    private SearchSession session(Context ctx) {
        String id = ctx.pathParam("session");
        if (!SessionStore.isId(id)) {
            throw noSession();
        }
        return store.get(owner(ctx), id).orElseThrow(CaseEndpoints::noSession);
    }

    static ApiException noSession() {
        return ApiException.notFound("no such session (sessions belong to the key that made them)");
    }

    /**
     * PUT /api/v1/sessions/{session}/case: declares the application under examination, from the index
     * ({@code {"application": "US20170250447"}}, its data copied, any field given overriding it) or
     * pasted ({@code number}, {@code title}, {@code priority_date}, {@code filing_date}, {@code claims},
     * {@code cpc}); {@code prior_art_rule} is effective (default) or published.
     */
    public void putCase(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ObjectNode body = Bodies.object(ctx);
        SessionEndpoints.only(body, CASE_FIELDS);
        JsonParams p = new JsonParams(body);
        String application = p.string("application");
        PatentDocument doc = null;
        if (application != null && !application.isBlank()) {
            if (application.length() > 64) {
                throw ApiException.badParameter("application", "not a publication number: too long");
            }
            doc = backend.search().get(application.strip());
            if (doc == null) {
                throw ApiException.badParameter("application", "no document " + ApiException.echo(application)
                        + " in the index: paste the application's data instead (number, dates, claims)");
            }
        }
        String number = p.string("number");
        if (number == null || number.isBlank()) {
            if (doc == null) {
                throw ApiException.badParameter("number", "number is required (or application, to take it from the index)");
            }
            number = doc.number().toString();
        }
        if (number.length() > 64) {
            throw ApiException.badParameter("number", "number is " + number.length() + " characters long; at most 64");
        }
        String title = p.string("title") != null ? p.string("title") : doc == null ? null : doc.title();
        if (title != null && title.length() > SessionStore.MAX_NAME * 5) {
            throw ApiException.badParameter("title", "title is too long: at most " + SessionStore.MAX_NAME * 5 + " characters");
        }
        LocalDate priority = body.has("priority_date") ? date(p, "priority_date") : doc == null ? null : doc.priorityDate();
        LocalDate filing = body.has("filing_date") ? date(p, "filing_date") : doc == null ? null : doc.filingDate();
        if (priority == null && filing == null) {
            throw ApiException.badParameter("priority_date", "the case needs a priority date or a filing date: its cutoff");
        }
        if (priority != null && filing != null && priority.isAfter(filing)) {
            throw ApiException.badParameter("priority_date", "the priority date " + priority + " is after the filing date "
                    + filing);
        }
        List<String> claims = body.has("claims") ? p.strings("claims")
                : doc == null ? List.of() : doc.claims().stream().map(Claim::text).toList();
        if (claims.size() > MAX_CLAIMS) {
            throw ApiException.badParameter("claims", "at most " + MAX_CLAIMS + " claims, was " + claims.size());
        }
        for (String c : claims) {
            if (c.length() > maxQueryLength) {
                throw ApiException.badParameter("claims", "a claim is " + c.length() + " characters long; at most " + maxQueryLength);
            }
        }
        List<String> cpc = body.has("cpc") ? p.strings("cpc") : doc == null ? List.of() : doc.cpc();
        if (cpc.size() > 100 || cpc.stream().anyMatch(c -> c.length() > 32)) {
            throw ApiException.badParameter("cpc", "cpc must be at most 100 CPC symbols");
        }
        PriorArtRule rule;
        try {
            String r = p.string("prior_art_rule");
            rule = r == null || r.isBlank() ? PriorArtRule.EFFECTIVE : PriorArtRule.parse(r);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("prior_art_rule", ApiException.echo(e.getMessage()));
        }
        CaseFile c = new CaseFile(number.strip(), title, priority, filing, claims, cpc, doc == null ? null : doc.id(),
                doc == null ? null : doc.familyId(), rule);
        ctx.json(store.update(owner(ctx), s.id(), (old, at) -> old.withCase(at, c)).orElseThrow(CaseEndpoints::noSession));
    }

    /** The answer of a search in a case: the set it made, its hits, and each hit's date verdict. */
    public record CaseSearchResponse(int set, String definition, Cutoff cutoff, SearchResponse result,
                                     List<DateVerdict> dates, List<String> notes) {
    }

    /** The cutoff applied: the date, what it is, the rule. */
    public record Cutoff(LocalDate date, String basis, String rule, String application) {
    }

    /**
     * POST /api/v1/sessions/{session}/search: the parameters of /api/v1/search (without
     * priority_date: the case's applies); the query may combine sets ({@code L1 AND L2 NOT L3}).
     */
    public void search(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ObjectNode body = Bodies.object(ctx);
        ctx.status(201).json(run(ctx, s, body));
    }

    private CaseSearchResponse run(Context ctx, SearchSession s, ObjectNode body) throws IOException {
        CaseFile c = s.caseFile();
        if (c == null) {
            throw ApiException.badRequest("this session has no case: declare the application first (PUT /api/v1/sessions/"
                    + s.id() + "/case)");
        }
        // A further page of a set already made: answered like the set, not recorded as a new one.
        com.fasterxml.jackson.databind.JsonNode pageOf = body.remove("page_of_set");
        Integer pageOfSet = null;
        if (pageOf != null) {
            if (!pageOf.isInt() || s.history().stream().noneMatch(h -> h.number() == pageOf.asInt())) {
                throw ApiException.badParameter("page_of_set", "page_of_set must be the number of a set of this session");
            }
            pageOfSet = pageOf.asInt();
        }
        // "Search among these": the search restricted to one side of a document's citations.
        com.fasterxml.jackson.databind.JsonNode amongNode = body.remove("among");
        CitationSet among = amongNode == null ? null : CitationSet.read(amongNode, backend.search());
        if (body.has("priority_date")) {
            throw ApiException.badParameter("priority_date", "in a case the cutoff is the case's (" + c.cutoff()
                    + "): change the case, or search outside it");
        }
        SearchParams p = SearchParams.read(new JsonParams(body), SearchParams.Kind.SEARCH, maxQueryLength);
        SearchRequest request = among == null ? p.toRequest()
                : p.toRequest().withFilters(p.toRequest().filters().including(among.keys()));
        SearchService service = backend.search();
        CaseSearch.Outcome out;
        try {
            out = CaseSearch.run(service, c, request, s.history());
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
        if (out.expandedQuery() != null && out.expandedQuery().length() > maxQueryLength * 4L) {
            throw ApiException.badParameter("query", "the sets combined make a query of " + out.expandedQuery().length()
                    + " characters; at most " + maxQueryLength * 4L);
        }
        Cutoff cutoff = new Cutoff(c.cutoff(), c.cutoffBasis(), c.rule().name().toLowerCase(Locale.ROOT), c.number());
        List<String> notes = new ArrayList<>(out.notes());
        if (among != null) {
            notes.add(0, "among " + among.description());
        }
        if (pageOfSet != null) {
            return new CaseSearchResponse(pageOfSet, out.definition(), cutoff, SearchResponse.of(out.result(), p), out.dates(),
                    notes);
        }
        RecordedSearch recorded = RecordedSearchParams.record(p, c.cutoff(), c.rule(), null);
        if (among != null) {
            recorded = recorded.among(among.description());
        }
        HistoryEntry entry = store.record(owner(ctx), s.id(), recorded, out.result().totalHits(),
                out.result().totalIsExact() ? "eq" : "gte", out.result().mode(), out.definition())
                .orElseThrow(CaseEndpoints::noSession);
        return new CaseSearchResponse(entry.number(), out.definition(), cutoff, SearchResponse.of(out.result(), p),
                out.dates(), notes);
    }

    /** POST /api/v1/sessions/{session}/saved: {@code {"name": ..., "set": 3}} saves set L3's search to run again. */
    public void save(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ObjectNode body = Bodies.object(ctx);
        SessionEndpoints.only(body, Set.of("name", "set"));
        JsonParams p = new JsonParams(body);
        Integer set = p.integer("set");
        if (set == null) {
            throw ApiException.badParameter("set", "set is required: the number of the set to save (3 for L3)");
        }
        HistoryEntry e = s.history().stream().filter(h -> h.number() == set).findFirst()
                .orElseThrow(() -> ApiException.badParameter("set", "there is no set L" + set + " in this session"));
        String name = p.string("name");
        if (name == null || name.isBlank()) {
            name = "L" + set;
        }
        if (name.length() > SessionStore.MAX_NAME) {
            throw ApiException.badParameter("name", "name is " + name.length() + " characters long; at most " + SessionStore.MAX_NAME);
        }
        if (s.saved().size() >= MAX_SAVED) {
            throw ApiException.badParameter("set", "at most " + MAX_SAVED + " saved queries per session");
        }
        RecordedSearch q = e.search();
        if (q.among() != null) {
            throw ApiException.badParameter("set", "L" + set + " is a search among " + q.among()
                    + ": run it again from that document");
        }
        String query = q.query();
        if (query != null) {
            try {
                query = CaseSearch.expand(query, s.history()); // self-contained: runs the same after later sets
            } catch (QuerySyntaxException ex) {
                throw new InvalidQueryException(ex);
            }
        }
        RecordedSearch kept = q.toSave(query);
        String finalName = name.strip();
        SearchSession changed = store.update(owner(ctx), s.id(), (old, at) -> {
            List<SavedQuery> saved = new ArrayList<>(old.saved());
            int number = saved.isEmpty() ? 1 : saved.get(saved.size() - 1).number() + 1;
            saved.add(new SavedQuery(number, finalName, kept, at, e.number(), e.hits(), e.hitsRelation(), e.at()));
            return old.withSaved(at, saved);
        }).orElseThrow(CaseEndpoints::noSession);
        ctx.status(201).json(changed.saved().get(changed.saved().size() - 1));
    }

    /** POST /api/v1/sessions/{session}/saved/{number}/run: runs a saved query again as a new set, its count refreshed. */
    public void runSaved(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        SavedQuery q = saved(ctx, s);
        RecordedSearch r = q.search();
        if (r.similar() != null) {
            throw ApiException.badParameter("number", "a saved \"find similar\" runs from the document view");
        }
        // As the set it was saved from: mode, fusion, signals, filters and feedback; the case's cutoff of today.
        ObjectNode body = RecordedSearchParams.body(r);
        body.put("explain", true);
        body.put("size", 20);
        CaseSearchResponse answer = run(ctx, s, body);
        store.update(owner(ctx), s.id(), (old, at) -> old.withSaved(at, old.saved().stream()
                .map(x -> x.number() != q.number() ? x : new SavedQuery(x.number(), x.name(), x.search(), x.saved(),
                        answer.set(), answer.result().total().value(), answer.result().total().relation(), at))
                .toList()));
        ctx.status(201).json(answer);
    }

    /** DELETE /api/v1/sessions/{session}/saved/{number}. */
    public void deleteSaved(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        SavedQuery q = saved(ctx, s);
        store.update(owner(ctx), s.id(), (old, at) -> old.withSaved(at, old.saved().stream()
                .filter(x -> x.number() != q.number()).toList()));
        ctx.json(java.util.Map.of("number", q.number(), "status", "deleted"));
    }

    private static SavedQuery saved(Context ctx, SearchSession s) {
        String n = ctx.pathParam("number");
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("number", "the saved query's number must be a whole number, was '"
                    + ApiException.echo(n) + "'");
        }
        return s.saved().stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> ApiException.notFound("no saved query " + number + " in this session"));
    }

    /** GET /api/v1/sessions/{session}/report.html: the search report, printable, standalone. */
    public void reportHtml(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"priorart-" + s.id() + "-report.html\"");
        // The report holds no script: a policy that forbids them all, so nothing in the data can run.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        ctx.contentType("text/html; charset=utf-8").result(SearchReport.html(s, examiner(ctx), database(), Instant.now()));
    }

    /** GET /api/v1/sessions/{session}/report.csv: the case header and the citations with ST.14 categories. */
    public void reportCsv(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"priorart-" + s.id() + "-report.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(SearchReport.csv(s, examiner(ctx), database()));
    }

    private static String examiner(Context ctx) {
        String name = Authenticator.principal(ctx).name();
        return name == null ? "" : name;
    }

    private String database() throws IOException {
        try (EngineView view = backend.search().engine().view()) {
            return "PriorArt index (" + view.patentCount() + " documents)";
        }
    }

    static LocalDate date(JsonParams p, String name) {
        String v = p.string(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return PatentDates.parse(v.strip());
        } catch (DateTimeException e) {
            throw ApiException.badParameter(name, name + ": not a date (YYYY-MM-DD): '" + ApiException.echo(v) + "'");
        }
    }

}
