/**
 * Regression gates: the metrics runs must reach, read from an expectations file
 * ({@link org.priorart.eval.gate.Expectations}) as one {@link org.priorart.eval.gate.Bound} per run
 * and measure, each checked against the evaluation into a {@link org.priorart.eval.gate.GateCheck};
 * a failed check makes {@code eval --check} exit 3.
 */
package org.priorart.eval.gate;
