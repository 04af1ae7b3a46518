package org.priorart.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.priorart.config.PriorArtConfig;
import org.priorart.index.PatentIndex;
import org.priorart.patent.PatentDates;
import org.priorart.search.Json;
import org.priorart.search.SearchFilters;
import org.priorart.search.SearchHit;
import org.priorart.search.SearchRequest;
import org.priorart.search.SearchResult;
import org.priorart.search.SearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code priorart search}: ranked keyword search. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index. Prints rank, publication number, title, score and the best matching passage.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query: words, or a pasted claim or abstract.")
    List<String> words;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Number of hits (default 10, at most 1000).")
    int top;

    @Option(names = "--from", defaultValue = "0", paramLabel = "N", description = "Skip the first N hits (paging).")
    int from;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--cpc", paramLabel = "PREFIX", description = "Only documents with a CPC symbol under this prefix (H01M, H01M10/05); repeatable.")
    List<String> cpc;

    @Option(names = "--before", paramLabel = "DATE", description = "Only documents published before DATE (YYYY-MM-DD).")
    String before;

    @Option(names = "--after", paramLabel = "DATE", description = "Only documents published on or after DATE (YYYY-MM-DD).")
    String after;

    @Mixin
    PriorArtCli.IndexOption index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate beforeDate = parseDate("--before", before);
        LocalDate afterDate = parseDate("--after", after);
        SearchRequest request = new SearchRequest(String.join(" ", words), top, from,
                new SearchFilters(cpc, beforeDate, afterDate));
        PriorArtConfig config = index.config();
        try (PatentIndex patents = PatentIndex.openReadOnly(config.indexDir())) {
            SearchResult result = new SearchService(patents, config.fieldWeights()).search(request);
            if (json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                print(out, result, Terminal.isAnsi());
            }
        }
        return 0;
    }

    private LocalDate parseDate(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PatentDates.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    static void print(PrintWriter out, SearchResult result, boolean ansi) {
        out.printf("%s%,d hits (%.0f ms)%n", result.totalIsExact() ? "" : "at least ", result.totalHits(), result.tookMillis());
        for (SearchHit hit : result.hits()) {
            out.printf("%3d. %-16s %s  [score %.3f]%n", hit.rank(), hit.publicationNumber(),
                    hit.title() == null ? "(no title)" : Terminal.oneLine(hit.title()), hit.score());
            if (hit.snippet() != null) {
                var snippet = hit.snippet().withText(Terminal.blankControls(hit.snippet().text()));
                String text = ansi ? snippet.marked("\033[1m", "\033[0m") : snippet.marked("**", "**");
                out.printf("     %s: %s%n", snippet.location(), Terminal.collapseSpaces(text));
            }
        }
    }
}
