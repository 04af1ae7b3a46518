package org.priorart.search;

import java.util.Locale;
import org.priorart.error.UserInputException;

/**
 * How the keyword and the semantic ranking are fused in hybrid mode.
 *
 * @param method         reciprocal rank fusion or a normalized weighted sum
 * @param semanticWeight the weight of the semantic side, 0..1 (the keyword side gets 1 - weight)
 * @param rrfK           the k of reciprocal rank fusion: 1 / (k + rank)
 * @param depth          how many hits of each side take part
 */
public record Fusion(Method method, double semanticWeight, int rrfK, int depth) {

    /** The fusion methods. */
    public enum Method {
        /** Reciprocal rank fusion (Cormack et al. 2009): ranks only, robust to score scales. */
        RRF,
        /** Scores scaled to 0..1 by each list's minimum and maximum, then weighted. */
        MINMAX,
        /** Scores standardized by each list's mean and deviation, then weighted. */
        ZSCORE;

        public static Method parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown fusion '" + s + "'; expected rrf, minmax or zscore");
            }
        }
    }

    /** Chosen on the dev sets (README, "Hybrid ranking"). */
    public static final Fusion DEFAULT = new Fusion(Method.ZSCORE, 0.5, 60, 100);

    public Fusion {
        checkSemanticWeight(semanticWeight);
        checkRrfK(rrfK);
        checkDepth(depth);
    }

    /** The semantic weight if it is one (0..1); callers that read each value on its own name the bad one. */
    public static double checkSemanticWeight(double semanticWeight) {
        if (!(semanticWeight >= 0 && semanticWeight <= 1)) {
            throw new UserInputException("semantic weight must be between 0 and 1, was " + semanticWeight);
        }
        return semanticWeight;
    }

    /** The k of reciprocal rank fusion if it is one (at least 1). */
    public static int checkRrfK(int rrfK) {
        if (rrfK < 1) {
            throw new UserInputException("rrf k must be at least 1, was " + rrfK);
        }
        return rrfK;
    }

    /** The fusion depth if it is one (1..1000). */
    public static int checkDepth(int depth) {
        if (depth < 1 || depth > 1000) {
            throw new UserInputException("fusion depth must be between 1 and 1000, was " + depth);
        }
        return depth;
    }
}
