package org.priorart.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.priorart.bench.LatencyBenchmark;
import org.priorart.bench.QuerySet;
import org.priorart.bench.QuerySets;
import org.priorart.bench.opensearch.CorpusLoader;
import org.priorart.bench.opensearch.OpenSearchClient;
import org.priorart.bench.opensearch.OpenSearchSearches;
import org.priorart.config.PriorArtConfig;
import org.priorart.embed.ModelManifest;
import org.priorart.embed.ModelSpec;
import org.priorart.embed.VectorModels;
import org.priorart.engine.SearchEngine;
import org.priorart.engine.lucene.bench.IndexExport;
import org.priorart.patent.PatentDocument;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchService;
import org.priorart.search.SimilarRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code priorart bench latency}: sequential latency per query set, mode and depth, beside an OpenSearch node. */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = {"Sequential search latency (p50, p95, mean) per query set, mode and depth, PriorArt beside an OpenSearch node.",
                "A page of 10 with snippets (the search service, as the API answers) and 100 and 1000 ids only (the ranking eval uses), "
                        + "in keyword, semantic and hybrid mode, with the query embedding timed apart, and the bare ONNX Runtime embedding "
                        + "on 1 and 2 threads. With --opensearch, the same queries on the node, one at a time beside PriorArt's, with "
                        + "the ratio PriorArt/OpenSearch; the node's index is loaded from the PriorArt index (texts and the very "
                        + "passage vectors) when absent.",
                "Query sets: short (the titles of --topics), long (--topics as eval reads them: title + abstract), claims "
                        + "(the first independent claim of each patent of --claims), and any --queries file."})
final class BenchLatencyCommand implements Callable<Integer> {

    @Mixin
    PriorArtCli.IndexOption index;

    @Option(names = "--topics", paramLabel = "FILE",
            description = "Topics (JSONL with title and abstract, TSV or TREC, as eval reads them) for the short and long sets "
                    + "(default: data/eval/paper-queries-sample.jsonl).")
    Path topics;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Patents (JSONL or USPTO XML, as index reads them) whose first independent claims are the claims set "
                    + "(default: data/corpus/pap2pat-sample.jsonl.gz).")
    Path claims;

    @Option(names = "--queries", arity = "1..*", paramLabel = "FILE",
            description = "More query sets, each a topic file read as eval reads it, named after the file. Given alone, only these are measured.")
    List<Path> queries;

    @Option(names = "--sets", split = ",", paramLabel = "SET",
            description = "Built-in sets to measure: short, long, claims (default: all three, or none when --queries is given).")
    List<String> sets;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "Queries per set, the first N (default 100).")
    int limit;

    @Option(names = "--modes", defaultValue = "keyword,semantic,hybrid", split = ",", paramLabel = "MODES",
            description = "Modes (default keyword,semantic,hybrid).")
    List<String> modes;

    @Option(names = "--page", defaultValue = "10", paramLabel = "N",
            description = "Hits of the page with snippets (default 10; 0 leaves the page out).")
    int page;

    @Option(names = "--ids", defaultValue = "100,1000", split = ",", paramLabel = "N",
            description = "Depths ranked as ids only (default 100,1000).")
    List<Integer> ids;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N",
            description = "Queries of each set run untimed first in every mode and depth (default 10).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Times each query is timed per mode and depth (default 1; more for a profiler).")
    int repeat;

    @Option(names = "--opensearch", paramLabel = "URL", description = "An OpenSearch 3.x node to compare with, e.g. http://127.0.0.1:9200 "
            + "(scripts/opensearch-node.sh start runs one).")
    String openSearchUrl;

    @Option(names = "--os-index", defaultValue = "priorart-bench", paramLabel = "NAME",
            description = "The node's index for this corpus (default priorart-bench); loaded from the PriorArt index when absent.")
    String openSearchIndex;

    @Option(names = "--os-reload", description = "Delete the node's index and load it again.")
    boolean reload;

    @Option(names = "--os-vectors", defaultValue = "float", paramLabel = "KIND",
            description = "How the node's HNSW graph holds the vectors when it loads them: float (default) or sq (7-bit scalar quantization).")
    String openSearchVectors;

    @Mixin
    FusionOptions fusion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SearchMode> measured = modes.stream().map(SearchMode::parse).toList();
        LatencyBenchmark.Settings settings = new LatencyBenchmark.Settings(measured, depths(), fusion.fusion(),
                positive(warmup, "--warmup", 0), positive(repeat, "--repeat", 1));
        CorpusLoader.Vectors vectors = vectors();
        PriorArtConfig config = index.config();
        try (SearchEngine engine = Services.openReadOnly(config);
             IndexExport patents = IndexExport.open(config.indexDir());
             VectorModels models = settings.embeds() ? Services.models(config, config.embedThreads()) : null) {
            SearchService service = Services.searchService(config, engine, models);
            if (settings.embeds() && engine.vectorIds().isEmpty()) {
                throw new IllegalArgumentException("the index at " + config.indexDir() + " has no passage vectors for semantic "
                        + "and hybrid search: run './priorart embed' first, or measure --modes keyword");
            }
            List<QuerySet> querySets = querySets(config, service);
            StringBuilder header = new StringBuilder(String.format("Sequential latency, one query at a time: PriorArt index %s "
                    + "(%,d patents, %d segments)", config.indexDir(), Services.patentCount(engine), patents.segments()));
            OpenSearchSearches openSearch = null;
            if (openSearchUrl != null) {
                OpenSearchClient client = new OpenSearchClient(openSearchUrl);
                new CorpusLoader(client, openSearchIndex, out).ensureLoaded(patents, defaultModel(config, models).name(), vectors,
                        reload);
                openSearch = new OpenSearchSearches(client, openSearchIndex, config.fieldWeights());
                header.append(String.format("; OpenSearch %s %s, index %s (%s vectors as loaded, %d segments)",
                        client.get("/").path("version").path("number").asText("?"), client.url(), openSearchIndex,
                        vectors.name().toLowerCase(Locale.ROOT), openSearchSegments(client)));
            }
            header.append(String.format("%nHybrid fusion: %s, semantic weight %.2f, depth %d (rrf k %d), on both sides. "
                            + "%d warm-up queries per set, each query timed %d time(s) per mode and depth.",
                    settings.fusion().method().name().toLowerCase(Locale.ROOT), settings.fusion().semanticWeight(),
                    settings.fusion().depth(), settings.fusion().rrfK(), settings.warmup(), settings.repeat()));
            ModelManifest manifest = settings.embeds() ? ModelManifest.load(config.modelsDir()) : null;
            new LatencyBenchmark(out, service, models, manifest, openSearch, settings).run(querySets, header.toString());
        }
        return 0;
    }

    /** The model whose passage vectors are loaded into the node: the one PriorArt's searches use. */
    private static ModelSpec defaultModel(PriorArtConfig config, VectorModels models) throws IOException {
        if (models != null) {
            return models.defaultModel();
        }
        ModelManifest manifest = ModelManifest.load(config.modelsDir());
        return config.model() == null ? manifest.defaultModel() : manifest.get(config.model());
    }

    private List<LatencyBenchmark.Depth> depths() {
        List<LatencyBenchmark.Depth> depths = new ArrayList<>();
        if (page > 0) {
            depths.add(new LatencyBenchmark.Depth(checkSize(page, "--page"), true));
        }
        for (int n : ids) {
            depths.add(new LatencyBenchmark.Depth(checkSize(n, "--ids"), false));
        }
        if (depths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to measure: --page 0 and no --ids");
        }
        return depths;
    }

    private int checkSize(int n, String option) {
        if (n < 1 || n > SearchRequest.MAX_SIZE) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be between 1 and "
                    + SearchRequest.MAX_SIZE + ", was " + n);
        }
        return n;
    }

    private int positive(int n, String option, int min) {
        if (n < min) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least " + min + ", was " + n);
        }
        return n;
    }

    private CorpusLoader.Vectors vectors() {
        return switch (openSearchVectors.strip().toLowerCase(Locale.ROOT)) {
            case "float" -> CorpusLoader.Vectors.FLOAT;
            case "sq" -> CorpusLoader.Vectors.SQ;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--os-vectors must be float or sq, was '" + openSearchVectors + "'");
        };
    }

    private List<QuerySet> querySets(PriorArtConfig config, SearchService service) throws IOException {
        positive(limit, "--limit", 1);
        List<String> builtIn = sets != null ? sets : queries != null ? List.of() : List.of("short", "long", "claims");
        Path topicFile = topics != null ? topics : config.demoDataDir().resolveSibling("eval").resolve("paper-queries-sample.jsonl");
        Path claimFile = claims != null ? claims : config.demoDataDir().resolve("pap2pat-sample.jsonl.gz");
        List<QuerySet> result = new ArrayList<>();
        for (String name : builtIn) {
            result.add(switch (name.strip()) {
                case "short" -> QuerySets.titles("short", topicFile);
                case "long" -> QuerySets.topics("long", topicFile, number -> indexedText(service, number));
                case "claims" -> QuerySets.claims("claims", claimFile);
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--sets: unknown set '" + name + "' (short, long, claims)");
            });
        }
        if (queries != null) {
            for (Path file : queries) {
                result.add(QuerySets.topics(file.getFileName().toString(), file, number -> indexedText(service, number)));
            }
        }
        return result.stream().map(s -> s.first(limit)).toList();
    }

    /** An indexed patent's query text (title, abstract, independent claims), as eval searches a patent topic. */
    private static String indexedText(SearchService service, String number) {
        try {
            PatentDocument doc = service.get(number);
            return doc == null ? null : SimilarRequest.queryText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int openSearchSegments(OpenSearchClient client) throws IOException {
        JsonNode shards = client.get("/" + openSearchIndex + "/_segments").path("indices").path(openSearchIndex).path("shards");
        int segments = 0;
        for (JsonNode copies : shards) {
            segments += copies.path(0).path("num_search_segments").asInt();
        }
        return segments;
    }
}
