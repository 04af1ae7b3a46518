package org.priorart.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.priorart.error.UserInputException;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchService;
import org.priorart.server.auth.Authenticator;
import org.priorart.server.chart.ClaimChart;
import org.priorart.server.chart.ClaimCharter;
import org.priorart.server.chart.ClaimElement;
import org.priorart.server.chart.ClaimElements;

/**
 * {@code POST /api/v1/claim-chart}: a claim (split into elements by {@link ClaimElements}' rule) or
 * the examiner's own elements, charted against up to {@value ClaimCharter#MAX_HITS} documents: for
 * each element, the passage of each document that matches it best, with its score. Each element is
 * one search, so a chart costs one request per element against the key's limits (as a batch does).
 */
public final class ClaimChartEndpoint {

    private static final Set<String> FIELDS = Set.of("claim", "elements", "hits", "mode", "semantic_weight", "fusion");

    private final Backend backend;
    private final Authenticator auth;
    private final int maxQueryLength;

    public ClaimChartEndpoint(Backend backend, Authenticator auth, int maxQueryLength) {
        this.backend = backend;
        this.auth = auth;
        this.maxQueryLength = maxQueryLength;
    }

    public void post(Context ctx) throws IOException {
        ctx.json(chart(ctx, Bodies.object(ctx)));
    }

    /** Charts what the body asks (also for the chart kept in a session, {@link SessionChartEndpoints}). */
    ClaimChart chart(Context ctx, ObjectNode body) throws IOException {
        SessionEndpoints.only(body, FIELDS);
        JsonParams p = new JsonParams(body);
        String claim = p.string("claim");
        List<String> given = p.strings("elements");
        if (claim != null && claim.length() > maxQueryLength) {
            throw ApiException.badParameter("claim", "the claim is " + claim.length() + " characters long; at most "
                    + maxQueryLength + " are accepted");
        }
        for (String e : given) {
            if (e.length() > maxQueryLength) {
                throw ApiException.badParameter("elements", "an element is " + e.length() + " characters long; at most "
                        + maxQueryLength + " are accepted");
            }
        }
        boolean hasClaim = claim != null && !claim.isBlank();
        if (hasClaim == !given.isEmpty()) {
            throw ApiException.badRequest("give either a claim (split into its elements by the server's rule) or "
                    + "elements (your own split), not both and not neither");
        }
        List<ClaimElement> elements;
        try {
            elements = hasClaim ? ClaimElements.split(claim) : ClaimElements.given(given);
        } catch (UserInputException e) {
            throw ApiException.badParameter(hasClaim ? "claim" : "elements", e.getMessage());
        }
        List<String> hits = p.strings("hits");
        if (hits.isEmpty() || hits.size() > ClaimCharter.MAX_HITS) {
            throw ApiException.badParameter("hits", "hits must list 1 to " + ClaimCharter.MAX_HITS
                    + " publication numbers, was " + hits.size());
        }
        SearchMode mode = SearchParams.mode(p);
        Fusion fusion = SearchParams.fusion(p);
        SearchService service = backend.search();
        List<PatentDocument> docs = new ArrayList<>(hits.size());
        Set<String> keys = new java.util.HashSet<>();
        for (String id : hits) {
            if (PublicationNumber.tryParse(id) == null) { // null too for longer than PublicationNumber.MAX_LENGTH
                throw ApiException.badParameter("hits", "not a publication number: '" + ApiException.echo(id) + "'");
            }
            PatentDocument doc = service.get(id);
            if (doc == null) {
                throw ApiException.notFound("no document " + id + " in the index");
            }
            if (!keys.add(doc.id())) {
                throw ApiException.badParameter("hits", doc.number() + " is listed twice");
            }
            docs.add(doc);
        }
        // One request was counted when it came in; each further element is one more search.
        auth.chargeBatch(ctx, Authenticator.principal(ctx), elements.size());
        return new ClaimCharter(service).chart(elements, docs, mode, fusion);
    }
}
