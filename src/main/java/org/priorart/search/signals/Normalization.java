package org.priorart.search.signals;

/** How a signal's raw values are made comparable before they are weighted. */
public enum Normalization {
    /** Standardized by the list's mean and deviation; a candidate missing from the list gets its minimum. */
    ZSCORE,
    /** Scaled to 0..1 by the list's minimum and maximum; a missing candidate gets 0. */
    MINMAX,
    /** Reciprocal rank 1 / (k + rank), ranks only; a missing candidate gets 0. */
    RRF,
    /** Taken as it is: signals that are already on a 0..1 scale. */
    RAW
}
