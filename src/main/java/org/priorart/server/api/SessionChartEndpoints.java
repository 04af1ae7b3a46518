package org.priorart.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.patent.PublicationNumber;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.chart.ClaimChart;
import org.priorart.server.chart.SavedChart;
import org.priorart.server.session.SearchSession;
import org.priorart.server.session.SessionStore;

/**
 * The claim chart kept in a session: {@code PUT /sessions/{session}/chart} charts and keeps it (the
 * body of /claim-chart), {@code PUT /sessions/{session}/chart/cells} overwrites one cell with the
 * passage the examiner cites and its location, {@code DELETE} drops it. The chart is read with the
 * session, and is in the report and its exports.
 */
public final class SessionChartEndpoints {

    private static final int MAX_PASSAGE = 4000;
    private static final int MAX_LOCATION = 200;

    private final ClaimChartEndpoint charter;
    private final SessionStore store;

    public SessionChartEndpoints(ClaimChartEndpoint charter, SessionStore store) {
        this.charter = charter;
        this.store = store;
    }

    private static String owner(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }

    private SearchSession session(Context ctx) {
        String id = ctx.pathParam("session");
        if (!SessionStore.isId(id)) {
            throw CaseEndpoints.noSession();
        }
        return store.get(owner(ctx), id).orElseThrow(CaseEndpoints::noSession);
    }

    /** PUT /api/v1/sessions/{session}/chart: charts the claim or elements against the hits, and keeps it. */
    public void put(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        ObjectNode body = Bodies.object(ctx);
        String claim = body.path("claim").isTextual() ? body.path("claim").asText() : null;
        String mode = body.path("mode").isTextual() ? body.path("mode").asText() : "hybrid";
        ClaimChart chart = charter.chart(ctx, body);
        List<String> elements = chart.elements().stream().map(ClaimChart.Element::text).toList();
        List<String> hits = chart.hits().stream().map(ClaimChart.Document::publicationNumber).toList();
        SavedChart changed = store.update(owner(ctx), s.id(), (old, at) -> {
            // Cells the examiner wrote stay where the same element still meets the same document.
            List<SavedChart.CitedPassage> kept = new ArrayList<>();
            if (old.chart() != null) {
                for (SavedChart.CitedPassage c : old.chart().cited()) {
                    String text = c.element() < old.chart().elements().size() ? old.chart().elements().get(c.element()) : null;
                    int now = text == null ? -1 : elements.indexOf(text);
                    if (now >= 0 && hits.stream().anyMatch(h -> same(h, c.publicationNumber()))) {
                        kept.add(new SavedChart.CitedPassage(now, c.publicationNumber(), c.passage(), c.location()));
                    }
                }
            }
            return old.withChart(at, new SavedChart(claim == null || claim.isBlank() ? null : claim.strip(), elements, hits,
                    mode, chart, kept, at));
        }).orElseThrow(CaseEndpoints::noSession).chart();
        ctx.json(changed);
    }

    /**
     * PUT /api/v1/sessions/{session}/chart/cells: {@code {"element": 0, "publication_number": ...,
     * "passage": ..., "location": "col. 3, l. 12-20"}}; an empty passage gives the cell back to the search.
     */
    public void cite(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        if (s.chart() == null) {
            throw ApiException.badRequest("this session has no claim chart yet: chart a claim first (PUT .../chart)");
        }
        ObjectNode body = Bodies.object(ctx);
        SessionEndpoints.only(body, Set.of("element", "publication_number", "passage", "location"));
        JsonParams p = new JsonParams(body);
        Integer element = p.integer("element");
        if (element == null || element < 0 || element >= s.chart().elements().size()) {
            throw ApiException.badParameter("element", "element must be the index of a charted element, 0 to "
                    + (s.chart().elements().size() - 1) + ", was " + element);
        }
        String number = p.string("publication_number");
        if (number == null || s.chart().hits().stream().noneMatch(h -> same(h, number))) {
            throw ApiException.badParameter("publication_number", "publication_number must be one of the charted documents: "
                    + String.join(", ", s.chart().hits()));
        }
        String passage = p.string("passage") == null ? "" : p.string("passage").strip();
        String location = p.string("location") == null ? "" : p.string("location").strip();
        if (passage.length() > MAX_PASSAGE) {
            throw ApiException.badParameter("passage", "passage is " + passage.length() + " characters long; at most " + MAX_PASSAGE);
        }
        if (location.length() > MAX_LOCATION) {
            throw ApiException.badParameter("location", "location is " + location.length() + " characters long; at most " + MAX_LOCATION);
        }
        if (!passage.isEmpty() && location.isEmpty()) {
            throw ApiException.badParameter("location", "say where the passage is: column and line (col. 3, l. 12-20) or paragraph ([0042])");
        }
        String charted = s.chart().hits().stream().filter(h -> same(h, number)).findFirst().orElseThrow();
        SavedChart changed = store.update(owner(ctx), s.id(), (old, at) -> {
            List<SavedChart.CitedPassage> cited = new ArrayList<>(old.chart().cited());
            cited.removeIf(c -> c.element() == element && same(c.publicationNumber(), charted));
            if (!passage.isEmpty()) {
                cited.add(new SavedChart.CitedPassage(element, charted, passage, location));
            }
            SavedChart c = old.chart();
            return old.withChart(at, new SavedChart(c.claim(), c.elements(), c.hits(), c.mode(), c.result(), cited, at));
        }).orElseThrow(CaseEndpoints::noSession).chart();
        ctx.json(changed);
    }

    /** DELETE /api/v1/sessions/{session}/chart. */
    public void delete(Context ctx) throws IOException {
        SearchSession s = session(ctx);
        store.update(owner(ctx), s.id(), (old, at) -> old.withChart(at, null));
        ctx.json(Map.of("status", "deleted"));
    }

    private static boolean same(String a, String b) {
        PublicationNumber x = PublicationNumber.tryParse(a);
        PublicationNumber y = PublicationNumber.tryParse(b);
        return x != null && y != null && x.key().equals(y.key());
    }
}
