package org.priorart.search.signals;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.priorart.error.UserInputException;

/** The switchable groups of ranking signals ({@code --signals keyword,semantic,classification,...}). */
public enum SignalGroup {
    /** The BM25 ranking. */
    KEYWORD,
    /** The nearest-neighbour ranking of the embedded query. */
    SEMANTIC,
    /** Overlap of the candidate's IPC/CPC codes with the query patent's (needs a query patent). */
    CLASSIFICATION,
    /** A shared applicant or inventor (needs a query patent). */
    NAMES,
    /** The citation graph around the strongest candidates of a first pass (needs a query patent). */
    CITATIONS,
    /** Date priors against the query patent's cutoff (needs a query patent). */
    DATES,
    /** "More like my X/Y documents" (needs feedback). */
    FEEDBACK;

    /** Every group: the default. */
    public static final Set<SignalGroup> ALL = Set.copyOf(EnumSet.allOf(SignalGroup.class));

    /** Today's two signals. */
    public static final Set<SignalGroup> TEXT = Set.copyOf(EnumSet.of(KEYWORD, SEMANTIC));

    /** The groups that read the query patent. */
    public static final Set<SignalGroup> PATENT = Set.copyOf(EnumSet.of(CLASSIFICATION, NAMES, CITATIONS, DATES));

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignalGroup parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown signal group '" + s + "'; expected keyword, semantic, classification, "
                    + "names, citations, dates or feedback");
        }
    }

    /** A comma- (or plus-) separated list of groups; "all" is every group. */
    public static Set<SignalGroup> parseList(String list) {
        if (list == null || list.isBlank()) {
            throw new UserInputException("the signal list is empty; expected e.g. keyword,semantic,classification");
        }
        if (list.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        EnumSet<SignalGroup> out = EnumSet.noneOf(SignalGroup.class);
        for (String part : list.split("[,+]")) {
            if (part.isBlank()) {
                throw new UserInputException("the signal list '" + list + "' has an empty name");
            }
            out.add(parse(part));
        }
        return Set.copyOf(out);
    }

    /** The groups as a list name, in the enum's order ("keyword+semantic+citations"). */
    public static String name(Set<SignalGroup> groups) {
        StringBuilder s = new StringBuilder();
        for (SignalGroup g : values()) {
            if (groups.contains(g)) {
                s.append(s.isEmpty() ? "" : "+").append(g.lowerName());
            }
        }
        return s.toString();
    }
}
