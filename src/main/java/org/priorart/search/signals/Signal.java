package org.priorart.search.signals;

import java.util.Locale;

/**
 * One named ranking signal: a value per candidate that fusion normalizes and weighs. Each belongs
 * to a {@link SignalGroup}, which switches it on or off.
 */
public enum Signal {
    /** BM25 score of the keyword ranking. */
    KEYWORD(SignalGroup.KEYWORD),
    /** Cosine similarity of the best passage to the embedded query. */
    SEMANTIC(SignalGroup.SEMANTIC),
    /** Jaccard overlap of the IPC/CPC subclasses (H01M) with the query patent's. */
    IPC_SUBCLASS(SignalGroup.CLASSIFICATION),
    /** Jaccard overlap of the main groups (H01M10). */
    IPC_GROUP(SignalGroup.CLASSIFICATION),
    /** Jaccard overlap of the full codes (H01M10/05). */
    IPC_SUBGROUP(SignalGroup.CLASSIFICATION),
    /**
     * Graded overlap: per query code, how deep its closest candidate code agrees (class H01 1/4,
     * subclass 2/4, main group 3/4, full code 1), averaged over the query's codes.
     */
    IPC_GRADED(SignalGroup.CLASSIFICATION),
    /** 1 when the candidate shares an applicant with the query patent. */
    APPLICANT(SignalGroup.NAMES),
    /** 1 when the candidate shares an inventor with the query patent. */
    INVENTOR(SignalGroup.NAMES),
    /** Cited by or citing one of the strongest candidates, weighted by its score (0..1). */
    CIT_DIRECT(SignalGroup.CITATIONS),
    /** Cited together with one of the strongest candidates by a third document (0..1). */
    CIT_COCITE(SignalGroup.CITATIONS),
    /** Shares references with the strongest candidates, rare references weighing more (0..1). */
    CIT_COUPLING(SignalGroup.CITATIONS),
    /** 1 for an E document: filed before the cutoff, published on or after it (cited less often). */
    E_DOC(SignalGroup.DATES),
    /** 1 when published less than five years before the cutoff. */
    RECENT_LT5Y(SignalGroup.DATES),
    /** Likeness to the documents the examiner tagged X or Y (classification, names, citation links). */
    FEEDBACK(SignalGroup.FEEDBACK),
    /**
     * Closeness in meaning to the documents the examiner tagged X or Y: the cosine of the candidate's
     * best passage to the mean of the tagged documents' passage vectors (a second nearest-neighbour search).
     */
    FEEDBACK_VECTOR(SignalGroup.FEEDBACK),
    /** Likeness to the documents the examiner tagged as not relevant. */
    FEEDBACK_NEGATIVE(SignalGroup.FEEDBACK);

    private final SignalGroup group;

    Signal(SignalGroup group) {
        this.group = group;
    }

    public SignalGroup group() {
        return group;
    }

    /** The name in the API, the CLI and the weights file ("ipc_group"). */
    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The signal of a name, or null. */
    public static Signal byName(String name) {
        for (Signal s : values()) {
            if (s.lowerName().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
