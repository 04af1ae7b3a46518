/**
 * The seam between PriorArt and the engine that holds its patents: everything the product asks of
 * an index, in PriorArt's own terms, so that the embedded Lucene index and a search cluster are two
 * implementations of one interface and nothing above this package knows which one runs.
 *
 * <p>{@link org.priorart.engine.SearchEngine} is the engine: writes (a patent keyword-searchable at
 * once, rewritten later with its passage vectors unless it changed meanwhile), commit and refresh,
 * the record of which models made the vectors, resume state, the vector cache. Every read goes
 * through an {@link org.priorart.engine.EngineView}, a point-in-time view acquired per search:
 * look-ups, the keyword ranking of a {@link org.priorart.engine.CompiledQuery} (the parsed examiner
 * query and the free text, compiled by the view), the nearest-neighbour ranking of a
 * {@link org.priorart.engine.NearestQuery} with the {@link org.priorart.engine.SearchFilters} inside
 * the graph search, and then for a page of keys their {@link org.priorart.engine.PatentSummary}s,
 * best passages and {@link org.priorart.engine.Snippet}s (marks as character ranges, never markup).
 *
 * <p>Rankings are {@link org.priorart.engine.Ranking}s of patent keys with scores, not engine
 * document ids, so fusion and every later signal work on keys; each call is coarse enough to be one
 * round trip to a remote engine. No Lucene type crosses this package: a handle an engine hands out
 * (a compiled query, a ranking's passage handles) is opaque and valid in the view that made it.
 * The reads stop at the search's {@link org.priorart.engine.Deadline}.
 */
package org.priorart.engine;
