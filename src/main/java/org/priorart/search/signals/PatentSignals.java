package org.priorart.search.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorart.engine.PatentSummary;

/**
 * The signals of a candidate against the query patent that need nothing but the two records:
 * classification overlap at three levels and graded, shared applicants and inventors, and the date priors.
 */
final class PatentSignals {

    /** "Recent": published less than this many years before the cutoff. */
    static final double RECENT_YEARS = 5;

    private PatentSignals() {
    }

    /** Raw values per candidate of each signal of the switched-on groups (NaN where a summary is missing). */
    static Map<Signal, double[]> compute(QueryPatent q, List<PatentSummary> candidates, Set<SignalGroup> groups) {
        int n = candidates.size();
        Map<Signal, double[]> out = new EnumMap<>(Signal.class);
        if (groups.contains(SignalGroup.CLASSIFICATION)) {
            Codes.Level[] levels = Codes.Level.values();
            Signal[] signals = {Signal.IPC_SUBCLASS, Signal.IPC_GROUP, Signal.IPC_SUBGROUP};
            for (int l = 0; l < levels.length; l++) {
                Set<String> mine = Codes.at(q.codes(), levels[l]);
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    PatentSummary s = candidates.get(i);
                    v[i] = s == null ? Double.NaN : Codes.jaccard(mine, Codes.at(codes(s), levels[l]));
                }
                out.put(signals[l], v);
            }
            double[] graded = new double[n];
            for (int i = 0; i < n; i++) {
                PatentSummary s = candidates.get(i);
                graded[i] = s == null ? Double.NaN : Codes.graded(q.codes(), codes(s));
            }
            out.put(Signal.IPC_GRADED, graded);
        }
        if (groups.contains(SignalGroup.NAMES)) {
            Set<String> applicants = Codes.names(q.applicants());
            Set<String> inventors = Codes.names(q.inventors());
            double[] a = new double[n];
            double[] inv = new double[n];
            for (int i = 0; i < n; i++) {
                PatentSummary s = candidates.get(i);
                a[i] = s == null ? Double.NaN : Codes.shares(applicants, Codes.names(s.applicants())) ? 1 : 0;
                inv[i] = s == null ? Double.NaN : Codes.shares(inventors, Codes.names(s.inventors())) ? 1 : 0;
            }
            out.put(Signal.APPLICANT, a);
            out.put(Signal.INVENTOR, inv);
        }
        if (groups.contains(SignalGroup.DATES) && q.cutoff() != null) {
            double[] e = new double[n];
            double[] recent = new double[n];
            Arrays.fill(e, Double.NaN);
            Arrays.fill(recent, Double.NaN);
            for (int i = 0; i < n; i++) {
                PatentSummary s = candidates.get(i);
                LocalDate published = s == null ? null : s.publicationDate();
                if (published != null) {
                    double years = ChronoUnit.DAYS.between(published, q.cutoff()) / 365.25;
                    e[i] = years < 0 ? 1 : 0;
                    recent[i] = years < RECENT_YEARS ? 1 : 0;
                }
            }
            out.put(Signal.E_DOC, e);
            out.put(Signal.RECENT_LT5Y, recent);
        }
        return out;
    }

    static List<String> codes(PatentSummary s) {
        if (s.cpc().isEmpty()) {
            return s.ipc();
        }
        if (s.ipc().isEmpty()) {
            return s.cpc();
        }
        List<String> all = new java.util.ArrayList<>(s.ipc());
        all.addAll(s.cpc());
        return all;
    }
}
