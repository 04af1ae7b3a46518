package org.priorart.search.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.error.UserInputException;
import org.priorart.patent.PatentDocument;
import org.priorart.patent.PublicationNumber;

/**
 * "More like my X/Y documents": a candidate's likeness to the tagged documents, the mean over them of
 * its main-group classification overlap, a shared applicant or inventor (1/0), and a citation link
 * (1/0: it cites or is cited by the tagged document, or a third document cites both). Equal parts:
 * issue 14's research found the equal weighting as good as a tuned one on the residual measure
 * (exp14 RESULTS.md section 7). The likeness in meaning is its own signal ({@link FeedbackVectors}).
 */
final class FeedbackSignals {

    private FeedbackSignals() {
    }

    static Map<Signal, double[]> compute(EngineView view, Feedback feedback, QueryPatent query, List<String> keys,
                                         List<PatentSummary> summaries) throws IOException {
        Set<String> excluded = new HashSet<>();
        if (query != null) {
            excluded.addAll(view.familyKeys(query.familyId(), 10_000));
            excluded.add(query.key());
        }
        Map<String, List<Integer>> byNumber = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
            PatentSummary s = summaries.get(i);
            String nk = CitationGraph.withoutKind(s == null ? keys.get(i) : s.publicationNumber());
            if (nk != null) {
                byNumber.computeIfAbsent(nk, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Signal, double[]> out = new EnumMap<>(Signal.class);
        if (!feedback.positive().isEmpty()) {
            out.put(Signal.FEEDBACK, likeness(view, feedback.positive(), excluded, keys, summaries, byNumber, index));
        }
        if (!feedback.negative().isEmpty()) {
            out.put(Signal.FEEDBACK_NEGATIVE, likeness(view, feedback.negative(), excluded, keys, summaries, byNumber, index));
        }
        return out;
    }

    private static double[] likeness(EngineView view, List<String> tagged, Set<String> excluded, List<String> keys,
                                     List<PatentSummary> summaries, Map<String, List<Integer>> byNumber,
                                     Map<String, Integer> index) throws IOException {
        int n = keys.size();
        double[] v = new double[n];
        List<PatentDocument> docs = resolve(view, tagged);
        for (PatentDocument t : docs) {
            Set<String> groups = Codes.at(allCodes(t), Codes.Level.GROUP);
            Set<String> applicants = Codes.names(t.applicants());
            Set<String> inventors = Codes.names(t.inventors());
            boolean[] linked = links(view, t, excluded, byNumber, index, n);
            for (int i = 0; i < n; i++) {
                PatentSummary s = summaries.get(i);
                if (s == null || s.key().equals(t.id())) {
                    continue;
                }
                double like = Codes.jaccard(groups, Codes.at(PatentSignals.codes(s), Codes.Level.GROUP));
                if (Codes.shares(applicants, Codes.names(s.applicants())) || Codes.shares(inventors, Codes.names(s.inventors()))) {
                    like += 1;
                }
                if (linked[i]) {
                    like += 1;
                }
                v[i] += like / docs.size();
            }
        }
        return v;
    }

    /** The tagged documents by publication number; an unknown one is the examiner's error, named. */
    static List<PatentDocument> resolve(EngineView view, List<String> numbers) throws IOException {
        List<PatentDocument> docs = new ArrayList<>();
        for (String number : numbers) {
            PublicationNumber p = PublicationNumber.tryParse(number);
            PatentDocument d = p == null ? null : view.get(p);
            if (d == null) {
                throw new UserInputException("feedback", "feedback: no document " + number + " in the index");
            }
            docs.add(d);
        }
        return docs;
    }

    /** Candidates the tagged document cites, that cite it, or that are cited together with it. */
    private static boolean[] links(EngineView view, PatentDocument t, Set<String> excluded,
                                   Map<String, List<Integer>> byNumber, Map<String, Integer> index, int n)
            throws IOException {
        boolean[] linked = new boolean[n];
        Set<String> refs = new LinkedHashSet<>();
        t.citations().forEach(c -> {
            if (c.isPatent()) {
                refs.add(c.number().withoutKind());
            }
        });
        refs.forEach(r -> byNumber.getOrDefault(r, List.of()).forEach(d -> linked[d] = true));
        String own = t.number().withoutKind();
        List<String> citers = view.citingKeys(List.of(own), CitationGraph.MAX_COCITERS).getOrDefault(own, List.of())
                .stream().filter(k -> !excluded.contains(k)).toList();
        List<PatentSummary> citerSummaries = view.summaries(citers);
        for (int i = 0; i < citers.size(); i++) {
            Integer d = index.get(citers.get(i));
            if (d != null) {
                linked[d] = true;
            }
            if (citerSummaries.get(i) != null) {
                for (String r : CitationGraph.references(citerSummaries.get(i))) {
                    byNumber.getOrDefault(r, List.of()).forEach(x -> linked[x] = true);
                }
            }
        }
        return linked;
    }

    private static List<String> allCodes(PatentDocument d) {
        List<String> all = new ArrayList<>(d.ipc());
        all.addAll(d.cpc());
        return all;
    }
}
