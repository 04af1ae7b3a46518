package org.priorart.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.priorart.patent.PatentDates;
import org.priorart.search.Fusion;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchMode;
import org.priorart.search.signals.Feedback;
import org.priorart.search.signals.Signals;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ranking and filter options shared by search and similar. */
final class SearchOptions {

    @Option(names = "--mode", defaultValue = "hybrid", paramLabel = "MODE",
            description = "keyword, semantic or hybrid (default; keyword only until passages are embedded).")
    String mode;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Number of hits (default 10, at most 1000).")
    int top;

    @Option(names = "--from", defaultValue = "0", paramLabel = "N", description = "Skip the first N hits (paging).")
    int from;

    @Option(names = "--cpc", paramLabel = "PREFIX", description = "Only documents with a CPC symbol under this prefix (H01M, H01M10/05); repeatable.")
    List<String> cpc;

    @Option(names = "--before", paramLabel = "DATE", description = "Only documents published before DATE (YYYY-MM-DD).")
    String before;

    @Option(names = "--after", paramLabel = "DATE", description = "Only documents published on or after DATE (YYYY-MM-DD).")
    String after;

    @Mixin
    FusionOptions fusion;

    @Option(names = "--group-family", description = "One hit per patent family; the other members are listed with it.")
    boolean groupFamily;

    @Option(names = "--json", description = "Print the result as JSON (the API's answer shape).")
    boolean json;

    @Option(names = "--explain", description = "Show keyword and semantic ranks and scores, each fused signal (raw, normalized, weight, contribution), and the best passage, per hit.")
    boolean explain;

    @Option(names = "--more-like", paramLabel = "PUBNUMBER",
            description = "Hybrid: examiner feedback, a document tagged X or Y: rank documents like it higher; repeatable.")
    List<String> moreLike;

    @Option(names = "--less-like", paramLabel = "PUBNUMBER",
            description = "Hybrid: examiner feedback, a document tagged not relevant; repeatable.")
    List<String> lessLike;

    /** The signals, with the feedback given. */
    Signals signals() {
        return fusion.signals().withFeedback(new Feedback(moreLike, lessLike));
    }

    SearchMode mode() {
        return SearchMode.parse(mode);
    }

    Fusion fusion() {
        return fusion.fusion();
    }

    SearchFilters filters() {
        return new SearchFilters(cpc, date("--before", before), date("--after", after));
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PatentDates.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
