package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.priorart.analysis.PositionedTermsAnalyzer;

/** OpenSearch query DSL, built as Jackson trees: the shapes the cluster compilers use, each the Lucene query the embedded engine builds. */
final class Dsl {

    static final String POSITIONED = "priorart_positioned";

    private Dsl() {
    }

    static ObjectNode object() {
        return ClusterClient.JSON.createObjectNode();
    }

    /** TermQuery, boosted unless the boost is 1. */
    static ObjectNode term(String field, String term, float boost) {
        ObjectNode q = object();
        ObjectNode t = q.putObject("term").putObject(field).put("value", term);
        if (boost != 1f) {
            t.put("boost", boost);
        }
        return q;
    }

    /** PhraseQuery of terms at their positions (the client analyzed them). */
    static ObjectNode phrase(String field, String encodedPositions, float boost) {
        ObjectNode q = object();
        ObjectNode m = q.putObject("match_phrase").putObject(field).put("query", encodedPositions).put("analyzer", POSITIONED);
        if (boost != 1f) {
            m.put("boost", boost);
        }
        return q;
    }

    /** SynonymQuery over terms (one concept, many spellings: BM25 over their summed frequencies). */
    static ObjectNode synonyms(String field, Iterable<String> terms, float boost) {
        ObjectNode q = object();
        ObjectNode m = q.putObject("match").putObject(field).put("query", PositionedTermsAnalyzer.samePosition(terms))
                .put("analyzer", POSITIONED);
        if (boost != 1f) {
            m.put("boost", boost);
        }
        return q;
    }

    static ObjectNode matchNone() {
        ObjectNode q = object();
        q.putObject("match_none");
        return q;
    }

    static ObjectNode matchAll() {
        ObjectNode q = object();
        q.putObject("match_all");
        return q;
    }

    static ObjectNode constantScore(ObjectNode filter, float boost) {
        ObjectNode q = object();
        ObjectNode c = q.putObject("constant_score");
        c.set("filter", filter);
        if (boost != 1f) {
            c.put("boost", boost);
        }
        return q;
    }

    static ObjectNode prefix(String field, String prefix) {
        ObjectNode q = object();
        q.putObject("prefix").putObject(field).put("value", prefix);
        return q;
    }

    static ObjectNode range(String field, Integer from, Integer to) {
        ObjectNode q = object();
        ObjectNode r = q.putObject("range").putObject(field);
        if (from != null) {
            r.put("gte", from);
        }
        if (to != null) {
            r.put("lte", to);
        }
        return q;
    }

    static ObjectNode terms(String field, List<String> values) {
        ObjectNode q = object();
        ArrayNode a = q.putObject("terms").putArray(field);
        values.forEach(a::add);
        return q;
    }

    /** An intervals query on a field, boosted unless the boost is 1. */
    static ObjectNode intervals(String field, ObjectNode rule, float boost) {
        ObjectNode q = object();
        ObjectNode f = q.putObject("intervals").putObject(field);
        f.setAll(rule);
        if (boost != 1f) {
            f.put("boost", boost);
        }
        return q;
    }

    /** A bool query under construction. */
    static final class Bool {
        private final ObjectNode query = object();
        private final ObjectNode bool = query.putObject("bool");

        Bool must(ObjectNode q) {
            return add("must", q);
        }

        Bool filter(ObjectNode q) {
            return add("filter", q);
        }

        Bool mustNot(ObjectNode q) {
            return add("must_not", q);
        }

        Bool should(ObjectNode q) {
            return add("should", q);
        }

        private Bool add(String occur, ObjectNode q) {
            ArrayNode a = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
            a.add(q);
            return this;
        }

        boolean isEmpty() {
            return bool.isEmpty();
        }

        ObjectNode build() {
            return query;
        }
    }
}
