package org.priorart.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorart.engine.PatentSummary;

/**
 * One hit per patent family: the best-ranked member of a family stands for it, and the numbers of
 * the other members ranked after it are listed with it. Patents without a family stand alone.
 */
final class FamilyGrouping {

    /** A ranked patent with its summary and, when families are grouped, the other members of its family. */
    record Candidate(FusionRanker.Fused fused, PatentSummary summary, List<String> familyMembers) {
    }

    private FamilyGrouping() {
    }

    /** The ranked patents as they are, each alone. */
    static List<Candidate> ungrouped(List<FusionRanker.Fused> ranked, List<PatentSummary> summaries) {
        List<Candidate> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            out.add(new Candidate(ranked.get(i), summaries.get(i), List.of()));
        }
        return out;
    }

    /** The ranked patents, one per family, in the order of each family's best member. */
    static List<Candidate> grouped(List<FusionRanker.Fused> ranked, List<PatentSummary> summaries) {
        List<Candidate> out = new ArrayList<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            PatentSummary s = summaries.get(i);
            String family = s.familyId();
            if (family != null) {
                List<String> others = members.get(family);
                if (others != null) {
                    others.add(s.publicationNumber());
                    continue;
                }
                members.put(family, new ArrayList<>());
            }
            out.add(new Candidate(ranked.get(i), s, List.of()));
        }
        List<Candidate> grouped = new ArrayList<>(out.size());
        for (Candidate c : out) {
            String family = c.summary().familyId();
            grouped.add(family == null ? c : new Candidate(c.fused(), c.summary(), members.get(family)));
        }
        return grouped;
    }
}
