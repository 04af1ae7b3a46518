package org.priorart.server.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.priorart.error.UserInputException;
import org.priorart.patent.ClassificationCode;
import org.priorart.patent.PatentDates;
import org.priorart.patent.PublicationNumber;
import org.priorart.search.Fusion;
import org.priorart.search.Paging;
import org.priorart.engine.PriorArtRule;
import org.priorart.engine.SearchFilters;
import org.priorart.search.SearchMode;
import org.priorart.search.SearchRequest;
import org.priorart.search.SimilarRequest;
import org.priorart.search.signals.Feedback;
import org.priorart.search.signals.SignalGroup;
import org.priorart.search.signals.Signals;

/**
 * The parameters of a search or a similar-documents request, checked, as the API documents them
 * (the same names in a query string and in a JSON body), and the {@link SearchRequest} they make.
 *
 * @param query         the examiner query, or null
 * @param text          the free text, or null
 * @param mode          keyword, semantic or hybrid (default hybrid, as on the command line)
 * @param size          hits per page, 1..100 ({@link #PAGING})
 * @param from          hits to skip; {@code from + size <= 1000}
 * @param cpc           CPC prefixes, any of which a hit must have
 * @param publishedBefore only hits published before this date
 * @param publishedFrom only hits published on or after this date
 * @param priorityDate  the prior-art date: only prior art against it (by {@code rule}), or null
 * @param rule          which documents are prior art against the date
 * @param groupFamilies one hit per family
 * @param explain       include each hit's explanation (ranks and scores, best passage)
 * @param fusion        hybrid fusion
 * @param signals       hybrid: the signal groups fused ({@code signals=keyword,semantic,citations}; default all)
 *                      and the examiner's feedback ({@code feedback: {positive: [...], negative: [...]}} in a
 *                      JSON body, {@code feedback_positive} / {@code feedback_negative} in either form)
 */
record SearchParams(String query, String text, SearchMode mode, int size, int from, List<String> cpc,
                    LocalDate publishedBefore, LocalDate publishedFrom, LocalDate priorityDate, PriorArtRule rule,
                    boolean groupFamilies, boolean explain, Fusion fusion, Signals signals) {

    /**
     * At most 100 hits per page (pages are for people and programs, bulk export is another tool) and
     * no deeper than the 1,000th hit (deeper pages cost more and are never read).
     */
    static final Paging PAGING = new Paging(100, 1000);
    private static final int MAX_CPC = 50;

    /** Which endpoint the parameters are for: similar takes no query or text, its date is the document's. */
    enum Kind {
        SEARCH(Set.of("query", "text", "priority_date")),
        SIMILAR(Set.of());

        private final Set<String> own;

        Kind(Set<String> own) {
            this.own = own;
        }
    }

    private static final Set<String> COMMON = Set.of("mode", "size", "from", "cpc", "published_before",
            "published_from", "prior_art_rule", "group_families", "explain", "fusion", "semantic_weight", "rrf_k", "depth", "signals", "feedback",
            "feedback_positive", "feedback_negative");

    /** Reads and checks the parameters; an unknown name is an error (a typo must not be ignored). */
    static SearchParams read(Params p, Kind kind, int maxQueryLength) {
        Set<String> allowed = new TreeSet<>(COMMON);
        allowed.addAll(kind.own);
        for (String name : p.names()) {
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter '" + ApiException.echo(name) + "'; expected one of "
                        + String.join(", ", allowed));
            }
        }
        String query = limited(p, "query", maxQueryLength);
        String text = limited(p, "text", maxQueryLength);
        int size = orDefault(p.integer("size"), 10);
        int from = orDefault(p.integer("from"), 0);
        try {
            PAGING.check(from, size, "from", "size");
        } catch (Paging.BadPageException e) {
            throw ApiException.badParameter(e.parameter(), e.getMessage());
        }
        List<String> cpc = p.strings("cpc");
        if (cpc.size() > MAX_CPC) {
            throw ApiException.badParameter("cpc", "at most " + MAX_CPC + " CPC prefixes, was " + cpc.size());
        }
        for (String prefix : cpc) {
            if (prefix.length() > 32) {
                throw ApiException.badParameter("cpc", "not a CPC symbol or prefix: '" + ApiException.echo(prefix) + "'");
            }
            try {
                ClassificationCode.queryPrefix(prefix);
            } catch (UserInputException e) {
                throw ApiException.badParameter("cpc", e.getMessage());
            }
        }
        return new SearchParams(query, text, mode(p), size, from, cpc,
                date(p, "published_before"), date(p, "published_from"), date(p, "priority_date"),
                parse(p, "prior_art_rule", PriorArtRule.EFFECTIVE, PriorArtRule::parse),
                orDefault(p.bool("group_families"), false), orDefault(p.bool("explain"), false), fusion(p), signals(p));
    }

    /** The request for the search service; its own checks (e.g. an empty query) throw 400s too. */
    SearchRequest toRequest() {
        SearchFilters filters = new SearchFilters(cpc, publishedBefore, publishedFrom);
        if (priorityDate != null) {
            filters = filters.withPriorArt(priorityDate, rule);
        }
        // Snippets always: every hit carries its best passage with the matches as ranges.
        return new SearchRequest(query, text, size, from, filters, true, mode, fusion, groupFamilies, signals);
    }

    /** The similar-documents request for a document. */
    SimilarRequest toSimilarRequest(String number) {
        return new SimilarRequest(number, size, from, new SearchFilters(cpc, publishedBefore, publishedFrom), true,
                mode, fusion, groupFamilies, rule, signals);
    }

    /** The signal groups and the feedback; a bad one is a 400 naming it. */
    /** Feedback numbers in their canonical spelling ({@code us 7,900,001 b2} is {@code US7900001B2}); 400 for one that is none. */
    private static List<String> canonical(List<String> numbers) {
        List<String> out = new java.util.ArrayList<>(numbers.size());
        for (String number : numbers) {
            PublicationNumber parsed = number.length() > PublicationNumber.MAX_LENGTH ? null : PublicationNumber.tryParse(number);
            if (parsed == null) {
                throw ApiException.badParameter("feedback", "not a publication number: '" + ApiException.echo(number) + "'");
            }
            out.add(parsed.toString());
        }
        return out;
    }

    static Signals signals(Params p) {
        String list = p.string("signals");
        Set<SignalGroup> groups;
        try {
            groups = list == null ? SignalGroup.ALL : SignalGroup.parseList(list);
        } catch (UserInputException e) {
            throw ApiException.badParameter("signals", e.getMessage());
        }
        List<String> positive = new java.util.ArrayList<>(p.strings("feedback_positive"));
        List<String> negative = new java.util.ArrayList<>(p.strings("feedback_negative"));
        Params f = p.object("feedback");
        if (f != null) {
            for (String name : f.names()) {
                if (!name.equals("positive") && !name.equals("negative")) {
                    throw ApiException.badParameter("feedback", "unknown feedback field '" + ApiException.echo(name)
                            + "'; expected positive and negative");
                }
            }
            positive.addAll(f.strings("positive"));
            negative.addAll(f.strings("negative"));
        }
        try {
            // kept as the index spells them: the history, the strategy CSV and the report show them so
            return Signals.of(groups).withFeedback(new Feedback(canonical(positive), canonical(negative)));
        } catch (UserInputException e) {
            throw ApiException.badParameter("feedback", e.getMessage());
        }
    }

    /** A string parameter of at most {@code max} characters (a 400 naming it and its length otherwise). */
    static String limited(Params p, String name, int max) {
        String v = p.string(name);
        if (v != null && v.length() > max) {
            throw new ApiException(400, "bad_request", name + " is " + v.length() + " characters long; at most " + max
                    + " are accepted", ApiException.details("parameter", name, "length", v.length(), "max_length", max), null);
        }
        return v;
    }

    /**
     * The fusion parameters ({@code fusion}, {@code semantic_weight}, {@code rrf_k}, {@code depth}),
     * defaults where absent; each value is checked on its own (by {@link Fusion}'s own checks) so
     * the error names the parameter that is wrong. Also read by the claim chart.
     */
    static Fusion fusion(Params p) {
        Fusion d = Fusion.DEFAULT;
        return new Fusion(parse(p, "fusion", d.method(), Fusion.Method::parse),
                checked("semantic_weight", () -> Fusion.checkSemanticWeight(orDefault(p.decimal("semantic_weight"), d.semanticWeight()))),
                checked("rrf_k", () -> Fusion.checkRrfK(orDefault(p.integer("rrf_k"), d.rrfK()))),
                checked("depth", () -> Fusion.checkDepth(orDefault(p.integer("depth"), d.depth()))));
    }

    /** The search mode ({@code mode}, hybrid when absent). Also read by the claim chart. */
    static SearchMode mode(Params p) {
        return parse(p, "mode", SearchMode.HYBRID, SearchMode::parse);
    }

    private static <T> T checked(String name, Supplier<T> value) {
        try {
            return value.get();
        } catch (UserInputException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
    }

    private static LocalDate date(Params p, String name) {
        String v = p.string(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return PatentDates.parse(v.strip());
        } catch (DateTimeException e) {
            throw ApiException.badParameter(name, name + ": not a date (YYYY-MM-DD): '" + ApiException.echo(v) + "'");
        }
    }

    private static <T> T parse(Params p, String name, T dflt, java.util.function.Function<String, T> parser) {
        String v = p.string(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return parser.apply(v);
        } catch (UserInputException e) {
            throw ApiException.badParameter(name, e.getMessage().replace(v, ApiException.echo(v)));
        }
    }

    private static <T> T orDefault(T value, T dflt) {
        return value == null ? dflt : value;
    }
}
