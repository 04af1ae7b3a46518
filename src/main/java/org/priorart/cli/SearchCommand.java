package org.priorart.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.engine.Deadline;
import org.priorart.engine.EngineView;
import org.priorart.engine.SearchEngine;
import org.priorart.search.Explanation;
import org.priorart.search.signals.SignalPart;
import org.priorart.search.InvalidQueryException;
import org.priorart.search.SearchHit;
import org.priorart.search.Paging;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import org.priorart.server.api.ApiJson;
import org.priorart.server.api.SearchResponse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code priorart search}: keyword, semantic or hybrid search. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index with an examiner query, a pasted text, or both.",
                "The examiner query: Boolean, proximity, truncation, field codes (see docs/query-syntax.md); "
                        + "the free text (--text): a pasted claim or abstract. Prints rank, publication number, title, score and the best matching passage."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY",
            description = "Examiner query, e.g. '(batter* OR cell) W/3 anode AND CPC=H01M AND PD<2015-01-01'. Without "
                    + "operators, quotes, truncation or field codes it is a description: semantic and hybrid mode rank it "
                    + "as free text; keyword mode ANDs its words.")
    List<String> words;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "Free text: ranks by all its words (a document need not hold them all) and is embedded.")
    String text;

    @Option(names = "--text-file", paramLabel = "FILE", description = "Free text read from a file (a claim, an abstract, a paper).")
    java.nio.file.Path textFile;

    @Option(names = "--explain-query", description = "Print how the examiner query was parsed (and its truncation expansions), then search.")
    boolean explainQuery;

    @Mixin
    SearchOptions options;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String freeText = text;
        if (textFile != null) {
            freeText = (freeText == null ? "" : freeText + "\n") + java.nio.file.Files.readString(textFile);
        }
        String query = words == null || words.isEmpty() ? null : String.join(" ", words);
        SearchRequest request = request(spec, options, query, freeText);
        PriorArtConfig config = index.config();
        try (SearchEngine engine = Services.openReadOnly(config)) {
            SearchService service = Services.searchService(config, engine, request.mode());
            if (explainQuery && request.queryIsFreeText()) {
                spec.commandLine().getOut().println("The query has no operators, quotes, truncation or field codes: in "
                        + request.mode().lowerName() + " mode it is read as free text, not parsed.");
            } else if (explainQuery && query != null) {
                explain(engine, config, query);
            }
            print(spec.commandLine().getOut(), service.search(request), options);
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println("error: " + e.render());
            return 2;
        }
        return 0;
    }

    private void explain(SearchEngine engine, PriorArtConfig config, String query) throws Exception {
        try (EngineView view = engine.view(config.fieldWeights(), Deadline.NONE)) {
            spec.commandLine().getOut().println(view.explain(SearchService.parse(query)));
        }
    }

    /** The request the options describe; bad option values are usage errors (exit 2). */
    static SearchRequest request(CommandLine.Model.CommandSpec spec, SearchOptions options, String query, String text) {
        try {
            Paging.SERVICE.check(options.from, options.top, "--from", "--top");
            return new SearchRequest(query, text, options.top, options.from, options.filters(), true, options.mode(),
                    options.fusion(), options.groupFamily, options.signals());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static void print(PrintWriter out, SearchResult result, SearchOptions options) throws Exception {
        boolean explain = options.explain;
        if (options.json) {
            // The API's answer shape (snake_case, total with its relation): one shape for scripts.
            out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    SearchResponse.of(result, options.from, options.top, explain)));
            return;
        }
        boolean ansi = Terminal.isAnsi();
        out.printf("%s%,d hits (%s, %.0f ms%s)%n", result.totalIsExact() ? "" : "at least ", result.totalHits(), result.mode(),
                result.tookMillis(), result.embedMillis() == null ? "" : String.format(", of which embedding %.0f ms", result.embedMillis()));
        for (String note : result.notes()) {
            out.println("note: " + note);
        }
        for (SearchHit hit : result.hits()) {
            out.printf("%3d. %-16s %s  [score %.4f]%s%n", hit.rank(), hit.publicationNumber(),
                    hit.title() == null ? "(no title)" : Terminal.oneLine(hit.title()), hit.score(),
                    hit.priorArtFlag() == null ? "" : "  (" + hit.priorArtFlag() + ": filed before, published after the priority date)");
            if (!hit.familyMembers().isEmpty()) {
                out.println("     family: " + String.join(", ", hit.familyMembers()));
            }
            if (hit.snippet() != null) {
                var snippet = hit.snippet().withText(Terminal.blankControls(hit.snippet().text()));
                String text = ansi ? snippet.marked("\033[1m", "\033[0m") : snippet.marked("**", "**");
                out.printf("     %s: %s%n", snippet.location(), Terminal.collapseSpaces(text));
            }
            Explanation e = hit.explanation();
            if (explain && e != null) {
                out.printf("     why: keyword %s, semantic %s, fused %.4f (%s)%n",
                        e.keywordRank() == null ? "-" : String.format("#%d (BM25 %.2f)", e.keywordRank(), e.keywordScore()),
                        e.semanticRank() == null ? "-" : String.format("#%d (cosine %.3f)", e.semanticRank(), e.semanticScore()),
                        e.fusedScore(), e.fusion());
                for (SignalPart p : e.signals()) {
                    out.printf(java.util.Locale.ROOT, "       %-17s raw %-10s normalized %8.4f x weight %7.3f = %+8.4f%n", p.name(),
                            p.raw() == null ? "-" : String.format(java.util.Locale.ROOT, "%.4f", p.raw()), p.normalized(),
                            p.weight(), p.contribution());
                }
            }
            if (e != null && e.passage() != null && (explain || hit.snippet() == null)) {
                out.printf("     best passage, %s: %s%n", e.passage().location(), shorten(Terminal.oneLine(e.passage().text()), 300));
            }
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
