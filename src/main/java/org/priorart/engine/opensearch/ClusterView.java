package org.priorart.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.config.FieldWeights;
import org.priorart.engine.CompiledQuery;
import org.priorart.engine.Coverage;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.FieldMatches;
import org.priorart.engine.MatchedPassage;
import org.priorart.engine.NearestQuery;
import org.priorart.engine.PatentSummary;
import org.priorart.engine.Ranking;
import org.priorart.engine.SearchFilters;
import org.priorart.engine.Snippet;
import org.priorart.engine.StoredPatent;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PatentFields;
import org.priorart.patent.PublicationNumber;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryExplainer;
import org.priorart.query.QueryLimitException;

/**
 * A view of the cluster engine for one search. Each call is one request (a search, an mget); reads
 * see the index as last refreshed (OpenSearch refreshes every second), not a frozen point in time: a
 * page's summaries are read by key after its ranking, so a patent deleted between the two shows as
 * absent. The passages a nearest ranking found come back with it (inner hits) and are kept here for
 * {@link #passages}.
 */
final class ClusterView implements EngineView {

    /** What a summary is read from where a patent has no stored one. */
    private static final String SUMMARY_SOURCE = "id,doc.publication_number,doc.title,doc.translations.title,"
            + "doc.publication_date,doc.filing_date,doc.priority_date,doc.family_id,doc.language,doc.cpc,doc.ipc,"
            + "doc.citations.number,doc.applicants,doc.inventors"; // all that ClusterDocuments.summary reads

    private final ClusterEngine engine;
    private final ClusterClient client;
    private final String index;
    private final FieldWeights weights;
    private final Deadline deadline;
    private final ClusterRequests requests;
    private final List<MatchedPassage> passages = new ArrayList<>();
    private volatile Set<AnalysisLanguage> languages;
    private Long version;

    ClusterView(ClusterEngine engine, FieldWeights weights, Deadline deadline) {
        this.engine = engine;
        this.client = engine.client();
        this.index = engine.index();
        this.weights = weights;
        this.deadline = deadline;
        this.requests = new ClusterRequests(client, index, deadline);
    }

    @Override
    public synchronized long version() throws IOException {
        if (version == null) {
            JsonNode p = client.get("/" + index + "/_stats/indexing,refresh").path("_all").path("primaries");
            version = p.path("refresh").path("total").asLong() * 1_000_003L + p.path("indexing").path("index_total").asLong()
                    + p.path("indexing").path("delete_total").asLong();
        }
        return version;
    }

    @Override
    public int patentCount() throws IOException {
        return client.get("/" + index + "/_count").path("count").asInt();
    }

    @Override
    public PatentDocument get(PublicationNumber number) throws IOException {
        PatentDocument doc = getByKey(number.key());
        if (doc != null) {
            return doc;
        }
        List<PatentDocument> found = byNumber(number.withoutKind(), null, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public PatentDocument getByKey(String key) throws IOException {
        JsonNode source = source(key, "_source_excludes=passages");
        return source == null ? null : engine.documents().fromSource(source);
    }

    private JsonNode source(String key, String params) throws IOException {
        JsonNode d = client.getOrNull("/" + index + "/_doc/" + ClusterEngine.encode(key) + "?" + params);
        return d == null || !d.path("found").asBoolean() ? null : d.path("_source");
    }

    @Override
    public List<PatentDocument> otherPublications(PatentDocument doc, int max) throws IOException {
        return byNumber(doc.number().withoutKind(), doc.id(), max);
    }

    private List<PatentDocument> byNumber(String number, String except, int max) throws IOException {
        Dsl.Bool q = new Dsl.Bool().filter(Dsl.term(ClusterFields.NUMBER, number, 1f));
        if (except != null) {
            q.mustNot(Dsl.term(ClusterFields.ID, except, 1f));
        }
        ObjectNode body = Dsl.object().put("size", max);
        body.set("query", q.build());
        body.putObject("_source").putArray("excludes").add(ClusterFields.PASSAGES);
        List<PatentDocument> out = new ArrayList<>();
        for (JsonNode hit : requests.search(body).path("hits").path("hits")) {
            out.add(engine.documents().fromSource(hit.path("_source")));
        }
        return out;
    }

    @Override
    public Citing citing(PublicationNumber cited, int max) throws IOException {
        // each patent's cited numbers are kept without kind, so any kind of the cited document matches
        ObjectNode body = Dsl.object().put("size", Math.max(1, max)).put("track_total_hits", true);
        body.set("query", new Dsl.Bool().filter(Dsl.term(ClusterFields.CITES, cited.withoutKind(), 1f)).build());
        body.putObject("_source").putArray("excludes").add(ClusterFields.PASSAGES);
        JsonNode hits = requests.search(body).path("hits");
        List<PatentDocument> first = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            first.add(engine.documents().fromSource(hit.path("_source")));
        }
        return new Citing(first, hits.path("total").path("value").asLong());
    }

    @Override
    public Map<String, List<String>> citingKeys(Collection<String> references, int limit) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (String reference : references) {
            if (!out.containsKey(reference)) {
                out.put(reference, keys(Dsl.term(ClusterFields.CITES, reference, 1f), limit));
            }
        }
        return out;
    }

    @Override
    public List<String> familyKeys(String familyId, int max) throws IOException {
        return familyId == null ? List.of() : keys(Dsl.term(PatentFields.FAMILY, familyId, 1f), max);
    }

    private List<String> keys(ObjectNode filter, int max) throws IOException {
        ObjectNode body = ClusterRankings.idsOnly(Dsl.object().put("size", Math.max(1, max)));
        body.set("query", new Dsl.Bool().filter(filter).build());
        List<String> keys = new ArrayList<>();
        for (JsonNode hit : requests.search(body).path("hits").path("hits")) {
            keys.add(ClusterRankings.keyOf(hit)); // the key, as the rankings read it
        }
        return keys;
    }

    @Override
    public String contentHash(String key) throws IOException {
        JsonNode source = source(key, "_source_includes=" + ClusterFields.CONTENT_HASH);
        return source == null ? null : source.path(ClusterFields.CONTENT_HASH).asText(null);
    }

    /** One mget of the hashes alone (what an ingest asks per batch of documents). */
    @Override
    public Map<String, String> contentHashes(Collection<String> keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        requests.mget(List.copyOf(keys), "_source_includes=" + ClusterFields.CONTENT_HASH).forEach((key, source) -> {
            String hash = source.path(ClusterFields.CONTENT_HASH).asText(null);
            if (hash != null) {
                out.put(key, hash);
            }
        });
        return out;
    }

    @Override
    public Unembedded notEmbeddedWith(Collection<String> vectorIds, Set<String> skip, int max) throws IOException {
        Dsl.Bool q = new Dsl.Bool().filter(Dsl.matchAll());
        if (!vectorIds.isEmpty()) {
            q.mustNot(Dsl.terms(ClusterFields.EMBEDDED_WITH, List.copyOf(vectorIds)));
        }
        if (!skip.isEmpty()) {
            q.mustNot(Dsl.terms(ClusterFields.ID, List.copyOf(skip)));
        }
        ObjectNode body = Dsl.object().put("size", max).put("track_total_hits", true);
        body.set("query", q.build());
        body.putObject("_source").putArray("excludes").add(ClusterFields.PASSAGES);
        body.putArray("sort").addObject().put(ClusterFields.ID, "asc");
        JsonNode hits = requests.search(body).path("hits");
        List<StoredPatent> first = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            first.add(stored(hit.path("_source")));
        }
        return new Unembedded(first, hits.path("total").path("value").asLong());
    }

    private StoredPatent stored(JsonNode source) {
        return new StoredPatent(engine.documents().fromSource(source), source.path(ClusterFields.CONTENT_HASH).asText());
    }

    @Override
    public List<StoredPatent> markedWithoutPassages(Collection<String> vectorIds) throws IOException {
        if (vectorIds.isEmpty()) {
            return List.of();
        }
        ObjectNode nested = Dsl.object();
        nested.putObject("nested").put("path", ClusterFields.PASSAGES).set("query", Dsl.matchAll());
        Dsl.Bool q = new Dsl.Bool().filter(Dsl.terms(ClusterFields.EMBEDDED_WITH, List.copyOf(vectorIds)))
                .filter(Dsl.range(ClusterFields.PASSAGE_COUNT, 1, null)).mustNot(nested);
        ObjectNode body = Dsl.object().put("size", 10_000);
        body.set("query", q.build());
        body.putObject("_source").putArray("excludes").add(ClusterFields.PASSAGES);
        List<StoredPatent> out = new ArrayList<>();
        for (JsonNode hit : requests.search(body).path("hits").path("hits")) {
            out.add(stored(hit.path("_source")));
        }
        return out;
    }

    @Override
    public Coverage coverage() throws IOException {
        return engine.coverage();
    }

    /** The languages the index has text in: the candidates a query's language is told among. */
    private Set<AnalysisLanguage> languages() throws IOException {
        Set<AnalysisLanguage> l = languages;
        if (l == null) {
            l = engine.textLanguages();
            languages = l;
        }
        return l;
    }

    @Override
    public CompiledQuery compile(ExaminerQuery examiner, String text) throws QueryLimitException, IOException {
        ObjectNode syntax = null;
        if (examiner != null) {
            ClusterTerms terms = new ClusterTerms(client, index, examiner.language(languages()), examiner.options().limits(),
                    examiner.text());
            syntax = ExaminerDsl.compile(examiner, weights, terms);
        }
        String free = text == null || text.isBlank() ? null : text;
        ObjectNode freeQuery = free == null ? null : FreeTextDsl.build(free, languages(), weights, client, index);
        return new ClusterQuery(examiner, syntax, free, freeQuery);
    }

    private static ClusterQuery compiled(CompiledQuery query) {
        if (query instanceof ClusterQuery q) {
            return q;
        }
        throw new IllegalArgumentException("a query compiled by another engine: " + query);
    }

    @Override
    public Ranking rankKeyword(CompiledQuery compiled, SearchFilters filters, int depth) throws QueryLimitException, IOException {
        ObjectNode body = ClusterRankings.keywordBody(compiled(compiled), filters, depth);
        return body == null ? Ranking.EMPTY : ClusterRankings.keyword(requests.search(body));
    }

    @Override
    public Ranking rankNearest(NearestQuery query) throws QueryLimitException, IOException {
        return ClusterRankings.nearest(requests.search(ClusterRankings.nearestBody(query, within(query))), passages);
    }

    /** Both rankings in one {@code _msearch}: the node runs them side by side, and the search pays one round trip. */
    @Override
    public Both rankBoth(CompiledQuery compiled, SearchFilters filters, int depth, NearestQuery nearest)
            throws QueryLimitException, IOException {
        ObjectNode keyword = ClusterRankings.keywordBody(compiled(compiled), filters, depth);
        if (keyword == null) {
            return new Both(Ranking.EMPTY, rankNearest(nearest));
        }
        List<JsonNode> answers = requests.msearch(List.of(keyword, ClusterRankings.nearestBody(nearest, within(nearest))));
        return new Both(ClusterRankings.keyword(answers.get(0)), ClusterRankings.nearest(answers.get(1), passages));
    }

    @Override
    public boolean ranksBothAtOnce() {
        return true;
    }

    private static ClusterQuery within(NearestQuery query) {
        return query.within() == null ? null : compiled(query.within());
    }

    @Override
    public Map<String, List<float[]>> passageVectors(List<String> keys, String modelName) throws IOException {
        String field = ClusterFields.PASSAGES + "." + ClusterFields.vectorField(modelName);
        return ClusterDocuments.passageVectors(requests.mget(keys, "_source_includes=" + field), ClusterFields.vectorField(modelName));
    }

    /**
     * The summaries from their stored field (one mget, no source parsed). A patent found without one
     * (rewritten from its source by an update script, which keeps no field left out of the source) is
     * read from its source instead: never shown as absent.
     */
    @Override
    public List<PatentSummary> summaries(List<String> keys) throws IOException {
        Map<String, JsonNode> found = requests.mgetDocs(keys, "stored_fields=" + ClusterFields.SUMMARY + "&_source=false");
        Map<String, PatentSummary> summaries = new HashMap<>();
        List<String> withoutSummary = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : found.entrySet()) {
            JsonNode stored = e.getValue().path("fields").path(ClusterFields.SUMMARY).path(0);
            if (stored.isTextual()) {
                summaries.put(e.getKey(), ClusterDocuments.summary(e.getKey(), ClusterClient.JSON.readTree(stored.asText())));
            } else {
                withoutSummary.add(e.getKey());
            }
        }
        requests.mget(withoutSummary, "_source_includes=" + SUMMARY_SOURCE)
                .forEach((key, source) -> summaries.put(key, ClusterDocuments.summary(source)));
        List<PatentSummary> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            out.add(summaries.get(key));
        }
        return out;
    }

    @Override
    public List<MatchedPassage> passages(long[] handles) {
        List<MatchedPassage> out = new ArrayList<>(handles.length);
        synchronized (passages) {
            for (long h : handles) {
                out.add(h == Ranking.NO_PASSAGE || h < 0 || h >= passages.size() ? null : passages.get((int) h));
            }
        }
        return out;
    }

    @Override
    public List<Snippet> snippets(CompiledQuery compiled, List<String> keys, boolean[] keywordMatched) throws IOException {
        ClusterQuery q = compiled(compiled);
        Map<String, JsonNode> found = requests.mget(keys, "_source_excludes=" + ClusterFields.PASSAGES);
        Map<String, PatentDocument> docs = new HashMap<>();
        found.forEach((k, source) -> docs.put(k, engine.documents().fromSource(source)));
        return PageHighlighter.snippets(q, docs, keys, keywordMatched, weights, deadline);
    }

    @Override
    public List<FieldMatches> highlights(CompiledQuery compiled, String key) throws IOException {
        ClusterQuery q = compiled(compiled);
        PatentDocument doc = getByKey(key);
        if (doc == null) {
            return null;
        }
        deadline.check();
        return PageHighlighter.highlights(q, doc, weights, deadline);
    }

    @Override
    public String explain(ExaminerQuery query) throws IOException {
        ClusterTerms terms = new ClusterTerms(client, index, query.language(languages()), query.options().limits(), query.text());
        String dsl;
        try {
            dsl = ExaminerDsl.compile(query, weights, terms).toString();
        } catch (QueryLimitException e) {
            dsl = "(not built: " + e.getMessage() + ")";
        }
        return QueryExplainer.explain(query, terms.words(), terms, "opensearch", dsl);
    }

    static Set<AnalysisLanguage> languagesOf(JsonNode buckets) {
        Set<AnalysisLanguage> out = EnumSet.of(AnalysisLanguage.ENGLISH);
        for (JsonNode b : buckets) {
            AnalysisLanguage l = AnalysisLanguage.known(b.path("key").asText());
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    @Override
    public void close() {
        // nothing held: each call was a request of its own
    }
}
