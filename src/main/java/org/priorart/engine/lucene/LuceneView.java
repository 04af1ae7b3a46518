package org.priorart.engine.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.config.FieldWeights;
import org.priorart.config.SearchCounts;
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
import org.priorart.engine.lucene.query.ExaminerQueryCompiler;
import org.priorart.engine.lucene.query.FreeTextQueries;
import org.priorart.engine.lucene.query.QueryTerms;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryExplainer;
import org.priorart.query.QueryLimitException;

/**
 * A view of the embedded engine: one searcher acquired from the engine's manager (released on
 * close), bounded by the search's deadline when it has one. It remembers the doc ids of the patents
 * its rankings found, so the summaries and snippets of a page read their stored fields directly,
 * with no look-up by key.
 */
final class LuceneView implements EngineView {

    private static final Set<String> PASSAGE_FIELDS = Set.of(IndexFields.PASSAGE_LOCATION, IndexFields.PASSAGE_TEXT);

    private final LuceneEngine engine;
    private final IndexSearcher acquired;
    private final IndexSearcher searcher;
    private final FieldWeights weights;
    private final Deadline deadline;
    private final BlockQueries blocks;
    private final FreeTextQueries freeText;
    private final StoredPatents patents;
    private volatile Set<AnalysisLanguage> languages;
    /** Doc ids by key: of the patents this view ranked (added as they are ranked) and looked up. */
    private final Map<String, Integer> docs = new HashMap<>();
    private final HitReads hitReads;

    LuceneView(LuceneEngine engine, IndexSearcher acquired, FieldWeights weights, Deadline deadline) {
        this.engine = engine;
        this.acquired = acquired;
        this.weights = weights;
        this.deadline = deadline;
        this.searcher = bound(acquired, deadline);
        this.blocks = engine.blocks();
        this.freeText = new FreeTextQueries(weights);
        this.patents = new StoredPatents(searcher, blocks, engine.mapper());
        this.hitReads = new HitReads(searcher);
    }

    /**
     * A searcher over the same index view that stops scoring (and the kNN search) at the deadline;
     * the searcher itself when there is none. One per search: a timeout is a searcher's state.
     */
    private static IndexSearcher bound(IndexSearcher searcher, Deadline deadline) {
        if (!deadline.isSet()) {
            return searcher;
        }
        IndexSearcher bounded = new IndexSearcher(searcher.getIndexReader());
        bounded.setSimilarity(searcher.getSimilarity());
        bounded.setQueryCache(searcher.getQueryCache());
        bounded.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
        bounded.setTimeout(deadline::passed);
        return bounded;
    }

    /** The deadline for the proximity clauses of examiner queries; null when there is none. */
    private QueryTimeout timeout() {
        return deadline.isSet() ? deadline::passed : null;
    }

    /**
     * After a search: throws when it timed out (Lucene then returns what it had collected, which
     * must not pass for the whole answer) or the deadline has passed.
     */
    private void checkDeadline() {
        if (searcher.timedOut()) {
            throw deadline.exceeded();
        }
        deadline.check();
    }

    /** The languages the index has text in: the candidates a query's language is told among. */
    private Set<AnalysisLanguage> languages() {
        Set<AnalysisLanguage> l = languages;
        if (l == null) {
            l = TextLanguages.of(searcher.getIndexReader());
            languages = l;
        }
        return l;
    }

    @Override
    public long version() {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    }

    @Override
    public int patentCount() throws IOException {
        return searcher.count(blocks.patents());
    }

    @Override
    public PatentDocument get(PublicationNumber number) throws IOException {
        return patents.get(number);
    }

    @Override
    public PatentDocument getByKey(String key) throws IOException {
        return patents.getByKey(key);
    }

    @Override
    public List<PatentDocument> otherPublications(PatentDocument doc, int max) throws IOException {
        return patents.otherPublications(doc, max);
    }

    @Override
    public Citing citing(PublicationNumber cited, int max) throws IOException {
        return patents.citing(cited, max);
    }

    @Override
    public Map<String, List<String>> citingKeys(Collection<String> references, int limit) throws IOException {
        return patents.citingKeys(references, limit);
    }

    @Override
    public Map<String, List<float[]>> passageVectors(List<String> keys, String modelName) throws IOException {
        return StoredVectors.read(searcher, blocks, keys, IndexFields.vectorField(modelName), this::docOf);
    }

    @Override
    public List<String> familyKeys(String familyId, int max) throws IOException {
        return patents.familyKeys(familyId, max);
    }

    @Override
    public String contentHash(String key) throws IOException {
        return patents.contentHash(key);
    }

    /** One look-up per key: each is a term seek in memory-mapped files, nothing to batch. */
    @Override
    public Map<String, String> contentHashes(Collection<String> keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String key : keys) {
            String hash = patents.contentHash(key);
            if (hash != null) {
                out.put(key, hash);
            }
        }
        return out;
    }

    @Override
    public Unembedded notEmbeddedWith(Collection<String> vectorIds, Set<String> skip, int max) throws IOException {
        return patents.notEmbeddedWith(vectorIds, skip, max);
    }

    @Override
    public List<StoredPatent> markedWithoutPassages(Collection<String> vectorIds) throws IOException {
        return patents.markedWithoutPassages(vectorIds);
    }

    @Override
    public Coverage coverage() throws IOException {
        return engine.coverage(searcher);
    }

    @Override
    public CompiledQuery compile(ExaminerQuery examiner, String text) throws QueryLimitException, IOException {
        Query syntax = examiner == null ? null : ExaminerQueryCompiler.compile(examiner, weights,
                ExaminerQueryCompiler.terms(examiner, searcher.getIndexReader(), languages()), timeout());
        return new LuceneQuery(this, examiner == null ? null : examiner.text(), syntax,
                text == null || text.isBlank() ? null : text);
    }

    /** The free text's ranking query (every term, BM25, field-weighted), or null when it has no searchable term. */
    Query freeTextQuery(String text) {
        return freeText.build(text, searcher.getIndexReader(), languages());
    }

    /** The free text's marking query (its own words, not its boilerplate), or null. */
    Query freeTextMarking(String text) {
        return freeText.marking(text, searcher.getIndexReader(), languages());
    }

    private static LuceneQuery compiled(CompiledQuery query) {
        if (query instanceof LuceneQuery q) {
            return q;
        }
        throw new IllegalArgumentException("a query compiled by another engine: " + query);
    }

    @Override
    public Ranking rankKeyword(CompiledQuery compiled, SearchFilters filters, int depth)
            throws QueryLimitException, IOException {
        LuceneQuery q = compiled(compiled);
        Query text = q.ranking();
        if (text == null) {
            return Ranking.EMPTY;
        }
        return read(q, () -> {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
            if (q.syntax() != null) {
                // An examiner query may match fields that passages carry too (CPC, dates): patents only.
                // Free text matches text fields, which passages lack: the filter would change nothing
                // but the speed (Lucene's filtered scoring path, 1.5x slower on long queries).
                query.add(blocks.patents(), BooleanClause.Occur.FILTER);
            }
            FilterQueries.addTo(filters, query);
            TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(depth,
                    SearchCounts.exactUpTo(q.syntax() != null)));
            checkDeadline();
            int[] ids = new int[top.scoreDocs.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = top.scoreDocs[i].doc;
            }
            String[] keys = remember(ids);
            List<Ranking.Entry> entries = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                entries.add(new Ranking.Entry(keys[i], top.scoreDocs[i].score, Ranking.NO_PASSAGE));
            }
            return new Ranking(entries, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO);
        });
    }

    @Override
    public Ranking rankNearest(NearestQuery query) throws QueryLimitException, IOException {
        LuceneQuery within = query.within() == null ? null : compiled(query.within());
        return read(within, () -> {
            NearestRanker.Nearest n = NearestRanker.rank(searcher, blocks, IndexFields.vectorField(query.model().name()),
                    query.vector(), query.filters(), within == null ? null : within.syntax(), query.k());
            deadline.check(); // the kNN search stops at the deadline with what it has: not an answer
            String[] keys = remember(n.patents());
            List<Ranking.Entry> entries = new ArrayList<>(keys.length);
            for (int i = 0; i < keys.length; i++) {
                entries.add(new Ranking.Entry(keys[i], n.cosines()[i], n.passages()[i]));
            }
            return new Ranking(entries, n.total(), true);
        });
    }

    /** The keys of ranked patents, read from doc values at once, remembered with their doc ids. */
    private String[] remember(int[] ids) throws IOException {
        String[] keys = DocKeys.of(searcher, ids);
        synchronized (docs) {
            for (int i = 0; i < ids.length; i++) {
                docs.putIfAbsent(keys[i], ids[i]);
            }
        }
        return keys;
    }

    /** The doc id of a patent by key: remembered from a ranking, else looked up; -1 when absent. */
    private int docOf(String key) throws IOException {
        synchronized (docs) {
            Integer doc = docs.get(key);
            if (doc != null) {
                return doc;
            }
        }
        int doc = patents.first(blocks.patentWithKey(key));
        synchronized (docs) {
            docs.putIfAbsent(key, doc);
        }
        return doc;
    }

    @Override
    public List<PatentSummary> summaries(List<String> keys) throws IOException {
        return hitReads.summaries(docsOf(keys), keys);
    }

    /** The doc ids of these keys ({@link #docOf}), in their order. */
    private int[] docsOf(List<String> keys) throws IOException {
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = docOf(keys.get(i));
        }
        return ids;
    }

    @Override
    public List<MatchedPassage> passages(long[] handles) throws IOException {
        List<MatchedPassage> out = new ArrayList<>(handles.length);
        for (long handle : handles) {
            if (handle == Ranking.NO_PASSAGE) {
                out.add(null);
                continue;
            }
            Document p = searcher.storedFields().document((int) handle, PASSAGE_FIELDS);
            out.add(new MatchedPassage(p.get(IndexFields.PASSAGE_LOCATION), p.get(IndexFields.PASSAGE_TEXT)));
        }
        return out;
    }

    @Override
    public List<Snippet> snippets(CompiledQuery compiled, List<String> keys, boolean[] keywordMatched) throws IOException {
        LuceneQuery q = compiled(compiled);
        Query marking = q.marking();
        List<Snippet> out = new ArrayList<>(keys.size());
        if (marking == null) {
            keys.forEach(k -> out.add(null));
            return out;
        }
        int[] ids = docsOf(keys);
        Snippet[] best = readUnchecked(() -> SnippetHighlighter.bestSnippets(searcher, marking, ids, weights.asMap(),
                keywordMatched, deadline));
        for (int i = 0; i < best.length; i++) {
            out.add(best[i] == null ? null : best[i].withLocation(StoredHits.location(hitReads.stored(ids[i]).meta(), best[i])));
        }
        return out;
    }

    @Override
    public List<FieldMatches> highlights(CompiledQuery compiled, String key) throws IOException {
        LuceneQuery q = compiled(compiled);
        int doc = docOf(key);
        if (doc < 0) {
            return null;
        }
        Query matching = q.either();
        if (matching == null) {
            return List.of();
        }
        deadline.check();
        return readUnchecked(() -> SnippetHighlighter.allMatches(searcher, matching, doc, IndexFields.TEXT_FIELDS));
    }

    @Override
    public String explain(ExaminerQuery query) throws IOException {
        QueryTerms terms = ExaminerQueryCompiler.terms(query, searcher.getIndexReader(), languages());
        String lucene;
        try {
            lucene = ExaminerQueryCompiler.compile(query, weights,
                    ExaminerQueryCompiler.terms(query, searcher.getIndexReader(), languages()), null).toString();
        } catch (QueryLimitException e) {
            lucene = "(not built: " + e.getMessage() + ")";
        }
        return QueryExplainer.explain(query, terms.words(), terms, "lucene", lucene);
    }

    /** A read of the index that may run into the deadline or Lucene's clause limit. */
    private interface Read<T> {
        T run() throws IOException;
    }

    /**
     * Runs a read; a proximity clause stopped at the deadline is the deadline's failure, and a query
     * that Lucene refuses as too large (after the limits' own count) a limit of the query.
     */
    private <T> T read(LuceneQuery query, Read<T> read) throws QueryLimitException, IOException {
        try {
            return readUnchecked(read);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryLimitException("the query expands to too many terms; make truncations longer or the query "
                    + "narrower", 0, query == null ? "" : query.text());
        }
    }

    private <T> T readUnchecked(Read<T> read) throws IOException {
        try {
            return read.run();
        } catch (ExitingReaderException e) {
            throw deadline.exceeded(); // a proximity clause stopped at the deadline
        }
    }

    @Override
    public void close() throws IOException {
        engine.searchers().release(acquired);
    }
}
