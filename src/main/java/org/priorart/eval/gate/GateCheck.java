package org.priorart.eval.gate;

import java.util.List;

/**
 * The result of checking one {@link Bound}.
 *
 * @param bound      the bound
 * @param value      the measured mean; NaN when the run was not evaluated
 * @param violations what is wrong, empty when the check passed
 */
public record GateCheck(Bound bound, double value, List<String> violations) {

    public boolean passed() {
        return violations.isEmpty();
    }
}
