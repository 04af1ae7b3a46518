/**
 * Ranking signals beyond the keyword and semantic rankings, and the fusion of any number of them:
 * classification overlap, shared applicants and inventors, the citation graph around the strongest
 * candidates, date priors and the examiner's feedback (each a {@link org.priorart.search.signals.Signal}
 * of a switchable {@link org.priorart.search.signals.SignalGroup}), normalized and combined with weights
 * ({@link org.priorart.search.signals.SignalFusion}, {@link org.priorart.search.signals.FusionWeights}),
 * and the logistic regression that fits those weights on judged topics
 * ({@link org.priorart.search.signals.LogisticFit}).
 *
 * <p>The rule of the game (issue 14): no signal reads the citations of the query patent or of its
 * family. They are the answer key of a citation-judged evaluation and unknown for a new
 * application; the citations of other documents are fair, as they are for an examiner.
 */
package org.priorart.search.signals;
