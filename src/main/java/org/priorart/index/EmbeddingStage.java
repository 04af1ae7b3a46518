package org.priorart.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.priorart.config.ClusterWork;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.engine.EmbeddingClaims;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineView;
import org.priorart.engine.RejectedDocumentException;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.StoredPatent;
import org.priorart.engine.VectorCache;

/**
 * The background stage that gives indexed patents their passage vectors. Keyword indexing never
 * waits for it: a patent is searchable by keyword as soon as it is indexed, and semantically once
 * this stage has rewritten it with its passages.
 *
 * <p>Resumable: the work list is "patents not embedded with the current models", read from the
 * engine itself, so a killed run simply continues. Vectors come from the engine's {@link VectorCache}
 * when a passage's text was embedded before (re-ingest, re-index); only new texts go through the
 * model. A patent changed by a concurrent write while its vectors were computed is left for the next
 * round ({@link SearchEngine#writeIfUnchanged}), never overwritten with stale text.
 *
 * <p>Several workers may embed one index at once (processes on a cluster, each with a stage of its
 * own): each claims a batch of its work list ({@link EmbeddingClaims}) and embeds only what it holds,
 * leaves what other workers hold to them, and, when only those are left, waits for them to finish or
 * for a dead worker's leases to expire and takes them over.
 */
public final class EmbeddingStage {

    private static final int BATCH_DOCS = 32;
    private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final SearchEngine engine;
    private final VectorModels models;
    private final VectorCache cache;
    private final EmbeddingProgress progress;
    private final EmbeddingClaims claims;
    private final Duration lease;
    private long passagesDone;
    private long cacheHits;

    /** A stage over a writable engine, with the engine's vector cache; the only worker, or named after its process. */
    public EmbeddingStage(SearchEngine engine, VectorModels models, EmbeddingProgress progress) throws IOException {
        this(engine, models, progress, processWorkerName(), ClusterWork.DEFAULT.lease());
    }

    /**
     * A stage that is one of several workers on the engine.
     *
     * @param worker the worker's name, unique among the workers
     * @param lease  how long its claims hold unless renewed (a killed worker's are taken over then)
     */
    public EmbeddingStage(SearchEngine engine, VectorModels models, EmbeddingProgress progress, String worker,
                          Duration lease) throws IOException {
        this.engine = engine;
        this.models = models;
        this.cache = engine.vectorCache();
        this.progress = progress;
        this.claims = engine.claims(worker, lease);
        this.lease = lease;
    }

    /** This process as a worker: its host and process id. */
    public static String processWorkerName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /**
     * What a run did.
     *
     * @param patents    the patents this worker wrote with their vectors
     * @param compaction how long the index took to merge away what the rewrites left (zero when it was not merged) */
    public record Summary(long patents, long passages, long cacheHits, long skipped, Duration elapsed,
                          Duration compaction) {
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
     * @throws EngineException when the index has vectors of other models and no reset is asked
     */
    public int claimIndex(boolean reset) throws IOException {
        List<String> current = vectorIds();
        List<String> recorded = engine.vectorIds();
        if (!recorded.isEmpty() && !recorded.equals(current)) {
            if (!reset) {
                throw new EngineException("the index at " + engine.location() + " holds vectors made by "
                        + String.join(",", recorded) + ", but this run embeds with " + String.join(",", current)
                        + "; vectors of two models are never mixed: "
                        + "use the same model (--model), or drop the old vectors and embed again with --reset");
            }
            // The passages of the patents on the work list: each is rewritten when it is embedded.
            engine.dropPassagesNotEmbeddedWith(current);
        }
        if (!current.equals(recorded)) {
            engine.recordVectorIds(current);
        }
        int unmarked = unmarkPatentsWithoutPassages();
        if (unmarked > 0) {
            engine.commit();
        }
        return unmarked;
    }

    /** Rewrites the patents marked as embedded that have no passages without the mark (see {@link #claimIndex}). */
    private int unmarkPatentsWithoutPassages() throws IOException {
        long readAt = engine.writeSequence();
        engine.refresh();
        int unmarked = 0;
        try (EngineView view = engine.view()) {
            for (StoredPatent patent : view.markedWithoutPassages(vectorIds())) {
                if (engine.writeIfUnchanged(patent, null, readAt)) {
                    unmarked++;
                }
            }
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
        Map<String, Long> busy = new HashMap<>(); // held by other workers: key -> when seen held
        while (!stop.get()) {
            long readAt = engine.writeSequence();
            engine.refresh();
            long now = System.nanoTime();
            busy.values().removeIf(seen -> now - seen > lease.toNanos() / 2); // look again: done, or expired
            Set<String> skip = new HashSet<>(failed);
            skip.addAll(busy.keySet());
            EngineView.Unembedded todo;
            try (EngineView view = engine.view()) {
                todo = view.notEmbeddedWith(vectorIds(), skip, BATCH_DOCS);
            }
            long remaining = todo.total();
            if (todo.first().isEmpty()) {
                if (busy.isEmpty()) {
                    claims.purgeExpired();
                    break;
                }
                progress.waiting(busy.size()); // only patents other workers hold are left: wait for them or their leases
                pause(stop);
                busy.clear();
                continue;
            }
            EmbeddingClaims.Claimed claimed = claims.claim(todo.first(), vectorIds());
            claimed.heldElsewhere().forEach(k -> busy.put(k, now));
            if (claimed.takenOver() > 0) {
                progress.tookOver(claimed.takenOver());
            }
            patents += embedAll(claimed.held(), readAt, failed);
            engine.forgetWritesUpTo(readAt);
            progress.update(passagesDone, cacheHits, passagesDone + remaining);
            if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
                lastCommit = System.nanoTime();
            }
        }
        commit();
        engine.refresh();
        Duration compaction = Duration.ZERO;
        if (!stop.get()) {
            // The blocks this stage replaced are deleted documents in old segments: searches pay for them.
            long t = System.nanoTime();
            if (engine.compact()) {
                compaction = Duration.ofNanos(System.nanoTime() - t);
            }
        }
        return new Summary(patents, passagesDone - passagesBefore, cacheHits - hitsBefore, failed.size(),
                Duration.ofNanos(System.nanoTime() - start), compaction);
    }

    /**
     * Embeds the patents this worker holds and writes them, releasing the claims after; returns how many
     * it wrote. A batch costs the engine two reads and one write whatever its size (the cached vectors
     * of all its passages, the patents' versions, the conditional writes), not those per patent.
     */
    private int embedAll(List<StoredPatent> held, long readAt, Set<String> failed) throws IOException {
        Set<String> lost = new HashSet<>();
        List<String> keys = held.stream().map(w -> w.document().id()).toList();
        boolean ok = false;
        try {
            List<PassageBatch.Planned> planned = new ArrayList<>();
            for (StoredPatent w : held) {
                try {
                    planned.add(PassageBatch.plan(w, models));
                } catch (RuntimeException e) {
                    fail(w, e, failed);
                }
            }
            Map<String, float[]> cached = cacheRead(planned, failed);
            List<SearchEngine.Rewrite> rewrites = new ArrayList<>();
            List<Integer> computed = new ArrayList<>();
            for (PassageBatch.Planned p : planned) {
                StoredPatent w = p.patent();
                lost.addAll(claims.renew());
                if (lost.contains(w.document().id())) {
                    continue; // this worker paused past its lease and another took the patent over
                }
                try {
                    int before = cached.size();
                    rewrites.add(new SearchEngine.Rewrite(w, p.vectors(cached, models, cache)));
                    computed.add(cached.size() - before);
                } catch (IOException | RuntimeException x) {
                    fail(w, x, failed);
                }
            }
            lost.addAll(claims.renew());
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < rewrites.size(); i++) {
                if (!lost.contains(rewrites.get(i).patent().document().id())) {
                    kept.add(i);
                }
            }
            int written = write(kept.stream().map(rewrites::get).toList(), kept.stream().map(computed::get).toList(),
                    readAt, failed);
            ok = true;
            return written;
        } finally {
            try {
                claims.release(keys);
            } catch (IOException | RuntimeException e) {
                if (ok) {
                    throw e;
                } // else the first failure is the one to tell; the claims expire by themselves
            }
        }
    }

    /** The cached vectors of every planned passage (one read); a failed read fails the batch's patents, unless it is the engine's. */
    private Map<String, float[]> cacheRead(List<PassageBatch.Planned> planned, Set<String> failed) throws IOException {
        Set<String> all = new HashSet<>();
        planned.forEach(p -> all.addAll(p.keys()));
        try {
            return new HashMap<>(cache.getAll(all));
        } catch (IOException | RuntimeException e) {
            for (PassageBatch.Planned p : planned) {
                fail(p.patent(), e, failed);
            }
            planned.clear();
            return new HashMap<>();
        }
    }

    /** Writes the batch's rewrites (one engine call); returns how many were written. */
    private int write(List<SearchEngine.Rewrite> rewrites, List<Integer> computed, long readAt, Set<String> failed)
            throws IOException {
        boolean[] written;
        Map<StoredPatent, RejectedDocumentException> refused = new LinkedHashMap<>();
        try {
            written = engine.writeAllIfUnchanged(rewrites, readAt, refused::put);
        } catch (IOException | RuntimeException e) {
            for (SearchEngine.Rewrite r : rewrites) {
                fail(r.patent(), e, failed);
            }
            return 0;
        }
        for (Map.Entry<StoredPatent, RejectedDocumentException> r : refused.entrySet()) {
            fail(r.getKey(), r.getValue(), failed);
        }
        int n = 0;
        for (int i = 0; i < written.length; i++) {
            if (written[i]) {
                int passages = rewrites.get(i).passages().passages().size();
                passagesDone += passages;
                cacheHits += passages - computed.get(i);
                n++;
            }
        }
        return n;
    }

    /**
     * A patent that could not be embedded or written: left unembedded for this run, unless the failure is the
     * engine's or its cache's (a full disk), which no other patent can pass either: that is thrown.
     */
    private void fail(StoredPatent w, Exception e, Set<String> failed) throws EngineException {
        EngineException told = e instanceof EngineException i ? i : engine.explain(e);
        if (told != null) {
            throw told;
        }
        failed.add(w.document().id());
        progress.failed(w.document().number().toString(), e.getMessage());
    }

    /** Waits a little (a quarter of the lease, at most 2 s) for other workers, unless stopped. */
    private void pause(AtomicBoolean stop) throws IOException {
        long until = System.nanoTime() + Math.min(lease.toNanos() / 4, Duration.ofSeconds(2).toNanos());
        try {
            while (!stop.get() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for other embedding workers");
        }
    }

    private void commit() throws IOException {
        try {
            cache.commit();
        } catch (IOException | RuntimeException e) {
            EngineException told = engine.explain(e);
            if (told != null) {
                throw told;
            }
            throw e;
        }
        engine.commit();
    }
}
