package org.priorart.server.session;

import java.time.LocalDate;
import java.util.List;
import org.priorart.search.signals.Feedback;

/**
 * A search as it was run: the parameters of {@code /api/v1/search} that make up a search strategy
 * (paging and explanation left out), so it can be read in a report and run again. A "find similar"
 * search names its document in {@code similar} (its query is that document's text, and its
 * prior-art date the document's own) instead of a query or text. A search restricted to a
 * document's citations ("search among these") says so in {@code among}. A search ranked toward the
 * examiner's X/Y documents ("more like my X/Y") keeps them in {@code feedback}, so that running it again
 * ranks it the same way; null when it had none. A hybrid search that fused other signal groups than
 * the default (all) names them in {@code signals}, as the API takes them ({@code "keyword,semantic"});
 * null for the default. Its fusion's k of reciprocal rank fusion and its depth (the hits of each side
 * that take part) are kept in {@code rrfK} and {@code depth} when not the default, null when they
 * were (and in every session written before they were kept): they rank it too.
 */
public record RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                             List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                             LocalDate priorityDate, String priorArtRule, Boolean groupFamilies, String similar,
                             String among, Feedback feedback, String signals, Integer rrfK, Integer depth) {

    public RecordedSearch {
        cpc = cpc == null ? List.of() : List.copyOf(cpc);
        // no feedback is no field in the JSON (and the same search as one recorded before feedback existed)
        feedback = feedback == null || feedback.isEmpty() ? null : feedback;
        // likewise the default signals: a session written before they were recorded reads the same
        signals = signals == null || signals.isBlank() ? null : signals;
    }

    /** A search with or without a restriction to citations, without feedback, with the default signals. */
    public RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                          List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                          LocalDate priorityDate, String priorArtRule, Boolean groupFamilies, String similar,
                          String among) {
        this(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore, priorityDate, priorArtRule,
                groupFamilies, similar, among, null, null, null, null);
    }

    /** A search of the query and text (not a "find similar"). */
    public RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                          List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                          LocalDate priorityDate, String priorArtRule, Boolean groupFamilies) {
        this(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore, priorityDate, priorArtRule,
                groupFamilies, null);
    }

    /** A search without a restriction to citations. */
    public RecordedSearch(String query, String text, String mode, Double semanticWeight, String fusion,
                          List<String> cpc, LocalDate publishedFrom, LocalDate publishedBefore,
                          LocalDate priorityDate, String priorArtRule, Boolean groupFamilies, String similar) {
        this(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore, priorityDate, priorArtRule,
                groupFamilies, similar, null);
    }

    /** This search restricted to the documents of a citation set (its words). */
    public RecordedSearch among(String words) {
        return new RecordedSearch(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore,
                priorityDate, priorArtRule, groupFamilies, similar, words, feedback, signals, rrfK, depth);
    }

    /** This search ranked toward the examiner's feedback (hybrid only: the other modes do not use it). */
    public RecordedSearch withFeedback(Feedback given) {
        return new RecordedSearch(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore,
                priorityDate, priorArtRule, groupFamilies, similar, among, given, signals, rrfK, depth);
    }

    /** This search fusing these signal groups ({@code "keyword,semantic"}; null: the default, all). */
    public RecordedSearch withSignals(String groups) {
        return new RecordedSearch(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore,
                priorityDate, priorArtRule, groupFamilies, similar, among, feedback, groups, rrfK, depth);
    }

    /**
     * This search fused with this k of reciprocal rank fusion and this depth (each null: the default;
     * hybrid only, as the other modes do not fuse).
     */
    public RecordedSearch withRrfKAndDepth(Integer k, Integer hitsOfEachSide) {
        return new RecordedSearch(query, text, mode, semanticWeight, fusion, cpc, publishedFrom, publishedBefore,
                priorityDate, priorArtRule, groupFamilies, similar, among, feedback, signals, k, hitsOfEachSide);
    }

    /**
     * This search as a saved query keeps it: its query self-contained (set references expanded, so it
     * runs the same in any later state of the case) and without a prior-art date, since a search in
     * a case takes the case's cutoff of the day it runs (the application may be amended, its
     * priority claim with it). Everything that ranks and filters it stays as it was.
     */
    public RecordedSearch toSave(String selfContainedQuery) {
        return new RecordedSearch(selfContainedQuery, text, mode, semanticWeight, fusion, cpc, publishedFrom,
                publishedBefore, null, null, groupFamilies, similar, among, feedback, signals, rrfK, depth);
    }
}
