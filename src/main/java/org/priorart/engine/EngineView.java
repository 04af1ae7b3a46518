package org.priorart.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;
import org.priorart.query.ExaminerQuery;
import org.priorart.query.QueryLimitException;

/**
 * One point-in-time view of a {@link SearchEngine}'s patents: what a search, a look-up or a round of
 * the embedding stage reads, all of it from the same state of the index. Acquired per search and
 * closed after it. Thread-safe: the keyword ranking of a hybrid search runs beside the query's
 * embedding on another thread, in the same view.
 *
 * <p>Each call is coarse, one round trip to a remote engine: a ranking of N keys with scores, the
 * summaries of a page of keys, the snippets of a page. Handles an engine hands out (the
 * {@link CompiledQuery}, a ranking's passage handles) are valid in the view that made them only.
 */
public interface EngineView extends Closeable {

    /** The version of the index this view reads: it changes whenever a refresh shows changes. */
    long version() throws IOException;

    /** The number of patents (not passages). */
    int patentCount() throws IOException;

    /** The patent with this number: the exact key if there is one, else one with the number without kind; or null. */
    PatentDocument get(PublicationNumber number) throws IOException;

    /** The patent with exactly this key, or null. */
    PatentDocument getByKey(String key) throws IOException;

    /** The patents of the same number without kind as {@code doc} (its A1 beside its B1), itself left out; at most {@code max}. */
    List<PatentDocument> otherPublications(PatentDocument doc, int max) throws IOException;

    /**
     * The patents of the collection whose backward citations name {@code cited} (any kind of it):
     * its forward citations within the collection, the first {@code max} of them and how many there are.
     */
    Citing citing(PublicationNumber cited, int max) throws IOException;

    /** Patents citing a document: the first of them and how many there are. */
    record Citing(List<PatentDocument> first, long total) {
    }

    /**
     * Who cites what, for the citation-graph ranking signals: for each reference (a publication
     * number without kind, {@link PublicationNumber#withoutKind()}), the keys of the patents whose
     * backward citations name it, at most {@code limit} each (a reference cited by more is common
     * knowledge, not evidence; the caller asks for one more than it uses to tell).
     */
    Map<String, List<String>> citingKeys(Collection<String> references, int limit) throws IOException;

    /**
     * The stored passage vectors of these patents for one model, by key, in passage order: what
     * "more like my X/Y documents" moves a search toward. A key the view does not hold, or a patent
     * with no passages of that model, is left out.
     */
    Map<String, List<float[]>> passageVectors(List<String> keys, String modelName) throws IOException;

    /** The keys of the patents of a family, at most {@code max}; empty for a null family. */
    List<String> familyKeys(String familyId, int max) throws IOException;

    /** The content hash the patent with this key was written with, or null when there is none. */
    String contentHash(String key) throws IOException;

    /**
     * {@link #contentHash} of many keys at once, by key; a key with none is left out. An engine across
     * a network reads them in one request (an ingest asks once per batch of documents, not per document).
     */
    Map<String, String> contentHashes(Collection<String> keys) throws IOException;

    /**
     * Patents not marked embedded by any of these models: the embedding stage's work list.
     *
     * @param skip keys to leave out (patents that failed this run)
     * @param max  patents to return at most
     */
    Unembedded notEmbeddedWith(Collection<String> vectorIds, Set<String> skip, int max) throws IOException;

    /** The first patents of a work list, and how many it has in all. */
    record Unembedded(List<StoredPatent> first, long total) {
    }

    /**
     * Patents marked embedded by one of these models that have passages to embed but none stored:
     * marks that do not tell the truth (left by an index reset of an earlier version).
     */
    List<StoredPatent> markedWithoutPassages(Collection<String> vectorIds) throws IOException;

    /** The semantic coverage for the models the index records ({@link SearchEngine#vectorIds()}). */
    Coverage coverage() throws IOException;

    /**
     * Compiles a search's text query for this view.
     *
     * @param examiner the parsed examiner query, or null
     * @param freeText the free text, or null
     * @throws QueryLimitException when a truncation expands too far or the query needs more clauses
     *                             than the engine allows; the message says which and where
     */
    CompiledQuery compile(ExaminerQuery examiner, String freeText) throws QueryLimitException, IOException;

    /**
     * The keyword (BM25) ranking of the patents the query matches, best first.
     *
     * @param depth how many patents to rank at most
     */
    Ranking rankKeyword(CompiledQuery query, SearchFilters filters, int depth) throws QueryLimitException, IOException;

    /** The nearest patents by best passage, each scored by that passage's cosine similarity. */
    Ranking rankNearest(NearestQuery query) throws QueryLimitException, IOException;

    /** The two rankings of a hybrid search. */
    record Both(Ranking keyword, Ranking nearest) {
    }

    /**
     * The keyword and the nearest ranking of a hybrid search, as {@link #rankKeyword} and
     * {@link #rankNearest} give them. An engine across a network sends both in one request
     * ({@link #ranksBothAtOnce()}); the default ranks one after the other.
     */
    default Both rankBoth(CompiledQuery query, SearchFilters filters, int depth, NearestQuery nearest)
            throws QueryLimitException, IOException {
        return new Both(rankKeyword(query, filters, depth), rankNearest(nearest));
    }

    /**
     * Whether {@link #rankBoth} costs one round trip: then a hybrid search embeds its query first and
     * asks for both rankings at once; otherwise it ranks by keyword while the query is embedded.
     */
    default boolean ranksBothAtOnce() {
        return false;
    }

    /** The summaries of these patents, in order; null for a key the view does not hold. */
    List<PatentSummary> summaries(List<String> keys) throws IOException;

    /** The passages behind these handles of a nearest ranking of this view, in order. */
    List<MatchedPassage> passages(long[] handles) throws IOException;

    /**
     * The best snippet of each patent: its passage that best matches the query (examiner part and
     * free text), with the matches as ranges and its location named; null where nothing matched.
     *
     * @param keywordMatched per patent, whether the keyword ranking retrieved it (one found by its
     *                       meaning only gets no scan of its long description)
     */
    List<Snippet> snippets(CompiledQuery query, List<String> keys, boolean[] keywordMatched) throws IOException;

    /**
     * Every match in one patent of either part of the query, per text field value; null when the
     * view has no patent with that key.
     */
    List<FieldMatches> highlights(CompiledQuery query, String key) throws IOException;

    /**
     * The examiner query explained for people ({@code --explain-query}): the tree, what each
     * truncation expands to in this view, and the engine's own query.
     */
    String explain(ExaminerQuery query) throws IOException;

    @Override
    void close() throws IOException;
}
