package org.priorart.engine;

/**
 * A search's text query compiled by one {@link EngineView}: its examiner query (Boolean, proximity,
 * truncation, codes; it decides what matches) and its free text (ranked by BM25 over all its words,
 * a document need not hold them all). What it holds is the engine's own (truncations expanded
 * against that view's terms, the engine's query objects); it is valid in the view that compiled it
 * only. The keyword ranking ranks by both parts; the nearest-neighbour ranking keeps the patents the
 * examiner part matches; snippets and document marks show what each part matched.
 */
public interface CompiledQuery {

    /**
     * False when there is nothing to search by keyword: no examiner query, and a free text without a
     * searchable word (only stop words or punctuation).
     */
    boolean searchable();
}
