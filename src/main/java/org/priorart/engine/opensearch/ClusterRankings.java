package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.priorart.config.SearchCounts;
import org.priorart.engine.MatchedPassage;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;

/**
 * The two rankings of the cluster as search bodies and back: the keyword (BM25) ranking of a compiled
 * query, and the nearest-neighbour ranking of the patents by their best passage. Apart from the
 * request that sends them, so a hybrid search can send both in one {@code _msearch}.
 */
final class ClusterRankings {

    private static final String LOCATION = ClusterFields.PASSAGES + "." + ClusterFields.PASSAGE_LOCATION;
    private static final String TEXT = ClusterFields.PASSAGES + "." + ClusterFields.PASSAGE_TEXT;

    private ClusterRankings() {
    }

    /** The keyword ranking's search body; null when the query ranks nothing. */
    static ObjectNode keywordBody(ClusterQuery q, SearchFilters filters, int depth) {
        ObjectNode text = q.ranking();
        if (text == null) {
            return null;
        }
        Dsl.Bool query = new Dsl.Bool().must(text);
        FilterDsl.addTo(filters, query);
        ObjectNode body = idsOnly(Dsl.object().put("size", depth)).put("track_total_hits",
                SearchCounts.exactUpTo(q.syntax() != null));
        body.set("query", query.build());
        // Equal scores in the order of their keys, decided by the cluster before it cuts the ranking: in
        // the shards' document order, which a merge between two requests changes, two pages of one search
        // swapped two hits (seen in CI); and a sort after the cut would disagree with a deeper page
        // wherever a tie straddles the cut.
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("_score").put("order", "desc");
        sort.addObject().putObject(ClusterFields.ID).put("order", "asc");
        return body;
    }

    /** The keyword ranking of a search's answer. */
    static Ranking keyword(JsonNode answer) {
        JsonNode hits = answer.path("hits");
        List<Ranking.Entry> entries = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            entries.add(new Ranking.Entry(keyOf(hit), hit.path("_score").asDouble(), Ranking.NO_PASSAGE));
        }
        JsonNode total = hits.path("total");
        return new Ranking(entries, total.path("value").asLong(), "eq".equals(total.path("relation").asText()));
    }

    /**
     * The nearest ranking's search body: k-NN on the passages of the query's model, the filters (and the
     * examiner query's words, which are in the patents' fields: OpenSearch's k-NN applies a nested
     * query's filter to the parent documents and searches the passages of those that pass) inside it,
     * each patent scored by its best passage, which comes back as an inner hit (its stored location and
     * text) when the query wants it: a thousand of them cost more than the k-NN search itself.
     */
    static ObjectNode nearestBody(NearestQuery query, ClusterQuery within) {
        Dsl.Bool filter = new Dsl.Bool();
        FilterDsl.addTo(query.filters(), filter);
        if (within != null && within.syntax() != null) {
            filter.filter(within.syntax());
        }
        ObjectNode knn = Dsl.object();
        ObjectNode field = knn.putObject("knn").putObject(ClusterFields.PASSAGES + "." + ClusterFields.vectorField(query.model().name()));
        ArrayNode vector = field.putArray("vector");
        for (float f : query.vector()) {
            vector.add(f);
        }
        field.put("k", query.k());
        if (!filter.isEmpty()) {
            field.set("filter", filter.build());
        }
        ObjectNode nested = Dsl.object();
        ObjectNode n = nested.putObject("nested").put("path", ClusterFields.PASSAGES).put("score_mode", "max");
        n.set("query", knn);
        ObjectNode body = Dsl.object().put("size", query.k()).put("_source", false).put("track_total_hits", true);
        if (query.passages()) {
            // the stored fields of the passage itself: a nested hit's source would be its patent's, parsed
            ObjectNode inner = n.putObject("inner_hits").put("size", 1).put("_source", false);
            inner.putArray("stored_fields").add(LOCATION).add(TEXT);
        } else {
            idsOnly(body); // the keys from doc values, as the keyword ranking reads them
        }
        body.set("query", nested);
        return body;
    }

    /**
     * The nearest ranking of a search's answer; each hit's best passage, where the search asked for it,
     * is added to {@code passages}, its handle its index there.
     */
    static Ranking nearest(JsonNode answer, List<MatchedPassage> passages) {
        JsonNode hits = answer.path("hits");
        List<Ranking.Entry> entries = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            JsonNode best = hit.path("inner_hits").path(ClusterFields.PASSAGES).path("hits").path("hits").path(0);
            long handle = Ranking.NO_PASSAGE;
            if (!best.isMissingNode()) {
                synchronized (passages) {
                    handle = passages.size();
                    passages.add(new MatchedPassage(best.path("fields").path(LOCATION).path(0).asText(null),
                            best.path("fields").path(TEXT).path(0).asText(null)));
                }
            }
            entries.add(new Ranking.Entry(keyOf(hit), cosine(hit.path("_score").asDouble()), handle));
        }
        return new Ranking(entries, hits.path("total").path("value").asLong(), true);
    }

    /**
     * The cosine of a passage from its k-NN score: the lucene engine scores inner product as Lucene's
     * MAXIMUM_INNER_PRODUCT (1 + dot for dot >= 0, 1 / (1 - dot) below), and PriorArt's vectors are unit length.
     */
    static double cosine(double score) {
        return score >= 1 ? score - 1 : 1 - 1 / score;
    }

    /**
     * A search body that returns each hit's key from the {@code id} field's doc values and nothing
     * stored: reading a thousand stored {@code _id}s costs OpenSearch about 7x the doc values (measured
     * at depth 1000 on this corpus), and a ranking needs only the keys and scores.
     */
    static ObjectNode idsOnly(ObjectNode body) {
        body.put("_source", false).put("stored_fields", "_none_");
        body.putArray("docvalue_fields").add(ClusterFields.ID);
        return body;
    }

    /** A hit's key: the {@code id} doc value that {@link #idsOnly} asked for (the same as its {@code _id}). */
    static String keyOf(JsonNode hit) {
        JsonNode id = hit.path("fields").path(ClusterFields.ID).path(0);
        return id.isMissingNode() ? hit.path("_id").asText() : id.asText();
    }
}
