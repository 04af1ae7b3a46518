package org.priorart.search.signals;

import java.util.Set;
import org.priorart.engine.NearestQuery;

/**
 * Which ranking signals a search uses, and what they need.
 *
 * @param groups   the switched-on groups (default: all); a group whose input is missing (no query
 *                 patent, no feedback) does not take part
 * @param patent   the query patent for a similar-documents search, or null
 * @param feedback the examiner's feedback (default none)
 * @param weights  the weights of the patent and feedback signals (default {@link FusionWeights#DEFAULT})
 * @param dense    the search's nearest-neighbour query (its model, filters and depth), or null: the
 *                 feedback's vector likeness searches again with the tagged documents' vectors
 */
public record Signals(Set<SignalGroup> groups, QueryPatent patent, Feedback feedback, FusionWeights weights,
                      NearestQuery dense) {

    public static final Signals DEFAULT = new Signals(SignalGroup.ALL, null, Feedback.NONE, null, null);

    public Signals {
        groups = groups == null ? SignalGroup.ALL : Set.copyOf(groups);
        feedback = feedback == null ? Feedback.NONE : feedback;
        weights = weights == null ? FusionWeights.DEFAULT : weights;
    }

    /** The signals of these groups, nothing else given. */
    public static Signals of(Set<SignalGroup> groups) {
        return new Signals(groups, null, Feedback.NONE, null, null);
    }

    public Signals withGroups(Set<SignalGroup> g) {
        return new Signals(g, patent, feedback, weights, dense);
    }

    public Signals withPatent(QueryPatent p) {
        return new Signals(groups, p, feedback, weights, dense);
    }

    public Signals withFeedback(Feedback f) {
        return new Signals(groups, patent, f, weights, dense);
    }

    public Signals withWeights(FusionWeights w) {
        return new Signals(groups, patent, feedback, w, dense);
    }

    public Signals withDense(NearestQuery q) {
        return new Signals(groups, patent, feedback, weights, q);
    }

    public boolean on(SignalGroup group) {
        return groups.contains(group);
    }

    /** Whether a signal group that reads the query patent takes part (then the patent weights apply). */
    public boolean patentSignals() {
        return patent != null && groups.stream().anyMatch(SignalGroup.PATENT::contains);
    }

    /** Whether the feedback signals take part. */
    public boolean feedbackSignals() {
        return on(SignalGroup.FEEDBACK) && !feedback.isEmpty();
    }
}
