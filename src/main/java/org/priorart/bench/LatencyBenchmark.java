package org.priorart.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.priorart.bench.opensearch.OpenSearchSearches;
import org.priorart.bench.opensearch.RankedKey;
import org.priorart.embed.Embedder;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchFilters;
import org.priorart.search.Fusion;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;

/**
 * Sequential search latency per query set, mode and depth, PriorArt beside an OpenSearch node on the
 * same corpus and queries, one query at a time:
 *
 * <ul>
 *   <li>a page of 10 with snippets through {@link SearchService#search} (what the API answers), and
 *       100 or 1000 ids only through {@link SearchService#ranking} (what {@code eval} ranks);</li>
 *   <li>on OpenSearch the same (see {@link OpenSearchSearches}); its query embedding is made by
 *       PriorArt's {@link Embedder} on 2 ONNX Runtime threads, timed apart and added to each of its
 *       semantic and hybrid searches. PriorArt embeds inside its searches (its query embedder);</li>
 *   <li>the query embeddings alone: PriorArt's query embedder, the 2-thread embedder, and the bare
 *       ONNX Runtime run ({@link BareOnnx}) on 1 and 2 threads with ONNX Runtime's defaults, and on 2
 *       threads whose workers do not spin (as PriorArt's); each timed right after a run of its own.</li>
 * </ul>
 *
 * PriorArt and OpenSearch alternate query by query (which goes first alternates too), so a change of
 * load on a shared machine falls on both alike and their ratio holds.
 */
public final class LatencyBenchmark {

    /** The searching thread's CPU time: what a search costs on a shared machine, where wall time is noise. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Threads of the embedder that embeds OpenSearch's queries. */
    static final int OPENSEARCH_EMBED_THREADS = 2;

    /** A page of hits: a page with snippets (through search), or ids only (through ranking). */
    public record Depth(int size, boolean snippets) {
        String label() {
            return snippets ? size + " + snippets" : size + " ids";
        }
    }

    /**
     * @param warmup queries of each set run in every mode and depth before timing (JIT, caches)
     * @param repeat times each query is timed in each mode and depth (more samples for a profiler)
     */
    public record Settings(List<SearchMode> modes, List<Depth> depths, Fusion fusion, int warmup, int repeat) {
        public boolean embeds() {
            return modes.stream().anyMatch(m -> m != SearchMode.KEYWORD);
        }
    }

    /** What one set measured in one mode at one depth; OpenSearch figures null without a node. */
    record Row(SearchMode mode, Depth depth, Latency priorArt, Latency priorArtCpu, Latency openSearch, Latency priorArtSearchOnly,
               Latency openSearchSearchOnly, double overlap, double tookMean) {
    }

    /** The query embeddings of a set, each query embedded once per embedder, timed (ms). */
    record Embeddings(double[] priorArt, double[] twoThreads, double[] bare1, double[] bare2, double[] bare2PriorArtSettings,
                      double meanTokens) {
    }

    private final PrintWriter out;
    private final SearchService service;
    private final VectorModels models;
    private final ModelManifest manifest;
    private final OpenSearchSearches openSearch;
    private final Settings settings;
    /** Embeddings made apart so far: which side of the search the next goes (see {@link Sample#priorArt}). */
    private int embeddedApart;

    /**
     * @param models     the models PriorArt searches with (null for keyword only)
     * @param openSearch the node to compare with, or null for PriorArt alone
     */
    public LatencyBenchmark(PrintWriter out, SearchService service, VectorModels models, ModelManifest manifest,
                            OpenSearchSearches openSearch, Settings settings) {
        this.out = out;
        this.service = service;
        this.models = models;
        this.manifest = manifest;
        this.openSearch = openSearch;
        this.settings = settings;
    }

    public void run(List<QuerySet> sets, String header) throws Exception {
        LatencyTable table = new LatencyTable(out, openSearch != null);
        out.println(header);
        if (!settings.embeds()) {
            for (QuerySet set : sets) {
                measureSet(set, null, table, null, null);
            }
            return;
        }
        ModelSpec model = models.defaultModel();
        try (Embedder twoThreads = Embedder.open(manifest, model, OPENSEARCH_EMBED_THREADS);
             BareOnnx bare1 = BareOnnx.open(manifest, model, 1);
             BareOnnx bare2 = BareOnnx.open(manifest, model, OPENSEARCH_EMBED_THREADS);
             BareOnnx bare2PriorArtSettings = BareOnnx.open(manifest, model, OPENSEARCH_EMBED_THREADS, true)) {
            Embedder queryEmbedder = models.queryEmbedder(model);
            for (QuerySet set : sets) {
                Embeddings embeddings = embed(set, queryEmbedder, twoThreads, new BareOnnx[] {bare1, bare2, bare2PriorArtSettings});
                measureSet(set, embeddings, table, queryEmbedder, twoThreads);
            }
        }
    }

    /** The embedders of a set's searches: PriorArt's own (for timing its part apart) and OpenSearch's. */
    private record QueryEmbedders(Embedder priorArt, Embedder openSearch) {
    }

    private void measureSet(QuerySet set, Embeddings embeddings, LatencyTable table, Embedder queryEmbedder,
                            Embedder twoThreads) throws IOException {
        QueryEmbedders embedders = new QueryEmbedders(queryEmbedder, twoThreads);
        List<String> queries = set.texts();
        for (String q : queries.subList(0, Math.min(settings.warmup(), queries.size()))) {
            for (SearchMode mode : settings.modes()) {
                for (Depth depth : settings.depths()) {
                    new Sample(mode, depth, q, embedders).priorArt(false).openSearch();
                }
            }
        }
        String loadBefore = LoadAverage.read();
        List<Row> rows = new ArrayList<>();
        for (SearchMode mode : settings.modes()) {
            for (Depth depth : settings.depths()) {
                rows.add(measure(mode, depth, queries, embedders));
            }
        }
        table.print(set, embeddings, rows, loadBefore, LoadAverage.read());
    }

    private Row measure(SearchMode mode, Depth depth, List<String> queries, QueryEmbedders embedders) throws IOException {
        int n = queries.size() * settings.repeat();
        double[] pa = new double[n];
        double[] paCpu = new double[n];
        double[] paEmbedding = new double[n];
        double[] os = new double[n];
        double[] osEmbedding = new double[n];
        long took = 0;
        double overlap = 0;
        int compared = 0;
        for (int round = 0, k = 0; round < settings.repeat(); round++) {
            for (int i = 0; i < queries.size(); i++, k++) {
                Sample s = new Sample(mode, depth, queries.get(i), embedders);
                if (k % 2 == 1) {
                    s.openSearch().priorArt(true);
                } else {
                    s.priorArt(true).openSearch();
                }
                pa[k] = s.priorArtMillis;
                paCpu[k] = s.priorArtCpuMillis;
                paEmbedding[k] = s.priorArtEmbeddingMillis;
                os[k] = s.openSearchMillis;
                osEmbedding[k] = s.openSearchEmbeddingMillis;
                if (s.openSearchHits != null) {
                    took += s.openSearchHits.tookMillis();
                    if (round == 0 && s.priorArtKeys != null) {
                        overlap += overlap(s.priorArtKeys, s.openSearchHits.ranked(), 10);
                        compared++;
                    }
                }
            }
        }
        boolean embeds = mode != SearchMode.KEYWORD;
        // A keyword ranking (ids only) runs wholly on the calling thread: its CPU time is the search's,
        // whatever the load (snippets and the semantic side use other threads too).
        Latency cpu = mode == SearchMode.KEYWORD && !depth.snippets() ? Latency.of(paCpu) : null;
        return new Row(mode, depth, Latency.of(pa), cpu, openSearch == null ? null : Latency.of(Latency.plus(os, osEmbedding)),
                embeds ? Latency.of(Latency.minus(pa, paEmbedding)) : null,
                openSearch != null && embeds ? Latency.of(os) : null,
                compared == 0 ? Double.NaN : overlap / compared, openSearch == null ? Double.NaN : (double) took / n);
    }

    /**
     * One query searched once on each side, timed.
     *
     * <p>PriorArt's search embeds the query itself; the part that is embedding is its own measure in a
     * page with snippets ({@code SearchResult.embedMillis}), and for ids only the time of the same
     * embedding made again right beside the search (the ranking reports no times): an estimate, whose
     * noise is that of two embeddings. OpenSearch's query is embedded by the 2-thread embedder right
     * before its request; both times are kept apart.
     */
    private final class Sample {
        final SearchMode mode;
        final Depth depth;
        final String text;
        final QueryEmbedders embedders;
        double priorArtMillis;
        double priorArtCpuMillis;
        double priorArtEmbeddingMillis;
        List<SearchService.RankedKey> priorArtKeys;
        double openSearchMillis;
        double openSearchEmbeddingMillis;
        OpenSearchSearches.Hits openSearchHits;

        Sample(SearchMode mode, Depth depth, String text, QueryEmbedders embedders) {
            this.mode = mode;
            this.depth = depth;
            this.text = text;
            this.embedders = embedders;
        }

        Sample priorArt(boolean timeEmbeddingApart) throws IOException {
            SearchRequest request = new SearchRequest(null, text, depth.size(), 0, SearchFilters.NONE, depth.snippets(), mode,
                    settings.fusion(), false);
            long cpu = THREADS.getCurrentThreadCpuTime();
            if (depth.snippets()) {
                long t = System.nanoTime();
                Double embedded = service.search(request).embedMillis();
                priorArtMillis = millisSince(t);
                priorArtCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                priorArtEmbeddingMillis = embedded == null ? 0 : embedded;
            } else {
                boolean apart = timeEmbeddingApart && mode != SearchMode.KEYWORD;
                // Made before the search half the time and after it the other half: whatever the order
                // does to either (caches, a thread that wakes) falls on both sides alike.
                boolean before = apart && (++embeddedApart % 2 == 0);
                if (before) {
                    priorArtEmbeddingMillis = embedApart();
                }
                cpu = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                priorArtKeys = service.ranking(request);
                priorArtMillis = millisSince(t);
                priorArtCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
                if (apart && !before) {
                    priorArtEmbeddingMillis = embedApart();
                }
            }
            return this;
        }

        private double embedApart() {
            long e = System.nanoTime();
            embedders.priorArt().embedQuery(text);
            return millisSince(e);
        }

        Sample openSearch() throws IOException {
            if (openSearch == null) {
                return this;
            }
            float[] vector = null;
            if (mode != SearchMode.KEYWORD) {
                long e = System.nanoTime();
                vector = embedders.openSearch().embedQuery(text);
                openSearchEmbeddingMillis = millisSince(e);
            }
            long t = System.nanoTime();
            openSearchHits = switch (mode) {
                case KEYWORD -> openSearch.keyword(text, depth.size(), depth.snippets());
                case SEMANTIC -> openSearch.semantic(vector, text, depth.size(),
                        Math.max(depth.size(), settings.fusion().depth()), depth.snippets());
                case HYBRID -> openSearch.hybrid(text, vector, depth.size(), settings.fusion(), depth.snippets());
            };
            openSearchMillis = millisSince(t);
            return this;
        }
    }

    /** The share of the first {@code k} of one ranking that is in the first {@code k} of the other. */
    static double overlap(List<SearchService.RankedKey> priorArt, List<RankedKey> openSearch, int k) {
        Set<String> a = new HashSet<>();
        priorArt.stream().limit(k).forEach(r -> a.add(r.key()));
        long common = openSearch.stream().limit(k).filter(r -> a.contains(r.key())).count();
        int size = Math.min(k, Math.max(priorArt.size(), openSearch.size()));
        return size == 0 ? 1 : (double) common / size;
    }

    /** Embeds every query with each embedder, alternating which goes first. */
    private Embeddings embed(QuerySet set, Embedder priorArt, Embedder twoThreads, BareOnnx[] bare) throws Exception {
        List<String> queries = set.texts();
        String prefix = priorArt.model().queryPrefix();
        for (String q : queries.subList(0, Math.min(settings.warmup(), queries.size()))) {
            priorArt.embedQuery(q);
            twoThreads.embedQuery(q);
            for (BareOnnx b : bare) {
                b.run(prefix + q);
            }
        }
        int n = queries.size();
        double[] e1 = new double[n];
        double[] e2 = new double[n];
        double[][] b = new double[bare.length][n];
        long tokens = 0;
        for (int i = 0; i < n; i++) {
            String q = queries.get(i);
            tokens += priorArt.tokenCount(prefix + q);
            int embedders = 2 + bare.length;
            for (int step = 0; step < embedders; step++) {
                int which = (i + step) % embedders;
                switch (which) {
                    case 0 -> e1[i] = timedAfterItsOwnRun(() -> priorArt.embedQuery(q));
                    case 1 -> e2[i] = timedAfterItsOwnRun(() -> twoThreads.embedQuery(q));
                    default -> b[which - 2][i] = timedAfterItsOwnRun(() -> bare[which - 2].run(prefix + q));
                }
            }
        }
        return new Embeddings(e1, e2, b[0], b[1], b[2], (double) tokens / n);
    }

    /** One embedding, the work of a {@link #timedAfterItsOwnRun} measurement. */
    private interface Embedding {
        void run() throws Exception;
    }

    /**
     * Times an embedding run right after an untimed run of the same session, as a server's next query
     * follows its last. Timed right after another session's run, a session paid for the other's
     * worker threads still spinning on the cores it needed (ONNX Runtime's default), and the order
     * of the rotation, not the embedder, decided which of them paid.
     */
    private static double timedAfterItsOwnRun(Embedding embedding) throws Exception {
        embedding.run();
        long t = System.nanoTime();
        embedding.run();
        return millisSince(t);
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
