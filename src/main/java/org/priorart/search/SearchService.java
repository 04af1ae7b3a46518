package org.priorart.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.priorart.config.FieldWeights;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;
import org.priorart.patent.PatentDocument;

/**
 * The one search service: the CLI, the API, the page and the evaluator all search through it, so
 * they all rank alike. It is thread-safe; each call acquires a searcher from the index's
 * {@code SearcherManager} and releases it, so searches never wait on each other.
 */
public final class SearchService {

    /** Counting every match of a broad query costs time nobody needs; above this it is "at least". */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.META);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PatentIndex index;
    private final FieldWeights weights;
    private final KeywordQueryBuilder keywordQueries;

    public SearchService(PatentIndex index, FieldWeights weights) {
        this.index = index;
        this.weights = weights;
        this.keywordQueries = new KeywordQueryBuilder(weights);
    }

    public PatentIndex index() {
        return index;
    }

    /** Looks a document up by publication number (with or without kind); null when absent. */
    public PatentDocument get(String publicationNumber) throws IOException {
        return index.get(publicationNumber);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        IndexSearcher searcher = index.searchers().acquire();
        try {
            Query text = keywordQueries.build(request.query(), searcher.getIndexReader());
            if (text == null) {
                return new SearchResult(0, true, List.of(), millisSince(start));
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER);
            request.filters().addTo(query);
            int wanted = request.from() + request.size();
            TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(wanted, TOTAL_HITS_THRESHOLD));
            ScoreDoc[] page = pageOf(top.scoreDocs, request.from(), request.size());
            List<SearchHit> hits = hits(searcher, request.snippets() ? text : null, page, request.from());
            TotalHits total = top.totalHits;
            return new SearchResult(total.value(), total.relation() == TotalHits.Relation.EQUAL_TO, hits, millisSince(start));
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** The hits of a page; with snippets for the {@code highlight} query, none when it is null. */
    private List<SearchHit> hits(IndexSearcher searcher, Query highlight, ScoreDoc[] page, int from) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Snippet[] snippets = highlight == null ? new Snippet[page.length]
                : SnippetHighlighter.bestSnippets(searcher, highlight, docIds, weights.asMap());
        List<SearchHit> hits = new ArrayList<>(page.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            JsonNode meta = JSON.readTree(d.get(IndexFields.META));
            List<String> cpc = new ArrayList<>();
            meta.path("cpc").forEach(c -> cpc.add(c.asText()));
            hits.add(new SearchHit(from + i + 1, meta.path("publication_number").asText(d.get(IndexFields.ID)),
                    d.get(IndexFields.TITLE), page[i].score, date(meta, "publication_date"), date(meta, "filing_date"),
                    cpc, snippets[i] == null ? null : snippets[i].withLocation(location(meta, snippets[i]))));
        }
        return hits;
    }

    /** "claim 3" or "description paragraph 12" by the numbers the document itself uses. */
    static String location(JsonNode meta, Snippet snippet) {
        return switch (snippet.field()) {
            case IndexFields.CLAIMS -> "claim " + meta.path("claims").path(snippet.valueIndex()).path("number").asInt(snippet.valueIndex() + 1);
            case IndexFields.DESCRIPTION -> "description paragraph "
                    + meta.path("description").path(snippet.valueIndex()).path("number").asInt(snippet.valueIndex() + 1);
            default -> snippet.field();
        };
    }

    private static LocalDate date(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null ? null : LocalDate.parse(v.asText());
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int from, int size) {
        if (from >= all.length) {
            return new ScoreDoc[0];
        }
        int to = Math.min(all.length, from + size);
        ScoreDoc[] page = new ScoreDoc[to - from];
        System.arraycopy(all, from, page, 0, page.length);
        return page;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
