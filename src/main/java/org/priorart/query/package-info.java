/**
 * The examiner query language: one syntax for the CLI, the API and the page.
 *
 * <p>Examiners write Boolean search strings such as
 * {@code (batter* OR cell) W/3 (anode NEAR/5 silicon) AND CPC=H01M4/38 AND PD<2015-01-01}.
 * {@link org.priorart.query.QueryParser} reads such a string into an
 * {@link org.priorart.query.ExaminerQuery}: its parse tree ({@link org.priorart.query.QueryNode}
 * records, printed in a canonical form) and the free text for the semantic embedder. An engine
 * compiles the tree into its own query ({@link org.priorart.engine.EngineView#compile}; the embedded
 * engine's is in {@code org.priorart.engine.lucene.query}); this package knows no engine.
 * {@link org.priorart.query.QueryExplainer} renders a parsed query for {@code --explain-query}.
 *
 * <p>What the tree means: plain words match the stemmed terms ({@link org.priorart.query.QueryWords},
 * ranked by BM25, weighted per field by {@link org.priorart.config.FieldWeights}, as plain keyword
 * search does); quoted phrases and truncation match the {@code =}-prefixed exact forms; proximity
 * operators hold within one field value (one claim, one description paragraph), with WITH and SAME
 * kept inside one sentence or paragraph by the boundary mark terms of
 * {@link org.priorart.analysis.BoundaryMarks}; classification codes, dates and names are
 * non-scoring filters. Every input either parses or fails with a
 * {@link org.priorart.query.QuerySyntaxException} that says what was expected and where; the
 * limits of {@link org.priorart.query.QueryLimits} keep any query within bounded time and memory,
 * checked by the parser and, for what grows with the index (truncation expansions, search clauses),
 * by the engine as it compiles the query.
 *
 * <p>The user documentation is {@code docs/query-syntax.md}.
 */
package org.priorart.query;
