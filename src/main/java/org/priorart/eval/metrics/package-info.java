/**
 * The measures, as trec_eval computes them: a topic's ranking becomes a
 * {@link org.priorart.eval.metrics.JudgedRanking} (each document replaced by its judgment, in
 * trec_eval's order), every {@link org.priorart.eval.metrics.Measure} is computed from it by the one
 * definition in {@link org.priorart.eval.metrics.Metrics}, and the
 * {@link org.priorart.eval.metrics.Evaluator} averages them over the topics
 * {@link org.priorart.eval.metrics.EvalOptions} selects (by default exactly trec_eval's), into a
 * {@link org.priorart.eval.metrics.RunEvaluation} per run.
 */
package org.priorart.eval.metrics;
