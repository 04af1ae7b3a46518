package org.priorart.search.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.EngineView;
import org.priorart.engine.PatentSummary;
import org.priorart.patent.PublicationNumber;

/**
 * The citation-graph signals around the strongest candidates of a first pass, from the collection's
 * own backward citations: a candidate cited by or citing one of the top {@link #TOP} (direct), cited
 * together with one by a third document (co-citation), or sharing references with one (bibliographic
 * coupling, a reference weighing ln(N / its citers), references with more than {@link #MAX_CITERS}
 * citers skipped as common knowledge). Each link adds the top candidate's first-pass score, min-max
 * scaled within the top; each signal is then min-max scaled over the candidates.
 *
 * <p>The query patent and its family are never citers, and their references are never read (the
 * rule of the game, see the package doc). Only candidates of the fusion are scored: the graph
 * re-ranks, it does not retrieve. Issue 14's research (exp14, RESULTS.md section 6) chose the top 20
 * and the limit of 50.
 */
final class CitationGraph {

    static final int TOP = 20;
    static final int MAX_CITERS = 50;
    /** A top candidate's citers read for co-citation at most (a hugely cited document is rare here). */
    static final int MAX_COCITERS = 1000;

    private CitationGraph() {
    }

    static Map<Signal, double[]> compute(EngineView view, QueryPatent q, List<String> keys, List<PatentSummary> summaries,
                                         double[] firstPass) throws IOException {
        int n = keys.size();
        Set<String> excluded = new HashSet<>(view.familyKeys(q.familyId(), 10_000));
        excluded.add(q.key());
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String nk = withoutKind(summaries.get(i) == null ? keys.get(i) : summaries.get(i).publicationNumber());
            if (nk != null) {
                byNumber.computeIfAbsent(nk, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(keys.get(i), i);
        }
        List<Integer> top = top(summaries, firstPass);
        double[] direct = new double[n];
        double[] cocite = new double[n];
        double[] coupling = new double[n];
        Map<Signal, double[]> out = new EnumMap<>(Signal.class);
        out.put(Signal.CIT_DIRECT, direct);
        out.put(Signal.CIT_COCITE, cocite);
        out.put(Signal.CIT_COUPLING, coupling);
        if (top.isEmpty()) {
            return out;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int c : top) {
            lo = Math.min(lo, firstPass[c]);
            hi = Math.max(hi, firstPass[c]);
        }
        Set<String> ownNumbers = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        for (int c : top) {
            String nk = withoutKind(summaries.get(c).publicationNumber());
            if (nk != null) {
                ownNumbers.add(nk);
            }
            references.addAll(references(summaries.get(c)));
        }
        Map<String, List<String>> citers = view.citingKeys(ownNumbers, MAX_COCITERS);
        Map<String, List<String>> holders = view.citingKeys(references, MAX_CITERS + excluded.size() + 1);
        Set<String> allCiters = new LinkedHashSet<>();
        citers.values().forEach(allCiters::addAll);
        allCiters.removeAll(excluded);
        List<String> citerKeys = new ArrayList<>(allCiters);
        Map<String, Set<String>> citerReferences = new HashMap<>();
        List<PatentSummary> citerSummaries = view.summaries(citerKeys);
        for (int i = 0; i < citerKeys.size(); i++) {
            citerReferences.put(citerKeys.get(i), citerSummaries.get(i) == null ? Set.of() : references(citerSummaries.get(i)));
        }
        int collection = Math.max(1, view.patentCount());
        for (int c : top) {
            double w = hi > lo ? (firstPass[c] - lo) / (hi - lo) : 1;
            PatentSummary s = summaries.get(c);
            String nk = withoutKind(s.publicationNumber());
            Set<String> refs = references(s);
            List<String> citedBy = nk == null ? List.of() : citers.getOrDefault(nk, List.of()).stream()
                    .filter(k -> !excluded.contains(k) && !k.equals(keys.get(c))).toList();
            Set<Integer> linked = new HashSet<>();
            for (String r : refs) {
                for (int d : byNumber.getOrDefault(r, List.of())) {
                    if (d != c) {
                        linked.add(d);
                    }
                }
            }
            for (String k : citedBy) {
                Integer d = index.get(k);
                if (d != null) {
                    linked.add(d);
                }
            }
            linked.forEach(d -> direct[d] += w);
            for (String citer : citedBy) {
                for (String r : citerReferences.getOrDefault(citer, Set.of())) {
                    for (int d : byNumber.getOrDefault(r, List.of())) {
                        if (d != c) {
                            cocite[d] += w;
                        }
                    }
                }
            }
            for (String r : refs) {
                List<String> h = holders.getOrDefault(r, List.of()).stream().filter(k -> !excluded.contains(k)).toList();
                if (h.isEmpty() || h.size() > MAX_CITERS) {
                    continue;
                }
                double idf = Math.log((double) collection / h.size());
                for (String k : h) {
                    Integer d = index.get(k);
                    if (d != null && d != c) {
                        coupling[d] += w * idf;
                    }
                }
            }
        }
        out.values().forEach(CitationGraph::minMax);
        return out;
    }

    /** The top candidates by the first pass (those with a summary), best first, ties in candidate order. */
    private static List<Integer> top(List<PatentSummary> summaries, double[] firstPass) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < firstPass.length; i++) {
            if (summaries.get(i) != null && !Double.isNaN(firstPass[i])) {
                all.add(i);
            }
        }
        all.sort(Comparator.comparingDouble((Integer i) -> -firstPass[i]));
        return all.subList(0, Math.min(TOP, all.size()));
    }

    /** The numbers (without kind) of the patent documents a candidate cites. */
    static Set<String> references(PatentSummary s) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : s.cites()) {
            String nk = withoutKind(c);
            if (nk != null) {
                out.add(nk);
            }
        }
        return out;
    }

    static String withoutKind(String number) {
        PublicationNumber p = number == null ? null : PublicationNumber.tryParse(number);
        return p == null ? null : p.withoutKind();
    }

    private static void minMax(double[] v) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = hi > lo ? (v[i] - lo) / (hi - lo) : 0;
        }
    }
}
