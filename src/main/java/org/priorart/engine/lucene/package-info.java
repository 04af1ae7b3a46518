/**
 * The embedded engine: PriorArt's {@link org.priorart.engine.SearchEngine} on one Lucene index in the
 * index directory ({@link org.priorart.engine.lucene.LuceneEngine}), the default and the engine of a
 * single machine.
 *
 * <p>Each patent is a block whose last document is the patent itself and whose others are its
 * passages, each with its vector in an int8-quantized HNSW graph ({@link org.priorart.engine.lucene.PatentCodec});
 * {@link org.priorart.engine.lucene.DocumentMapper} maps a patent to its documents and back (the
 * fields are in {@link org.priorart.engine.lucene.IndexFields}; texts are stored once, everything else
 * in one stored record, {@link org.priorart.engine.lucene.StoredLayout}). One writer serializes the
 * writes of a key and numbers them; a {@code SearcherManager} gives each
 * {@link org.priorart.engine.lucene.LuceneView} its own searcher, bounded by the search's deadline.
 *
 * <p>A view compiles a search's text query ({@link org.priorart.engine.lucene.LuceneQuery}, with the
 * examiner query built by {@code query.ExaminerQueryCompiler} and the free text by
 * {@code query.FreeTextQueries}), ranks it by BM25 with the filters as non-scoring clauses
 * ({@link org.priorart.engine.lucene.FilterQueries}) and by nearest passages with block-join
 * diversification ({@link org.priorart.engine.lucene.NearestRanker}), reads the keys of a ranking from
 * doc values at once ({@link org.priorart.engine.lucene.DocKeys}) and remembers their doc ids, so a
 * page's summaries ({@link org.priorart.engine.lucene.StoredHits}) and snippets
 * ({@link org.priorart.engine.lucene.SnippetHighlighter}) read stored fields with no look-up by key.
 * Everything the keyword and kNN paths cost is here, to be tuned without touching the orchestration.
 */
package org.priorart.engine.lucene;
