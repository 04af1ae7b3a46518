/**
 * The Lucene form of PriorArt's queries. {@link org.priorart.engine.lucene.query.ExaminerQueryCompiler}
 * builds the Lucene query of a parsed examiner query: words and phrases as term and phrase queries
 * per field, weighted as free text is; truncations expanded against the index's term dictionary
 * within the limits ({@link org.priorart.engine.lucene.query.QueryTerms}); proximity as Lucene
 * {@link org.apache.lucene.queries.intervals.Intervals} within one field value
 * ({@link org.priorart.engine.lucene.query.IntervalsBuilder}), stoppable at the deadline; codes,
 * dates and names as filters. Its clauses are counted as it is built
 * ({@link org.priorart.engine.lucene.query.ClauseCount}), so an expansion past the limit is refused
 * before it is made. {@link org.priorart.engine.lucene.query.FreeTextQueries} builds the BM25 query
 * of a free text and the query that marks its words.
 */
package org.priorart.engine.lucene.query;
