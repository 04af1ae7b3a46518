package org.priorart.index;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.priorart.embed.Passages;
import org.priorart.engine.EngineException;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.ingest.DocumentReader;
import org.priorart.ingest.IngestListener;
import org.priorart.ingest.InputFormat;
import org.priorart.ingest.InputSource;
import org.priorart.ingest.SourcePosition;
import org.priorart.patent.PatentDocument;

/**
 * An ingest run: reads every document of the given inputs and writes it to the engine.
 *
 * <p>Guarantees (see the package documentation): a document whose number is already indexed
 * replaces it, an identical one is left alone, and a run killed at any point leaves the index at its
 * last commit, from where a rerun completes it. Malformed documents and unreadable inputs are
 * reported through {@link IngestProgress#skipped} and passed over.
 *
 * <p>One thread reads and parses; {@code threads} workers analyze and write. Documents are routed
 * to workers by their key, so two versions of one document are always written in input order.
 * With {@code threads = 0} the reading thread writes each document itself (one core, no queue).
 */
public final class Ingester {

    /** A commit at least this often bounds the work a crash can lose. */
    public static final int DEFAULT_COMMIT_EVERY = 20_000;
    private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(30).toNanos();
    private static final Item END = new Item(null, null, false);
    /**
     * A worker's queue: it takes what is waiting, up to this many, and reads their stored content
     * hashes in one look-up (one request to a cluster instead of one per document).
     */
    private static final int QUEUE = 256;

    private final SearchEngine engine;
    private final int threads;
    private final IngestProgress progress;
    private final Optional<InputFormat> format;
    private final int commitEvery;
    private final RecordMerger merger;

    private final LongAdder read = new LongAdder();
    private final LongAdder indexed = new LongAdder();
    private final LongAdder replaced = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final Set<String> seenThisRun = ConcurrentHashMap.newKeySet();
    /** Numbers (without kind) written in this run: a record or family look-up for one must see those writes. */
    private final Set<String> numbersThisRun = ConcurrentHashMap.newKeySet();

    /**
     * @param format      the input format, or empty to detect it per input
     * @param threads     indexing threads; 0 writes on the reading thread
     * @param commitEvery commit after this many documents (and at least every 30 s)
     */
    public Ingester(SearchEngine engine, Optional<InputFormat> format, int threads, int commitEvery, IngestProgress progress) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commit interval must be at least 1 document, was " + commitEvery);
        }
        this.engine = engine;
        this.format = format;
        this.threads = Math.max(0, threads);
        this.commitEvery = commitEvery;
        this.progress = progress;
        this.merger = new RecordMerger();
    }

    public Ingester(SearchEngine engine, Optional<InputFormat> format, int threads, IngestProgress progress) {
        this(engine, format, threads, DEFAULT_COMMIT_EVERY, progress);
    }

    /** @param bibliographic a DOCDB record, merged into the indexed document rather than replacing it */
    private record Item(PatentDocument document, SourcePosition where, boolean bibliographic) {
    }

    public IngestSummary ingest(List<InputSource> sources) throws IOException {
        long start = System.nanoTime();
        long total = sources.stream().mapToLong(InputSource::size).filter(s -> s > 0).sum();
        progress.start(total);
        LongAdder storedBytes = new LongAdder();
        LongAdder decompressedBytes = new LongAdder();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        EngineView before = engine.view();
        List<BlockingQueue<Item>> queues = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
                queues.add(queue);
                Thread worker = Thread.ofPlatform().name("priorart-index-" + i).start(() -> work(queue, before, failure));
                workers.add(worker);
            }
            AtomicLong lastCommitDocs = new AtomicLong();
            long[] lastCommitTime = {System.nanoTime()};
            IngestListener listener = new IngestListener() {
                @Override
                public void document(PatentDocument document, SourcePosition where) {
                    add(new Item(document, where, false));
                }

                @Override
                public void bibliographic(PatentDocument record, SourcePosition where) {
                    add(new Item(record, where, true));
                }

                private void add(Item item) {
                    PatentDocument document = item.document();
                    read.increment();
                    if (queues.isEmpty()) {
                        write(item, before, failure, Map.of());
                    } else {
                        // by number, not key: the publications of one number (A1, B1) share a family, written in order
                        int worker = Math.floorMod(document.number().withoutKind().hashCode(), queues.size());
                        try {
                            queues.get(worker).put(item);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                    }
                    long docs = read.sum();
                    progress.update(storedBytes.sum(), docs);
                    if (docs - lastCommitDocs.get() >= commitEvery
                            || System.nanoTime() - lastCommitTime[0] >= COMMIT_EVERY_NANOS) {
                        commitQuietly(failure);
                        lastCommitDocs.set(docs);
                        lastCommitTime[0] = System.nanoTime();
                    }
                }

                @Override
                public void skipped(SourcePosition where, String reason) {
                    skipped.increment();
                    progress.skipped(where, reason);
                }

                @Override
                public void warning(SourcePosition where, String message) {
                    progress.warning(where, message);
                }
            };
            for (InputSource source : sources) {
                if (failure.get() != null) {
                    break;
                }
                readSource(source, listener, storedBytes, decompressedBytes);
            }
        } finally {
            for (BlockingQueue<Item> queue : queues) {
                putUninterruptibly(queue, END);
            }
            for (Thread worker : workers) {
                joinUninterruptibly(worker);
            }
            before.close();
        }
        if (failure.get() instanceof EngineException told) {
            throw told; // says itself what happened and what state the index is in (e.g. a full disk)
        }
        if (failure.get() != null) {
            throw new IOException("indexing failed: " + failure.get().getMessage(), failure.get());
        }
        engine.commit();
        engine.refresh();
        IngestSummary summary = new IngestSummary(read.sum(), indexed.sum(), replaced.sum(), unchanged.sum(),
                skipped.sum(), sources.size(), decompressedBytes.sum(), Duration.ofNanos(System.nanoTime() - start));
        progress.finish(summary);
        return summary;
    }

    private void readSource(InputSource source, IngestListener listener, LongAdder storedBytes, LongAdder decompressed) {
        long readBefore = read.sum();
        try (InputStream raw = source.open(storedBytes);
             InputStream in = InputSource.counting(new BufferedInputStream(raw, 1 << 16), decompressed)) {
            InputFormat f = format.isPresent() ? format.get() : detect(source.name(), in);
            DocumentReader reader = f.newReader();
            reader.read(in, source.name(), listener);
        } catch (InputFormat.UnknownFormatException e) {
            listener.skipped(new SourcePosition(source.name(), 0, 0, null), "unknown format: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            long docs = read.sum() - readBefore;
            String after = docs > 0 ? " after " + docs + " document" + (docs == 1 ? "" : "s") : "";
            listener.skipped(new SourcePosition(source.name(), 0, 0, null),
                    "read error" + after + ": " + describe(e) + " (the documents before it were kept)");
        }
    }

    private static InputFormat detect(String name, InputStream in) throws IOException, InputFormat.UnknownFormatException {
        in.mark(8192);
        byte[] head = new byte[4096];
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        return InputFormat.detect(name, head, n);
    }

    private void work(BlockingQueue<Item> queue, EngineView before, AtomicReference<Throwable> failure) {
        List<Item> batch = new ArrayList<>(QUEUE);
        while (true) {
            batch.clear();
            batch.add(takeUninterruptibly(queue));
            queue.drainTo(batch, QUEUE - 1);
            int end = batch.indexOf(END); // the last item the reader puts: nothing follows it
            if (end >= 0) {
                batch.subList(end, batch.size()).clear();
            }
            if (failure.get() == null) { // after a failure: drain, so the reader never blocks
                Map<String, String> hashes = storedHashes(batch, before, failure);
                for (Item item : batch) {
                    if (failure.get() == null) {
                        write(item, before, failure, hashes);
                    }
                }
            }
            if (end >= 0) {
                return;
            }
        }
    }

    /**
     * The stored content hashes of a batch's documents, read at once; a key without one maps to null.
     * A key asked again later (a merged record's, a family sibling's) is looked up on its own.
     */
    private Map<String, String> storedHashes(List<Item> batch, EngineView before, AtomicReference<Throwable> failure) {
        Map<String, String> out = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Item item : batch) {
            if (!seenThisRun.contains(item.document().id())) {
                keys.add(item.document().id());
            }
        }
        if (keys.isEmpty()) {
            return out;
        }
        try {
            Map<String, String> found = before.contentHashes(keys);
            for (String key : keys) {
                out.put(key, found.get(key));
            }
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
        return out;
    }

    /** Adds, replaces or leaves one document, deciding by its key and content hash ({@code hashes}: those read already). */
    private void write(Item item, EngineView before, AtomicReference<Throwable> failure, Map<String, String> hashes) {
        PatentDocument doc = item.document();
        try {
            // a US number is one document whatever its kind: no siblings, no family to spread
            boolean nonUs = !"US".equals(doc.number().country());
            if (item.bibliographic() || (nonUs && doc.familyId() == null)) {
                doc = withRecordsAndFamily(item, before);
            }
            write(doc, item.where(), before, hashes);
            if (doc.familyId() != null && nonUs) {
                EngineView view = view(doc, before);
                try {
                    for (PatentDocument sibling : merger.withFamily(doc, view)) {
                        write(sibling, item.where(), before, hashes);
                    }
                } finally {
                    release(view, before);
                }
            }
        } catch (IllegalArgumentException e) {
            // The engine refuses this one document (e.g. a term over 32 KB of garbage); it is fine.
            skipped.increment();
            progress.skipped(item.where(), "cannot be indexed: " + e.getMessage());
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }

    /** The record merged into the indexed document, or the document with the family id it or its siblings had. */
    private PatentDocument withRecordsAndFamily(Item item, EngineView before) throws IOException {
        PatentDocument doc = item.document();
        if (!item.bibliographic() && doc.familyId() != null) {
            return doc;
        }
        EngineView view = view(doc, before);
        try {
            return item.bibliographic() ? merger.mergeRecord(doc, view) : merger.keepFamily(doc, view);
        } finally {
            release(view, before);
        }
    }

    /**
     * The index as it is before this run, unless this run wrote a publication of the document's
     * number: then as it is now (a refresh, which only a full text and its record in one run need).
     */
    private EngineView view(PatentDocument doc, EngineView before) throws IOException {
        if (!numbersThisRun.contains(doc.number().withoutKind())) {
            return before;
        }
        engine.refresh();
        return engine.view();
    }

    private void release(EngineView view, EngineView before) throws IOException {
        if (view != before) {
            view.close();
        }
    }

    private void write(PatentDocument doc, SourcePosition where, EngineView before, Map<String, String> hashes)
            throws IOException {
        String key = doc.id();
        String hash = ContentHash.of(doc);
        boolean seen = !seenThisRun.add(key);
        String existing = seen ? null : hashes.containsKey(key) ? hashes.get(key) : before.contentHash(key);
        if (!seen && hash.equals(existing)) {
            unchanged.increment();
            return;
        }
        boolean replace = seen || existing != null;
        LongAdder counted = replace ? replaced : indexed;
        // a batching engine (a cluster's _bulk) may tell of a refusal later, from the thread that sends the batch
        engine.submit(doc, hash, replace, refused -> {
            counted.decrement();
            skipped.increment();
            progress.skipped(where, "cannot be indexed: " + refused.getMessage());
        });
        numbersThisRun.add(doc.number().withoutKind());
        counted.increment();
        String cut = Passages.DEFAULT.select(doc).warning(doc);
        if (cut != null) {
            progress.warning(where, cut);
        }
    }

    private void commitQuietly(AtomicReference<Throwable> failure) {
        try {
            engine.commit();
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Item takeUninterruptibly(BlockingQueue<Item> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException ignored) {
                // workers finish through END, never by interrupt
            }
        }
    }

    private static void putUninterruptibly(BlockingQueue<Item> queue, Item item) {
        while (true) {
            try {
                queue.put(item);
                return;
            } catch (InterruptedException ignored) {
                // the END marker must arrive or the worker never stops
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        while (true) {
            try {
                t.join();
                return;
            } catch (InterruptedException ignored) {
                // wait for the worker to finish its writes
            }
        }
    }
}
