/**
 * Batch relevance evaluation: runs a set of topics through PriorArt (or reads other systems' runs),
 * scores the rankings against relevance judgments with trec_eval's measures and conventions,
 * compares runs with paired significance tests, writes an offline HTML report, and checks the
 * numbers against regression expectations.
 *
 * <p>Inputs: {@link org.priorart.eval.TopicReader} (JSONL, TSV, TREC topic files),
 * {@link org.priorart.eval.QrelsReader} and {@link org.priorart.eval.RunReader} (TREC formats, with
 * file and line in every error). Document ids are compared after
 * {@link org.priorart.eval.DocIds#normalize}, so publication numbers agree whatever their spelling.
 *
 * <p>Searching: a {@link org.priorart.eval.TopicSearcher} turns a topic into a ranking for a mode;
 * {@link org.priorart.eval.ServiceTopicSearcher} does it with the
 * {@link org.priorart.search.SearchService}, {@link org.priorart.eval.BatchSearch} runs all topics in
 * parallel and times them.
 *
 * <p>Scoring: {@code metrics} (definitions in {@link org.priorart.eval.metrics.Metrics}, one per
 * trec_eval source file, plus PRES), {@code compare} (randomization and t-tests), {@code report}
 * (report.html, metrics.json, per-topic.csv) and {@code gate} (expected metrics with tolerances).
 * {@link org.priorart.eval.Evaluation} ties them together for the {@code eval} command.
 */
package org.priorart.eval;
