package org.priorart.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.analysis.LanguageDetector;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.Passage;
import org.priorart.embed.VectorCache;
import org.priorart.embed.VectorModels;
import org.priorart.patent.PatentDocument;

/**
 * The background stage that gives indexed patents their passage vectors. Keyword indexing never
 * waits for it: a patent is searchable by keyword as soon as it is indexed, and semantically once
 * this stage has rewritten its block with passage children.
 *
 * <p>Resumable: the work list is "patents not embedded with the current models", read from the
 * index itself, so a killed run simply continues. Vectors come from the {@link VectorCache} when a
 * passage's text was embedded before (re-ingest, re-index); only new texts go through the model.
 * A patent changed by a concurrent write while its vectors were computed is left for the next round
 * ({@link PatentIndex#writeBlockIfUnchanged}), never overwritten with stale text.
 */
public final class EmbeddingStage {

    /** The commit key under which the index records the vector ids of its models. */
    public static final String VECTORS_KEY = "priorart.vectors";
    private static final int BATCH_DOCS = 32;
    private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final PatentIndex index;
    private final VectorModels models;
    private final VectorCache cache;
    private final EmbeddingProgress progress;
    private long passagesDone;
    private long cacheHits;

    public EmbeddingStage(PatentIndex index, VectorModels models, VectorCache cache, EmbeddingProgress progress) {
        this.index = index;
        this.models = models;
        this.cache = cache;
        this.progress = progress;
    }

    /** What a run did. */
    public record Summary(long patents, long passages, long cacheHits, long skipped, Duration elapsed) {
        public double passagesPerSecond() {
            return (passages - cacheHits) / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /** The vector ids of the models this stage uses, as the index records them. */
    public List<String> vectorIds() {
        return models.inUse().stream().map(ModelSpec::vectorId).toList();
    }

    /**
     * Checks that the index holds no vectors of other models, and records the current ones.
     *
     * <p>A reset drops only the passages of patents that no current model embedded: the index uses a
     * model per language, so a model can belong to both runs (bge-small-zh for Chinese beside either
     * English model), and its patents keep their passages and their marks. A patent marked as
     * embedded whose passages are gone (an index reset by an earlier version, which dropped every
     * passage and left the marks) goes back on the work list here, so coverage can reach 1.0 again.
     *
     * @param reset drop the vectors of other models instead of refusing
     * @return the patents that were marked embedded without their passages, now to be embedded again
     * @throws PatentIndex.IndexException when the index has vectors of other models and no reset is asked
     */
    public int claimIndex(boolean reset) throws IOException {
        String current = String.join(",", vectorIds());
        String recorded = index.commitData(VECTORS_KEY);
        if (recorded != null && !recorded.equals(current)) {
            if (!reset) {
                throw new PatentIndex.IndexException("the index at " + index.path() + " holds vectors made by "
                        + recorded + ", but this run embeds with " + current + "; vectors of two models are never mixed: "
                        + "use the same model (--model), or drop the old vectors and embed again with --reset");
            }
            // The passages of the patents on the work list: the block of each is rewritten when it is embedded.
            index.deleteMatching(new ToChildBlockJoinQuery(Coverage.notEmbeddedWith(vectorIds()), index.patentBits()));
        }
        if (!current.equals(recorded)) {
            index.recordCommitData(VECTORS_KEY, current);
        }
        int unmarked = unmarkPatentsWithoutPassages();
        if (unmarked > 0) {
            index.commit();
        }
        return unmarked;
    }

    /** Rewrites the patents marked as embedded that have no passages without the mark (see {@link #claimIndex}). */
    private int unmarkPatentsWithoutPassages() throws IOException {
        long readAt = index.writeSequence();
        index.refresh();
        IndexSearcher searcher = index.searchers().acquire();
        int unmarked = 0;
        try {
            Query marked = Coverage.markedWithoutPassages(vectorIds(), index.patentBits());
            for (ScoreDoc hit : searcher.search(marked, Math.max(1, searcher.count(marked))).scoreDocs) {
                Document stored = searcher.storedFields().document(hit.doc);
                PatentDocument doc = index.mapper().fromStored(stored);
                List<Document> block = List.of(index.mapper().toLucene(doc, stored.get(IndexFields.CONTENT_HASH)));
                if (index.writeBlockIfUnchanged(doc.id(), readAt, block)) {
                    unmarked++;
                }
            }
        } finally {
            index.searchers().release(searcher);
        }
        return unmarked;
    }

    /** Embeds every patent that is not embedded yet; returns when none is left (or when stopped). */
    public Summary run(AtomicBoolean stop) throws IOException {
        long start = System.nanoTime();
        long lastCommit = start;
        long patents = 0;
        long passagesBefore = passagesDone;
        long hitsBefore = cacheHits;
        Set<String> failed = new HashSet<>();
        while (!stop.get()) {
            long readAt = index.writeSequence();
            index.refresh();
            IndexSearcher searcher = index.searchers().acquire();
            List<Work> batch;
            long remaining;
            try {
                BooleanQuery.Builder todo = new BooleanQuery.Builder()
                        .add(Coverage.notEmbeddedWith(vectorIds()), BooleanClause.Occur.FILTER);
                failed.forEach(key -> todo.add(new TermQuery(new Term(IndexFields.ID, key)), BooleanClause.Occur.MUST_NOT));
                TopDocs hits = searcher.search(todo.build(), BATCH_DOCS);
                remaining = hits.totalHits.value();
                batch = new ArrayList<>();
                for (ScoreDoc hit : hits.scoreDocs) {
                    Document stored = searcher.storedFields().document(hit.doc);
                    batch.add(new Work(index.mapper().fromStored(stored), stored.get(IndexFields.CONTENT_HASH)));
                }
            } finally {
                index.searchers().release(searcher);
            }
            if (batch.isEmpty()) {
                break;
            }
            for (Work w : batch) {
                try {
                    embed(w, readAt);
                    patents++;
                } catch (IOException | RuntimeException e) {
                    PatentIndex.IndexException told = e instanceof PatentIndex.IndexException i ? i : index.explain(e);
                    if (told != null) {
                        throw told; // the index or the cache cannot be written (a full disk): no other patent can be
                    }
                    failed.add(w.doc().id());
                    progress.failed(w.doc().number().toString(), e.getMessage());
                }
            }
            index.forgetWritesUpTo(readAt);
            progress.update(passagesDone, cacheHits, passagesDone + remaining);
            if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
                lastCommit = System.nanoTime();
            }
        }
        commit();
        index.refresh();
        return new Summary(patents, passagesDone - passagesBefore, cacheHits - hitsBefore, failed.size(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private record Work(PatentDocument doc, String contentHash) {
    }

    private void embed(Work w, long readAt) throws IOException {
        PatentDocument doc = w.doc();
        List<Passage> passages = index.mapper().passages().of(doc);
        // the model is chosen by script (CJK has a model of its own): no statistical detection needed here
        String language = (doc.language() != null ? AnalysisLanguage.forCode(doc.language())
                : LanguageDetector.detect(passages.isEmpty() ? "" : passages.get(0).text())).code();
        ModelSpec model = models.forLanguage(language);
        Map<String, String> keys = new HashMap<>();
        for (Passage p : passages) {
            keys.put(p.text(), VectorCache.key(model, p.text()));
        }
        Map<String, float[]> cached = cache.getAll(new HashSet<>(keys.values()));
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (Passage p : passages) {
            if (!cached.containsKey(keys.get(p.text()))) {
                missing.add(p.text());
            }
        }
        if (!missing.isEmpty()) {
            Embedder embedder = models.embedder(model);
            List<String> texts = new ArrayList<>(missing);
            List<float[]> vectors = embedder.embedPassages(texts);
            for (int i = 0; i < texts.size(); i++) {
                String key = keys.get(texts.get(i));
                cached.put(key, vectors.get(i));
                cache.put(key, vectors.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            vectors.add(cached.get(keys.get(p.text())));
        }
        List<Document> block = index.mapper().toEmbeddedBlock(doc, w.contentHash(), passages, vectors,
                IndexFields.vectorField(model.name()), model.vectorId());
        if (index.writeBlockIfUnchanged(doc.id(), readAt, block)) {
            passagesDone += passages.size();
            cacheHits += passages.size() - missing.size();
        }
    }

    private void commit() throws IOException {
        try {
            cache.commit();
        } catch (IOException | RuntimeException e) {
            PatentIndex.IndexException told = index.explain(e);
            if (told != null) {
                throw told;
            }
            throw e;
        }
        index.commit();
    }
}
