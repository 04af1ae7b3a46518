package org.priorart.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
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
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.index.Coverage;
import org.priorart.index.EmbeddingStage;
import org.priorart.index.DocumentMapper;
import org.priorart.index.IndexFields;
import org.priorart.index.PatentIndex;
import org.priorart.patent.Claim;
import org.priorart.patent.PatentDocument;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.PlainQuery;
import org.priorart.query.QueryParser;
import org.priorart.query.QuerySyntaxException;

/**
 * The one search service: the CLI, the API, the page and the evaluator all search through it, so
 * they all rank alike. It is thread-safe; each call acquires a searcher from the index's
 * {@code SearcherManager} and releases it, so searches never wait on each other.
 *
 * <p>Keyword mode ranks by BM25 ({@link KeywordQueryBuilder}); semantic mode by the best passage's
 * cosine similarity ({@link SemanticRanker}); hybrid mode fuses both ({@link FusionRanker}). Every
 * hit carries an {@link Explanation} of its ranks and scores and its best passage.
 */
public final class SearchService {

    /** Counting every match of a broad query costs time nobody needs; above this it is "at least". */
    private static final int TOTAL_HITS_THRESHOLD = org.priorart.config.SearchCounts.EXACT_UP_TO;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.META);
    private static final Set<String> PASSAGE_FIELDS = Set.of(IndexFields.PASSAGE_LOCATION, IndexFields.PASSAGE_TEXT);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PatentIndex index;
    private final FieldWeights weights;
    private final KeywordQueryBuilder keywordQueries;
    private final SemanticRanker semantic;
    private final VectorModels models;

    /** A service for keyword search only. */
    public SearchService(PatentIndex index, FieldWeights weights) {
        this(index, weights, null);
    }

    /** @param models the embedding models for semantic and hybrid search, or null for keyword only */
    public SearchService(PatentIndex index, FieldWeights weights, VectorModels models) {
        this.index = index;
        this.weights = weights;
        this.keywordQueries = new KeywordQueryBuilder(weights);
        this.models = models;
        this.semantic = new SemanticRanker(index, models);
    }

    public PatentIndex index() {
        return index;
    }

    /** Looks a document up by publication number (with or without kind); null when absent. */
    public PatentDocument get(String publicationNumber) throws IOException {
        return index.get(publicationNumber);
    }

    /** The semantic coverage of the index for the models of this service. */
    public Coverage coverage() throws IOException {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            return coverage(searcher);
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** A coverage counted once per index view: it walks every patent, and only a refresh changes it. */
    private record CountedCoverage(Object reader, Coverage coverage) {
    }

    private volatile CountedCoverage lastCoverage;

    private Coverage coverage(IndexSearcher searcher) throws IOException {
        CountedCoverage last = lastCoverage;
        Object reader = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        if (last != null && last.reader() == reader) {
            return last.coverage();
        }
        Coverage counted = Coverage.of(searcher, indexVectorIds());
        lastCoverage = new CountedCoverage(reader, counted);
        return counted;
    }

    /** The vector ids the index records (which models made its vectors). */
    public List<String> indexVectorIds() throws IOException {
        String recorded = index.committedData(EmbeddingStage.VECTORS_KEY);
        return recorded == null || recorded.isBlank() ? List.of() : Arrays.asList(recorded.split(","));
    }

    /** Parses an examiner query; a syntax error comes back with its position. */
    public static ExaminerQuery parse(String query) {
        try {
            return QueryParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    /**
     * Searches. Thread-safe.
     *
     * @throws InvalidQueryException        for a query with a syntax error or over a limit (with position)
     * @throws SemanticUnavailableException for semantic mode without usable vectors (hybrid falls back)
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        SearchDeadline deadline = SearchDeadline.current();
        IndexSearcher acquired = index.searchers().acquire();
        try {
            IndexSearcher searcher = deadline.bound(acquired);
            Ranked r = rank(request, searcher, deadline);
            int wanted = request.from() + request.size();
            String how = r.mode() == SearchMode.HYBRID ? describe(request.fusion()) : r.mode().lowerName();
            List<Candidate> candidates = candidates(searcher, r.ranked(), r.keyword(), r.dense(), how, request);
            List<Candidate> page = candidates.subList(Math.min(request.from(), candidates.size()),
                    Math.min(wanted, candidates.size()));
            List<SearchHit> hits = hits(searcher, request.snippets() ? marking(request.asRanked(), r, searcher) : null, page, request,
                    deadline);
            return new SearchResult(r.total(), r.exact(), hits, millisSince(start), r.embedMillis(), r.mode().lowerName(), r.notes());
        } catch (ExitingReaderException e) {
            throw deadline.exceeded(); // a proximity clause stopped at the deadline
        } finally {
            index.searchers().release(acquired);
        }
    }

    /** A ranked document as batch evaluation needs it: its index key and its score. */
    public record RankedKey(String key, double score) {
    }

    /**
     * The same ranking as {@link #search}, as keys and scores only: no snippets, no metadata, no
     * family grouping. For batch evaluation, where a thousand hits per topic are ranked and nobody
     * reads them; reading each hit's stored metadata would cost more than the search itself.
     */
    public List<RankedKey> ranking(SearchRequest request) throws IOException {
        SearchDeadline deadline = SearchDeadline.current();
        IndexSearcher acquired = index.searchers().acquire();
        try {
            IndexSearcher searcher = deadline.bound(acquired);
            Ranked r = rank(request, searcher, deadline);
            int from = Math.min(request.from(), r.ranked().size());
            int to = Math.min(request.from() + request.size(), r.ranked().size());
            List<FusionRanker.Fused> page = r.ranked().subList(from, to);
            String[] ids = DocKeys.of(searcher, page.stream().mapToInt(FusionRanker.Fused::doc).toArray());
            List<RankedKey> keys = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                keys.add(new RankedKey(ids[i], page.get(i).score()));
            }
            return keys;
        } catch (ExitingReaderException e) {
            throw deadline.exceeded();
        } finally {
            index.searchers().release(acquired);
        }
    }

    /**
     * What a request ranks, before hits are made of it.
     *
     * @param syntax the examiner query's part of {@code text}, or null
     */
    private record Ranked(SearchMode mode, List<FusionRanker.Fused> ranked, Ranking keyword, Ranking dense, Query text,
                          Query syntax, long total, boolean exact, Double embedMillis, List<String> notes) {
    }

    /**
     * The query whose matches the snippets mark: the ranking query, with the free text's part read
     * by {@link KeywordQueryBuilder#marking} (its own words, not its boilerplate). Made only for
     * hits with snippets, never for batch ranking.
     */
    private Query marking(SearchRequest request, Ranked r, IndexSearcher searcher) {
        return request.text() == null ? r.text()
                : combine(r.syntax(), keywordQueries.marking(request.text(), searcher.getIndexReader()));
    }

    private Ranked rank(SearchRequest asked, IndexSearcher searcher, SearchDeadline deadline) throws IOException {
        List<String> notes = new ArrayList<>();
        if (asked.queryIsFreeText()) {
            notes.add("the query has no operators, quotes, truncation or field codes: in " + asked.mode().lowerName()
                    + " mode it ranks as free text and filters nothing (keyword mode, or an operator in capitals "
                    + "such as AND, makes it a Boolean search)");
        }
        SearchRequest request = asked.asRanked();
        ExaminerQuery parsed = request.query() == null ? null : parse(request.query());
        String embedText = request.text() != null ? request.text() : parsed.freeText();
        SearchMode mode = request.mode();
        ModelSpec model = null;
        if (mode != SearchMode.KEYWORD) {
            try {
                if (embedText == null || embedText.isBlank()) {
                    throw new SemanticUnavailableException("the query has no free words or phrases to embed");
                }
                model = semantic.modelFor(embedText, indexVectorIds());
            } catch (SemanticUnavailableException e) {
                if (mode == SearchMode.SEMANTIC) {
                    throw e;
                }
                notes.add("keyword ranking only: " + e.getMessage());
                mode = SearchMode.KEYWORD;
            }
        }
        int wanted = request.from() + request.size();
        int depth = request.groupFamilies() ? Math.min(10_000, wanted * 3 + request.fusion().depth()) : wanted;
        // Semantic and hybrid rankings always look at least the fusion depth deep, so page 2 comes
        // from the same nearest-neighbour search as page 1 (HNSW results depend on k).
        int sideDepth = mode == SearchMode.KEYWORD ? depth : Math.max(depth, request.fusion().depth());
        Query syntax = parsed == null ? null : syntaxQuery(parsed, searcher, deadline);
        Query free = request.text() == null ? null : keywordQueries.build(request.text(), searcher.getIndexReader());
        Query text = combine(syntax, free);
        if (text == null && mode != SearchMode.SEMANTIC) {
            notes.add("the text has no searchable words (only stop words or punctuation)");
        }
        // In hybrid mode the keyword ranking runs while the query is embedded: their times overlap.
        CompletableFuture<Ranking> keywordFuture = CompletableFuture.completedFuture(new Ranking());
        if (mode != SearchMode.SEMANTIC && text != null) {
            Query q = text;
            keywordFuture = mode == SearchMode.HYBRID
                    ? CompletableFuture.supplyAsync(() -> keywordRankingUnchecked(searcher, q, request.filters(), sideDepth,
                            deadline), RANKING_POOL)
                    : CompletableFuture.completedFuture(keywordRanking(searcher, q, request.filters(), sideDepth, deadline));
        }
        Double embedMillis = null;
        Ranking dense = new Ranking();
        try {
            if (model != null) {
                long t = System.nanoTime();
                float[] vector = semantic.embed(model, embedText);
                embedMillis = (System.nanoTime() - t) / 1e6;
                dense = semantic.rank(searcher, model, vector, request.filters(), syntax, sideDepth);
                deadline.check(); // the kNN search stops at the deadline with what it has: not an answer
                Coverage coverage = coverage(searcher);
                if (!coverage.complete()) {
                    notes.add(String.format("semantic coverage %.0f%%: %,d of %,d patents embedded so far",
                            100 * coverage.share(), coverage.patentsEmbedded(), coverage.patents()));
                }
            }
        } catch (IOException | RuntimeException e) {
            keywordFuture.exceptionally(x -> null).join(); // the searcher is released after this returns
            throw e;
        }
        Ranking keyword = join(keywordFuture);
        List<FusionRanker.Fused> ranked = switch (mode) {
            case KEYWORD -> keyword.entries().stream().map(e -> new FusionRanker.Fused(e.doc(), e.score())).toList();
            case SEMANTIC -> dense.entries().stream().map(e -> new FusionRanker.Fused(e.doc(), e.score())).toList();
            case HYBRID -> FusionRanker.fuse(keyword, dense, request.fusion());
        };
        // An examiner query (not free text) decides which documents match in every mode: the semantic
        // side only ranks among its matches, so its keyword count is the set's exact size.
        boolean booleanSet = syntax != null && request.text() == null && mode == SearchMode.HYBRID;
        long total = mode == SearchMode.KEYWORD || booleanSet ? keyword.total() : Math.max(keyword.total(), ranked.size());
        boolean exact = (mode == SearchMode.KEYWORD || booleanSet) && keyword.totalExact();
        return new Ranked(mode, ranked, keyword, dense, text, syntax, total, exact, embedMillis, notes);
    }

    /**
     * Prior art for an indexed document: its title, abstract and independent claims are the query;
     * the document and its family are excluded; only documents that are prior art against its
     * earliest priority date (else filing date) under {@code rule} are kept, earlier-filed ones
     * published later flagged "E" under the effective rule.
     */
    public SearchResult similar(String publicationNumber, SearchRequest template, PriorArtRule rule) throws IOException {
        return search(similarRequest(publicationNumber, template, rule));
    }

    /** {@link #similar} as keys and scores only (see {@link #ranking}). */
    public List<RankedKey> similarRanking(String publicationNumber, SearchRequest template, PriorArtRule rule)
            throws IOException {
        return ranking(similarRequest(publicationNumber, template, rule));
    }

    private SearchRequest similarRequest(String publicationNumber, SearchRequest template, PriorArtRule rule)
            throws IOException {
        PatentDocument doc = get(publicationNumber);
        if (doc == null) {
            throw new IllegalArgumentException("no document " + publicationNumber + " in the index");
        }
        LocalDate cutoff = doc.effectiveDate();
        if (cutoff == null) {
            throw new IllegalArgumentException(doc.number() + " has no priority, filing or publication date: "
                    + "its prior art cannot be told from later documents");
        }
        SearchFilters filters = template.filters()
                .excluding(List.of(doc.id()), doc.familyId())
                .withPriorArt(cutoff, rule);
        return template.withText(queryText(doc)).withFilters(filters);
    }

    /**
     * Every match of a search in one document, per text field value: for the document view, which
     * marks the words the search matched (stems, phrases, proximity) as the search itself matched
     * them. The query and text are read as {@link #search} reads them; each marks its own matches,
     * so a document that does not match the whole query (a semantic hit) still shows what it has.
     *
     * @return the matches (empty when the query and text have no searchable words), or null when
     *         the document is not in the index
     * @throws InvalidQueryException for a query with a syntax error
     */
    public List<FieldMatches> highlights(String publicationNumber, String query, String text) throws IOException {
        SearchDeadline deadline = SearchDeadline.current();
        IndexSearcher acquired = index.searchers().acquire();
        try {
            IndexSearcher searcher = deadline.bound(acquired);
            PatentDocument doc = get(publicationNumber);
            if (doc == null) {
                return null;
            }
            // A plain query may be a description that was searched as free text (SearchRequest.queryIsFreeText):
            // its words mark as free text's do, and as the examiner query's where it is one.
            boolean plain = PlainQuery.isPlain(query);
            Query syntax = query == null || query.isBlank() ? null : plain ? syntaxOrNull(query, searcher, deadline)
                    : syntaxQuery(parse(query), searcher, deadline);
            String freeText = plain ? (text == null || text.isBlank() ? query : query + "\n\n" + text) : text;
            Query free = freeText == null || freeText.isBlank() ? null
                    : keywordQueries.marking(freeText, searcher.getIndexReader());
            // Either part marks what it matches: a document opened from the results may miss part of
            // the query (a hybrid or semantic hit, a similar document), and its other matches still show.
            Query matching = syntax == null || free == null ? combine(syntax, free) : new BooleanQuery.Builder()
                    .add(syntax, BooleanClause.Occur.SHOULD)
                    .add(free, BooleanClause.Occur.SHOULD)
                    .build();
            Query patent = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.ID, doc.id())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs found = searcher.search(patent, 1);
            if (found.scoreDocs.length == 0) {
                return null; // deleted between the look-up and this searcher
            }
            if (matching == null) {
                return List.of();
            }
            deadline.check();
            return SnippetHighlighter.allMatches(searcher, matching, found.scoreDocs[0].doc, IndexFields.TEXT_FIELDS);
        } catch (ExitingReaderException e) {
            throw deadline.exceeded();
        } finally {
            index.searchers().release(acquired);
        }
    }

    /** The examiner query of a plain query, or null when it is none (prose: "a cell, with or without a cover"). */
    private Query syntaxOrNull(String query, IndexSearcher searcher, SearchDeadline deadline) throws IOException {
        try {
            return syntaxQuery(parse(query), searcher, deadline);
        } catch (InvalidQueryException e) {
            return null;
        }
    }

    /** The query text of a document: title, abstract and independent claims. */
    public static String queryText(PatentDocument doc) {
        StringBuilder s = new StringBuilder();
        if (doc.title() != null) {
            s.append(doc.title()).append(". ");
        }
        if (doc.abstractText() != null) {
            s.append(doc.abstractText()).append(' ');
        }
        for (Claim c : doc.independentClaims()) {
            s.append(c.text()).append(' ');
        }
        String text = s.toString().strip();
        return text.isEmpty() ? doc.number().toString() : text;
    }

    /** Runs the keyword side of hybrid searches beside the query embedding; daemon threads, one per core. */
    private static final ExecutorService RANKING_POOL = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "priorart-ranking");
                t.setDaemon(true);
                return t;
            });

    private Ranking keywordRankingUnchecked(IndexSearcher searcher, Query text, SearchFilters filters, int depth,
                                            SearchDeadline deadline) {
        try {
            return keywordRanking(searcher, text, filters, depth, deadline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Ranking join(CompletableFuture<Ranking> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private Query syntaxQuery(ExaminerQuery parsed, IndexSearcher searcher, SearchDeadline deadline) throws IOException {
        try {
            return parsed.toLuceneQuery(weights, searcher.getIndexReader(), deadline.timeout());
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e);
        }
    }

    /** The examiner query decides what matches and scores; the free text adds its BM25 score. */
    private static Query combine(Query syntax, Query free) {
        if (syntax == null || free == null) {
            return syntax != null ? syntax : free;
        }
        return new BooleanQuery.Builder()
                .add(syntax, BooleanClause.Occur.MUST)
                .add(free, BooleanClause.Occur.SHOULD)
                .build();
    }

    private static String describe(Fusion f) {
        return switch (f.method()) {
            case RRF -> String.format("hybrid rrf k=%d semantic weight %.2f", f.rrfK(), f.semanticWeight());
            case MINMAX -> String.format("hybrid min-max semantic weight %.2f", f.semanticWeight());
            case ZSCORE -> String.format("hybrid z-score semantic weight %.2f", f.semanticWeight());
        };
    }

    private Ranking keywordRanking(IndexSearcher searcher, Query text, SearchFilters filters, int depth,
                                   SearchDeadline deadline) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PATENT)), BooleanClause.Occur.FILTER);
        filters.addTo(query);
        TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(depth, TOTAL_HITS_THRESHOLD));
        deadline.check(searcher);
        Ranking ranking = new Ranking();
        for (ScoreDoc d : top.scoreDocs) {
            ranking.add(d.doc, d.score, -1);
        }
        ranking.total(top.totalHits.value());
        ranking.totalExact(top.totalHits.relation() == TotalHits.Relation.EQUAL_TO);
        return ranking;
    }

    /** A ranked patent with what its hit needs: stored metadata and the explanation. */
    private record Candidate(int doc, double score, JsonNode meta, Document stored, Explanation explanation,
                             List<String> familyMembers) {
    }

    private List<Candidate> candidates(IndexSearcher searcher, List<FusionRanker.Fused> ranked, Ranking keyword,
                                       Ranking dense, String how, SearchRequest request) throws IOException {
        int wanted = request.from() + request.size();
        var stored = searcher.storedFields();
        List<Candidate> out = new ArrayList<>();
        Map<String, Candidate> byFamily = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (FusionRanker.Fused f : ranked) {
            if (!request.groupFamilies() && out.size() >= wanted) {
                break;
            }
            Document d = stored.document(f.doc(), HIT_FIELDS);
            JsonNode meta = JSON.readTree(d.get(IndexFields.META));
            Explanation explanation = explain(searcher, f, keyword, dense, how);
            Candidate c = new Candidate(f.doc(), f.score(), meta, d, explanation, List.of());
            String family = meta.path("family_id").asText(null);
            if (request.groupFamilies() && family != null) {
                if (byFamily.containsKey(family)) {
                    members.get(family).add(meta.path("publication_number").asText());
                    continue;
                }
                byFamily.put(family, c);
                members.put(family, new ArrayList<>());
            }
            out.add(c);
        }
        if (request.groupFamilies()) {
            List<Candidate> grouped = new ArrayList<>(out.size());
            for (Candidate c : out) {
                String family = c.meta().path("family_id").asText(null);
                grouped.add(family == null ? c : new Candidate(c.doc(), c.score(), c.meta(), c.stored(), c.explanation(),
                        members.get(family)));
            }
            return grouped;
        }
        return out;
    }

    private static Explanation explain(IndexSearcher searcher, FusionRanker.Fused f, Ranking keyword, Ranking dense,
                                       String how) throws IOException {
        Ranking.Entry kw = keyword.entry(f.doc());
        Ranking.Entry sem = dense.entry(f.doc());
        Explanation.BestPassage passage = null;
        if (sem != null && sem.passageDoc() >= 0) {
            Document p = searcher.storedFields().document(sem.passageDoc(), PASSAGE_FIELDS);
            passage = new Explanation.BestPassage(p.get(IndexFields.PASSAGE_LOCATION), p.get(IndexFields.PASSAGE_TEXT), sem.score());
        }
        return new Explanation(keyword.rank(f.doc()), kw == null ? null : kw.score(), dense.rank(f.doc()),
                sem == null ? null : sem.score(), f.score(), how, passage,
                Double.isNaN(f.keywordPart()) ? null : f.keywordPart(), Double.isNaN(f.semanticPart()) ? null : f.semanticPart());
    }

    /** The hits of a page; with snippets for the {@code highlight} query, none when it is null. */
    private List<SearchHit> hits(IndexSearcher searcher, Query highlight, List<Candidate> page, SearchRequest request,
                                 SearchDeadline deadline) throws IOException {
        int[] docIds = page.stream().mapToInt(Candidate::doc).toArray();
        boolean[] keywordMatched = new boolean[page.size()];
        for (int i = 0; i < page.size(); i++) {
            keywordMatched[i] = page.get(i).explanation().keywordRank() != null;
        }
        Snippet[] snippets = highlight == null ? new Snippet[page.size()]
                : SnippetHighlighter.bestSnippets(searcher, highlight, docIds, weights.asMap(), keywordMatched, deadline);
        List<SearchHit> hits = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Candidate c = page.get(i);
            JsonNode meta = c.meta();
            List<String> cpc = new ArrayList<>();
            meta.path("cpc").forEach(code -> cpc.add(code.asText()));
            LocalDate published = date(meta, "publication_date");
            hits.add(new SearchHit(request.from() + i + 1, meta.path("publication_number").asText(c.stored().get(IndexFields.ID)),
                    c.stored().get(IndexFields.TITLE), (float) c.score(), published, date(meta, "filing_date"), cpc,
                    snippets[i] == null ? null : snippets[i].withLocation(location(meta, snippets[i])),
                    c.explanation(), request.filters().priorArtFlag(published), c.familyMembers(),
                    meta.path("language").asText(null)));
        }
        return hits;
    }

    /** "claim 3" or "description paragraph 12" by the numbers the document itself uses. */
    static String location(JsonNode meta, Snippet snippet) {
        String translated = DocumentMapper.translationLocation(meta, snippet.field(), snippet.valueIndex());
        if (translated != null) {
            return translated;
        }
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

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
